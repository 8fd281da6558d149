#include "game/solve.h"

#include <stdexcept>
#include <string>

#include "game/backward_induction.h"
#include "game/best_response.h"
#include "game/cfr_plus.h"
#include "game/expected_value.h"
#include "game/sequence_form_lcp.h"
#include "game/sequence_form_lp.h"

namespace umbrella::game {

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
      CfrPlusSolver solver(game);
      solver.run(options.iterations);
      result.profile = solver.average_profile();
      result.iterations = solver.iterations();
      break;
    }
    case Method::lp: {
      ZeroSumSolution solution = solve_sequence_form_lp(game);
      result.profile = std::move(solution.profile);
      result.iterations = solution.simplex_iterations;
      break;
    }
    case Method::lcp: {
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
