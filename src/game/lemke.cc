#include "game/lemke.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace umbrella::game {
namespace {

// Entries at or below this size are treated as zero when choosing pivots: the tableau holds
// payoffs scaled to order one and realization-plan coefficients of +-1.
constexpr double kPivotTolerance = 1e-11;
constexpr double kTieTolerance = 1e-11;

// Rows hold B^{-1} [matrix | I | rhs] for the current basis B: the identity block becomes the
// basis inverse, which the lexicographic ratio test compares.
class Tableau {
 public:
  explicit Tableau(const LemkeProblem& problem)
      : rows_(problem.rows),
        variables_(problem.variables),
        width_(problem.variables + problem.rows + 1),
        cells_(static_cast<std::size_t>(rows_) * width_, 0.0),
        basis_(rows_, -1) {
    for (int r = 0; r < rows_; ++r) {
      for (int v = 0; v < variables_; ++v) at(r, v) = problem.matrix[r * variables_ + v];
      at(r, variables_ + r) = 1.0;
      at(r, rhs_column()) = problem.rhs[r];
    }
  }

  int basic(int row) const { return basis_[row]; }
  double value(int row) const { return at(row, rhs_column()); }
  double coefficient(int row, int variable) const { return at(row, variable); }

  // Gauss-Jordan elimination onto the given columns, choosing for each the free row with the
  // largest entry (partial pivoting), which succeeds for any nonsingular set of columns.
  void install_basis(const std::vector<int>& variables) {
    for (const int variable : variables) {
      int best = -1;
      for (int r = 0; r < rows_; ++r) {
        if (basis_[r] != -1) continue;
        if (best == -1 || std::abs(at(r, variable)) > std::abs(at(best, variable))) best = r;
      }
      if (best == -1 || std::abs(at(best, variable)) <= kPivotTolerance) {
        throw std::runtime_error("Lemke's algorithm: the starting basis is singular");
      }
      pivot(best, variable);
    }
  }

  void pivot(int row, int entering) {
    double* pivot_row = &cells_[static_cast<std::size_t>(row) * width_];
    const double scale = 1.0 / pivot_row[entering];
    for (int c = 0; c < width_; ++c) pivot_row[c] *= scale;
    pivot_row[entering] = 1.0;
    for (int other = 0; other < rows_; ++other) {
      if (other == row) continue;
      double* target = &cells_[static_cast<std::size_t>(other) * width_];
      const double factor = target[entering];
      if (factor == 0.0) continue;
      for (int c = 0; c < width_; ++c) target[c] -= factor * pivot_row[c];
      target[entering] = 0.0;
    }
    basis_[row] = entering;
  }

  // True if row a's vector (rhs, B^{-1} row) divided by its entry in `column` is
  // lexicographically smaller than row b's.
  bool lexicographically_smaller(int a, int b, int column) const {
    if (ratio_differs(a, b, column, rhs_column())) {
      return ratio(a, column, rhs_column()) < ratio(b, column, rhs_column());
    }
    for (int c = variables_; c < variables_ + rows_; ++c) {
      if (ratio_differs(a, b, column, c)) return ratio(a, column, c) < ratio(b, column, c);
    }
    return a < b;
  }

  bool same_ratio(int a, int b, int column) const {
    return !ratio_differs(a, b, column, rhs_column());
  }

 private:
  int rhs_column() const { return width_ - 1; }
  double& at(int row, int column) {
    return cells_[static_cast<std::size_t>(row) * width_ + column];
  }
  double at(int row, int column) const {
    return cells_[static_cast<std::size_t>(row) * width_ + column];
  }
  double ratio(int row, int divisor, int column) const {
    return at(row, column) / at(row, divisor);
  }
  bool ratio_differs(int a, int b, int divisor, int column) const {
    const double left = ratio(a, divisor, column);
    const double right = ratio(b, divisor, column);
    return std::abs(left - right) > kTieTolerance * (1.0 + std::abs(left) + std::abs(right));
  }

  int rows_;
  int variables_;
  int width_;
  std::vector<double> cells_;
  std::vector<int> basis_;
};

class LemkePath {
 public:
  explicit LemkePath(const LemkeProblem& problem) : problem_(problem), tableau_(problem) {
    tableau_.install_basis(problem.initial_basis);
  }

  LemkeSolution run(int max_pivots) {
    LemkeSolution solution;
    int row = first_leaving_row();
    int entering = problem_.artificial;
    while (row != -1) {
      if (solution.pivots >= max_pivots) {
        throw std::runtime_error("Lemke's algorithm stopped after " + std::to_string(max_pivots) +
                                 " pivots without reaching a solution");
      }
      const int leaving = tableau_.basic(row);
      tableau_.pivot(row, entering);
      ++solution.pivots;
      if (leaving == problem_.artificial) break;
      entering = problem_.complement[leaving];
      row = leaving_row(entering);
      if (row == -1) {
        throw std::runtime_error("Lemke's algorithm ended on a ray after " +
                                 std::to_string(solution.pivots) +
                                 " pivots: no solution was reached from this start");
      }
    }
    solution.values.assign(problem_.variables, 0.0);
    for (int r = 0; r < problem_.rows; ++r) solution.values[tableau_.basic(r)] = tableau_.value(r);
    return solution;
  }

 private:
  bool sign_constrained(int variable) const {
    return variable == problem_.artificial || problem_.complement[variable] != -1;
  }

  // z0 enters at the least value that makes every sign-constrained basic variable
  // non-negative (they change as value - coefficient * z0). -1 when the start already solves
  // the problem.
  int first_leaving_row() const {
    const int z0 = problem_.artificial;
    int best = -1;
    for (int r = 0; r < problem_.rows; ++r) {
      if (!sign_constrained(tableau_.basic(r)) || tableau_.value(r) >= 0.0) continue;
      if (tableau_.coefficient(r, z0) >= -kPivotTolerance) {
        throw std::runtime_error(
            "Lemke's algorithm: the artificial variable cannot make the start feasible");
      }
      // Both negative: the largest ratio is the z0 needed; lexicographic ties as in the
      // ratio test.
      if (best == -1 || tableau_.lexicographically_smaller(best, r, z0)) best = r;
    }
    if (best == -1) return best;
    for (int r = 0; r < problem_.rows; ++r) {
      if (!sign_constrained(tableau_.basic(r)) || tableau_.coefficient(r, z0) <= kPivotTolerance) {
        continue;
      }
      const double z0_value = tableau_.value(best) / tableau_.coefficient(best, z0);
      if (tableau_.value(r) - tableau_.coefficient(r, z0) * z0_value < -kTieTolerance) {
        throw std::runtime_error(
            "Lemke's algorithm: the artificial variable cannot make the start feasible");
      }
    }
    return best;
  }

  // The sign-constrained basic variable that first reaches zero as `entering` grows; -1 if
  // none does (a ray).
  int leaving_row(int entering) const {
    int best = -1;
    for (int r = 0; r < problem_.rows; ++r) {
      if (!sign_constrained(tableau_.basic(r))) continue;
      if (tableau_.coefficient(r, entering) <= kPivotTolerance) continue;
      if (best == -1 || tableau_.lexicographically_smaller(r, best, entering)) best = r;
    }
    if (best == -1) return best;
    for (int r = 0; r < problem_.rows; ++r) {
      if (tableau_.basic(r) == problem_.artificial &&
          tableau_.coefficient(r, entering) > kPivotTolerance &&
          tableau_.same_ratio(r, best, entering)) {
        return r;
      }
    }
    return best;
  }

  const LemkeProblem& problem_;
  Tableau tableau_;
};

}  // namespace

LemkeSolution solve_lemke(const LemkeProblem& problem, int max_pivots) {
  return LemkePath(problem).run(max_pivots);
}

}  // namespace umbrella::game
