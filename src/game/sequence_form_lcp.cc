#include "game/sequence_form_lcp.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "game/lemke.h"
#include "game/sequence_form.h"

namespace umbrella::game {
namespace {

// Sequence-form payoff matrix (|S_1| x |S_2|, row-major) of `player`, leaf payoffs mapped
// into [-2, -1].
std::vector<double> negative_payoff_matrix(const Game& game, const SequenceForm& form, int player) {
  double lowest = std::numeric_limits<double>::infinity();
  double highest = -lowest;
  for (const SequenceLeaf& leaf : form.leaves) {
    lowest = std::min(lowest, game.path_payoff(leaf.node, player));
    highest = std::max(highest, game.path_payoff(leaf.node, player));
  }
  const double range = highest > lowest ? highest - lowest : 1.0;
  const auto columns = static_cast<std::size_t>(form.players[1].num_sequences);
  std::vector<double> matrix(form.players[0].num_sequences * columns, 0.0);
  for (const SequenceLeaf& leaf : form.leaves) {
    const double payoff = (game.path_payoff(leaf.node, player) - highest) / range - 1.0;
    matrix[leaf.sequences[0] * columns + leaf.sequences[1]] += leaf.chance * payoff;
  }
  return matrix;
}

// Calls visit(row, sequence, coefficient) for each entry of the constraint matrix E of a
// player's realization plans: row 0 says x(empty) = 1, row 1 + i that the actions of the
// player's information set i sum to the sequence leading to it.
template <class Visit>
void for_each_constraint_entry(const PlayerSequences& sequences, Visit visit) {
  visit(0, 0, 1.0);
  for (int set = 0; set < static_cast<int>(sequences.parent_sequence.size()); ++set) {
    visit(set + 1, sequences.parent_sequence[set], -1.0);
  }
  for (int s = 1; s < sequences.num_sequences; ++s) {
    visit(sequences.infoset_of_sequence[s] + 1, s, 1.0);
  }
}

// The realization plan of the prior: at each information set, weights 1 + g/10 with g spread
// over [0, 1) by the golden ratio. Completely mixed, close to uniform, and generic: best
// responses to it are unique unless two actions are payoff-identical, which Lemke's start
// needs (a tie against the prior leaves the path's first step undetermined).
std::vector<double> prior_plan(const PlayerSequences& sequences) {
  constexpr double kGoldenRatioFraction = 0.6180339887498949;
  std::vector<double> weight(sequences.num_sequences, 0.0);
  std::vector<double> set_total(sequences.parent_sequence.size(), 0.0);
  for (int s = 1; s < sequences.num_sequences; ++s) {
    const double spread = s * kGoldenRatioFraction - static_cast<int>(s * kGoldenRatioFraction);
    weight[s] = 1.0 + spread / 10.0;
    set_total[sequences.infoset_of_sequence[s]] += weight[s];
  }
  std::vector<double> plan(sequences.num_sequences, 0.0);
  plan[0] = 1.0;
  // A set's parent sequence belongs to an earlier set (ids follow first appearance), so
  // increasing sequence order fills parents first.
  for (int s = 1; s < sequences.num_sequences; ++s) {
    const int set = sequences.infoset_of_sequence[s];
    plan[s] = plan[sequences.parent_sequence[set]] * weight[s] / set_total[set];
  }
  return plan;
}

// A pure best response in the sequence form against per-sequence payoffs `value` (the
// opponent's plan already applied), chosen at every information set, reached or not. Returns
// the chosen sequences: the empty one and one per information set.
std::vector<int> best_response_sequences(const PlayerSequences& sequences,
                                         const std::vector<double>& value) {
  const int sets = static_cast<int>(sequences.parent_sequence.size());
  std::vector<double> continuation(sequences.num_sequences, 0.0);
  std::vector<double> best(sets, -std::numeric_limits<double>::infinity());
  std::vector<int> chosen(sets, -1);
  // Later sets sit below earlier ones, so reverse order resolves them bottom-up.
  for (int s = sequences.num_sequences - 1; s >= 1; --s) {
    const int set = sequences.infoset_of_sequence[s];
    const double total = value[s] + continuation[s];
    if (total >= best[set]) {  // ties go to the first action, visited last
      best[set] = total;
      chosen[set] = s;
    }
    const bool last_of_set = s == 1 || sequences.infoset_of_sequence[s - 1] != set;
    if (last_of_set) continuation[sequences.parent_sequence[set]] += best[set];
  }
  std::vector<int> result{0};
  result.insert(result.end(), chosen.begin(), chosen.end());
  return result;
}

}  // namespace

LcpEquilibrium solve_sequence_form_lcp(const Game& game) {
  if (game.num_players() != 2) {
    throw std::invalid_argument("the sequence-form LCP needs a two-player game; this one has " +
                                std::to_string(game.num_players()) + " players; use cfr+");
  }
  const SequenceForm form = build_sequence_form(game);
  const PlayerSequences& first = form.players[0];
  const PlayerSequences& second = form.players[1];
  const int n1 = first.num_sequences;
  const int n2 = second.num_sequences;
  const int k1 = 1 + static_cast<int>(first.parent_sequence.size());
  const int k2 = 1 + static_cast<int>(second.parent_sequence.size());
  const std::vector<double> a = negative_payoff_matrix(game, form, 0);
  const std::vector<double> b = negative_payoff_matrix(game, form, 1);
  auto a_at = [&](int s, int t) { return a[static_cast<std::size_t>(s) * n2 + t]; };
  auto b_at = [&](int s, int t) { return b[static_cast<std::size_t>(s) * n2 + t]; };

  // Each player's payoff per own sequence against the other's prior, and the pure best
  // responses to it: the start of the path.
  const std::vector<double> prior_x = prior_plan(first);
  const std::vector<double> prior_y = prior_plan(second);
  std::vector<double> against_prior_y(n1, 0.0);
  std::vector<double> against_prior_x(n2, 0.0);
  for (int s = 0; s < n1; ++s) {
    for (int t = 0; t < n2; ++t) {
      against_prior_y[s] += a_at(s, t) * prior_y[t];
      against_prior_x[t] += b_at(s, t) * prior_x[s];
    }
  }
  const std::vector<int> start_x = best_response_sequences(first, against_prior_y);
  const std::vector<int> start_y = best_response_sequences(second, against_prior_x);

  // Variables: slacks w_x, w_y; plans x, y; free duals u (one per row of E), v (of F); z0.
  // Equations:
  //   w_x + A y - E^T u - (-A y0) z0 = 0    (x-rows)
  //   w_y + B^T x - F^T v - (-B^T x0) z0 = 0 (y-rows)
  //   E x = e, F y = f
  // with w_x complementary to x and w_y to y. At z0 = 0 they say each plan is a best
  // response with value u[0] (v[0]); for large z0 they say so against the prior.
  const int wx = 0;
  const int wy = wx + n1;
  const int x = wy + n2;
  const int y = x + n1;
  const int u = y + n2;
  const int v = u + k1;
  const int z0 = v + k2;
  const int x_rows = 0;
  const int y_rows = n1;
  const int e_rows = y_rows + n2;
  const int f_rows = e_rows + k1;

  LemkeProblem problem;
  problem.rows = n1 + n2 + k1 + k2;
  problem.variables = z0 + 1;
  problem.artificial = z0;
  problem.matrix.assign(static_cast<std::size_t>(problem.rows) * problem.variables, 0.0);
  problem.rhs.assign(problem.rows, 0.0);
  problem.complement.assign(problem.variables, -1);
  auto at = [&](int row, int column) -> double& {
    return problem.matrix[static_cast<std::size_t>(row) * problem.variables + column];
  };
  for (int s = 0; s < n1; ++s) {
    at(x_rows + s, wx + s) = 1.0;
    problem.complement[wx + s] = x + s;
    problem.complement[x + s] = wx + s;
    at(x_rows + s, z0) = against_prior_y[s];
  }
  for (int t = 0; t < n2; ++t) {
    at(y_rows + t, wy + t) = 1.0;
    problem.complement[wy + t] = y + t;
    problem.complement[y + t] = wy + t;
    at(y_rows + t, z0) = against_prior_x[t];
  }
  for (int s = 0; s < n1; ++s) {
    for (int t = 0; t < n2; ++t) {
      at(x_rows + s, y + t) = a_at(s, t);
      at(y_rows + t, x + s) = b_at(s, t);
    }
  }
  for_each_constraint_entry(first, [&](int row, int s, double coefficient) {
    at(x_rows + s, u + row) -= coefficient;
    at(e_rows + row, x + s) += coefficient;
  });
  for_each_constraint_entry(second, [&](int row, int t, double coefficient) {
    at(y_rows + t, v + row) -= coefficient;
    at(f_rows + row, y + t) += coefficient;
  });
  problem.rhs[e_rows] = 1.0;
  problem.rhs[f_rows] = 1.0;

  std::vector<bool> in_start_x(n1, false);
  std::vector<bool> in_start_y(n2, false);
  for (const int s : start_x) in_start_x[s] = true;
  for (const int t : start_y) in_start_y[t] = true;
  for (int s = 0; s < n1; ++s) problem.initial_basis.push_back(in_start_x[s] ? x + s : wx + s);
  for (int t = 0; t < n2; ++t) problem.initial_basis.push_back(in_start_y[t] ? y + t : wy + t);
  for (int row = 0; row < k1; ++row) problem.initial_basis.push_back(u + row);
  for (int row = 0; row < k2; ++row) problem.initial_basis.push_back(v + row);

  // Lemke's path can be long; this bound only stops a run that numerical trouble has lost.
  const int max_pivots = 50 * problem.rows + 1000;
  const LemkeSolution solution = solve_lemke(problem, max_pivots);
  LcpEquilibrium equilibrium;
  equilibrium.profile = BehaviorProfile::uniform(game);
  const std::span<const double> values(solution.values);
  set_behavior_from_plan(game, form, 0, values.subspan(x, n1), equilibrium.profile);
  set_behavior_from_plan(game, form, 1, values.subspan(y, n2), equilibrium.profile);
  equilibrium.pivots = solution.pivots;
  return equilibrium;
}

}  // namespace umbrella::game
