#include "game/solve.h"

#include <cstdint>
#include <stdexcept>
#include <string>

#include "core/error.h"
#include "core/limits.h"
#include "game/backward_induction.h"
#include "game/best_response.h"
#include "game/cfr_plus.h"
#include "game/expected_value.h"
#include "game/sequence_form_lcp.h"
#include "game/sequence_form_lp.h"

namespace umbrella::game {
namespace {

// The sequence-form solvers hold dense matrices: the payoff matrices |S1| x |S2| and, for
// Lemke, a tableau of about r x 3r numbers and its problem of r x 2r, r the rows of the LCP.
void check_sequence_form_size(const Game& game) {
  if (game.num_players() != 2) return;  // the solvers refuse such a game themselves
  std::uint64_t sequences[2] = {};
  std::uint64_t rows = 0;
  for (int p = 0; p < 2; ++p) {
    sequences[p] = 1 + static_cast<std::uint64_t>(game.actions_of(p).size());
    rows += sequences[p] + 1 + static_cast<std::uint64_t>(game.infosets_of(p).size());
  }
  const std::uint64_t numbers = 2 * sequences[0] * sequences[1] + 5 * rows * rows;
  if (numbers > limits::kMaxSequenceFormNumbers) {
    throw UsageError("this game's sequence form has " + std::to_string(sequences[0]) + " and " +
                     std::to_string(sequences[1]) + " sequences: lp and lcp would hold about " +
                     std::to_string(numbers) + " numbers, at most " +
                     std::to_string(limits::kMaxSequenceFormNumbers) + "; use " +
                     mention("method") + " cfr+");
  }
}

void check_cfr_work(const Game& game, int iterations) {
  const std::uint64_t visits =
      limits::times(2 * static_cast<std::uint64_t>(game.num_nodes()), iterations);
  if (visits > limits::kMaxCfrNodeVisits) {
    throw UsageError("iterations",
                     "expected at most " +
                         std::to_string(limits::kMaxCfrNodeVisits /
                                        (2 * static_cast<std::uint64_t>(game.num_nodes()))) +
                         " CFR+ iterations for a game of " + std::to_string(game.num_nodes()) +
                         " nodes, got " + std::to_string(iterations));
  }
}

}  // namespace

std::string_view to_string(Method method) {
  switch (method) {
    case Method::spe:
      return "spe";
    case Method::cfr_plus:
      return "cfr+";
    case Method::lp:
      return "lp";
    case Method::lcp:
      return "lcp";
  }
  return "?";
}

Method parse_method(std::string_view name) {
  for (const Method method : {Method::spe, Method::cfr_plus, Method::lp, Method::lcp}) {
    if (name == to_string(method)) return method;
  }
  throw std::invalid_argument("unknown method '" + std::string(name) +
                              "': expected spe, cfr+, lp or lcp");
}

Method default_method(const Game& game) {
  if (game.is_perfect_information()) return Method::spe;
  if (game.num_players() == 2) return game.is_constant_sum() ? Method::lp : Method::lcp;
  return Method::cfr_plus;
}

SolveResult solve(const Game& game, Method method, const SolveOptions& options) {
  SolveResult result;
  result.method = method;
  switch (method) {
    case Method::spe:
      result.profile = backward_induction(game).profile;
      break;
    case Method::cfr_plus: {
      if (options.iterations < 1) {
        throw std::invalid_argument("CFR+ needs at least one iteration");
      }
      check_cfr_work(game, options.iterations);
      CfrPlusSolver solver(game);
      solver.run(options.iterations);
      result.profile = solver.average_profile();
      result.iterations = solver.iterations();
      break;
    }
    case Method::lp: {
      check_sequence_form_size(game);
      ZeroSumSolution solution = solve_sequence_form_lp(game);
      result.profile = std::move(solution.profile);
      result.iterations = solution.simplex_iterations;
      break;
    }
    case Method::lcp: {
      check_sequence_form_size(game);
      LcpEquilibrium equilibrium = solve_sequence_form_lcp(game);
      result.profile = std::move(equilibrium.profile);
      result.iterations = equilibrium.pivots;
      break;
    }
  }
  result.payoffs = expected_payoffs(game, result.profile);
  result.nash_conv = nash_conv(game, result.profile);
  result.exploitability =
      game.num_players() == 2 && game.is_constant_sum() ? result.nash_conv / 2.0 : result.nash_conv;
  return result;
}

}  // namespace umbrella::game
