#include "game/sequence_form_lp.h"

#include <glpk.h>

#include <memory>
#include <stdexcept>
#include <vector>

#include "core/error.h"
#include "game/sequence_form.h"

namespace umbrella::game {
namespace {

struct Guarantee {
  std::vector<double> plan;
  double value = 0.0;
  int iterations = 0;
};

class SparseRows {
 public:
  void add(int row, int column, double value) {
    rows_.push_back(row);
    columns_.push_back(column);
    values_.push_back(value);
  }
  void load_into(glp_prob* lp) {
    glp_load_matrix(lp, static_cast<int>(rows_.size()) - 1, rows_.data(), columns_.data(),
                    values_.data());
  }

 private:
  // GLPK's arrays are 1-based: element 0 is ignored.
  std::vector<int> rows_{0};
  std::vector<int> columns_{0};
  std::vector<double> values_{0.0};
};

// One player's maximin program: choose a realization plan x of the `own` sequences and a free
// vector v (one entry per constraint row of the other player's plans) to maximise v[0], the
// payoff that the other player's best response leaves, subject to
//   E x = e, x >= 0        (x is a realization plan)
//   F^T v - M^T x <= 0     (the dual of the other player's best-response program)
// where M (`payoff`, |own| x |other|, row-major) is in the maximising player's terms.
Guarantee maximise_guarantee(const PlayerSequences& own, const PlayerSequences& other,
                             const std::vector<double>& payoff) {
  std::unique_ptr<glp_prob, decltype(&glp_delete_prob)> problem(glp_create_prob(),
                                                                &glp_delete_prob);
  glp_prob* lp = problem.get();
  glp_set_obj_dir(lp, GLP_MAX);
  const int own_sequences = own.num_sequences;
  const int other_sequences = other.num_sequences;
  const int own_rows = 1 + static_cast<int>(own.parent_sequence.size());
  const int other_rows = 1 + static_cast<int>(other.parent_sequence.size());
  const auto x_column = [](int sequence) { return sequence + 1; };
  const auto v_column = [&](int row) { return own_sequences + row + 1; };

  glp_add_cols(lp, own_sequences + other_rows);
  for (int s = 0; s < own_sequences; ++s) glp_set_col_bnds(lp, x_column(s), GLP_LO, 0.0, 0.0);
  for (int j = 0; j < other_rows; ++j) glp_set_col_bnds(lp, v_column(j), GLP_FR, 0.0, 0.0);
  glp_set_obj_coef(lp, v_column(0), 1.0);

  SparseRows matrix;
  glp_add_rows(lp, own_rows + other_sequences);
  // Rows 1..own_rows: x(empty) = 1, then per own set: its actions' sum minus its parent = 0.
  glp_set_row_bnds(lp, 1, GLP_FX, 1.0, 1.0);
  matrix.add(1, x_column(0), 1.0);
  for (int set = 0; set + 1 < own_rows; ++set) {
    glp_set_row_bnds(lp, set + 2, GLP_FX, 0.0, 0.0);
    matrix.add(set + 2, x_column(own.parent_sequence[set]), -1.0);
  }
  for (int s = 1; s < own_sequences; ++s) {
    matrix.add(own.infoset_of_sequence[s] + 2, x_column(s), 1.0);
  }
  // Then one row per other sequence t: (F^T v)_t - (M^T x)_t <= 0.
  const auto dual_row = [&](int t) { return own_rows + t + 1; };
  for (int t = 0; t < other_sequences; ++t) {
    glp_set_row_bnds(lp, dual_row(t), GLP_UP, 0.0, 0.0);
    matrix.add(dual_row(t), v_column(t == 0 ? 0 : other.infoset_of_sequence[t] + 1), 1.0);
    for (int s = 0; s < own_sequences; ++s) {
      const double entry = payoff[static_cast<std::size_t>(s) * other_sequences + t];
      if (entry != 0.0) matrix.add(dual_row(t), x_column(s), -entry);
    }
  }
  for (int set = 0; set + 1 < other_rows; ++set) {
    matrix.add(dual_row(other.parent_sequence[set]), v_column(set + 1), -1.0);
  }
  matrix.load_into(lp);

  glp_smcp options;
  glp_init_smcp(&options);
  options.msg_lev = GLP_MSG_OFF;
  if (glp_simplex(lp, &options) != 0 || glp_get_status(lp) != GLP_OPT) {
    throw std::runtime_error("GLPK's simplex found no optimum of the sequence-form program");
  }
  // The rational simplex from the floating-point basis makes the solution exact before it is
  // rounded to double.
  if (glp_exact(lp, &options) != 0 || glp_get_status(lp) != GLP_OPT) {
    throw std::runtime_error("GLPK's exact simplex found no optimum of the sequence-form program");
  }
  Guarantee result;
  result.value = glp_get_obj_val(lp);
  result.iterations = glp_get_it_cnt(lp);
  for (int s = 0; s < own_sequences; ++s) result.plan.push_back(glp_get_col_prim(lp, x_column(s)));
  return result;
}

std::vector<double> negated_transpose(const std::vector<double>& matrix, int rows, int columns) {
  std::vector<double> result(matrix.size());
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < columns; ++c) {
      result[static_cast<std::size_t>(c) * rows + r] =
          -matrix[static_cast<std::size_t>(r) * columns + c];
    }
  }
  return result;
}

}  // namespace

ZeroSumSolution solve_sequence_form_lp(const Game& game) {
  if (game.num_players() != 2 || !game.is_constant_sum()) {
    throw UsageError("the sequence-form LP needs a two-player zero-sum (constant-sum) game; use " +
                     mention("method") + " lcp or cfr+");
  }
  const SequenceForm form = build_sequence_form(game);
  const std::vector<double> first_payoff = sequence_payoff_matrix(game, form, 0);
  const Guarantee first = maximise_guarantee(form.players[0], form.players[1], first_payoff);
  // The second player maximises minus the first player's payoff; with a constant sum that
  // ranks her strategies as her own payoff does.
  const Guarantee second =
      maximise_guarantee(form.players[1], form.players[0],
                         negated_transpose(first_payoff, form.players[0].num_sequences,
                                           form.players[1].num_sequences));
  ZeroSumSolution solution;
  solution.profile = BehaviorProfile::uniform(game);
  set_behavior_from_plan(game, form, 0, first.plan, solution.profile);
  set_behavior_from_plan(game, form, 1, second.plan, solution.profile);
  solution.value = first.value;
  solution.simplex_iterations = first.iterations + second.iterations;
  return solution;
}

}  // namespace umbrella::game
