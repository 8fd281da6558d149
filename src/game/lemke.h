#pragma once
// Lemke's complementary pivoting algorithm (Lemke 1965) for mixed linear complementarity
// problems, on a dense tableau in double precision.
//
// The problem is a linear system `matrix * v = rhs` over variables that come in complementary
// pairs (both >= 0, at least one zero), plus free variables (any sign, always basic) and one
// artificial variable z0 whose column is the covering vector. The caller supplies a starting
// basis whose solution, at z0 = 0, satisfies complementarity but may violate signs; z0 enters
// just far enough to restore them, and from then on each pivot brings in the complement of the
// variable that just left, until z0 leaves: the basis then solves the problem. The ratio test
// is lexicographic over the basis inverse (kept in extra columns) so degenerate steps are
// resolved deterministically; when z0 ties for leaving it is chosen, ending the path.
#include <vector>

namespace umbrella::game {

struct LemkeProblem {
  int rows = 0;
  int variables = 0;
  std::vector<double> matrix;  // rows x variables, row-major
  std::vector<double> rhs;
  // Per variable: its complementary partner, or -1 for free variables and for z0.
  std::vector<int> complement;
  int artificial = 0;  // z0
  // `rows` variables whose columns form a nonsingular matrix, containing every free
  // variable and, of each complementary pair, at most one.
  std::vector<int> initial_basis;
};

struct LemkeSolution {
  std::vector<double> values;  // per variable; non-basic variables are 0
  int pivots = 0;
};

// Throws std::runtime_error if the start cannot be made feasible by z0, on ray termination, or
// after `max_pivots` pivots.
LemkeSolution solve_lemke(const LemkeProblem& problem, int max_pivots);

}  // namespace umbrella::game
