#pragma once
// One front for every solver: solve(game, method, options) returns behaviour strategies for
// all players, expected payoffs and the distance from equilibrium, and the result can be
// written as JSON, as Gambit's one-line "NE,..." profile, or as a readable table.
#include <string>
#include <string_view>
#include <vector>

#include "game/behavior_profile.h"
#include "game/game.h"

namespace umbrella::game {

enum class Method {
  spe,       // backward induction: subgame-perfect equilibrium, perfect information only
  cfr_plus,  // CFR+: approximate, any number of players, exact only in the limit
  lp,        // sequence-form linear program: exact, two-player zero-sum
  lcp,       // sequence-form LCP by Lemke's algorithm: two players, general-sum
};

std::string_view to_string(Method method);  // "spe", "cfr+", "lp", "lcp"
// Throws std::invalid_argument for other names.
Method parse_method(std::string_view name);
// spe for perfect information; else lp for two-player constant-sum; else lcp for two players;
// else cfr+.
Method default_method(const Game& game);

struct SolveOptions {
  int iterations = 1000;  // CFR+ iterations
};

struct SolveResult {
  Method method = Method::spe;
  // Both players' behaviour strategies; player p's are the actions Game::actions_of(p).
  BehaviorProfile profile;
  std::vector<double> payoffs;  // expected payoff per player under `profile`
  double nash_conv = 0.0;       // sum over players of the gain from a best response
  // NashConv / 2 for two-player constant-sum games (OpenSpiel's exploitability: the average
  // gain of a best response), NashConv otherwise.
  double exploitability = 0.0;
  // CFR+ iterations, simplex iterations (lp) or Lemke pivots (lcp); 0 for spe.
  int iterations = 0;
};

// Throws when the method does not apply to the game: UsageError, naming the methods that fit,
// for imperfect information under spe, a game not two-player zero-sum under lp, a sequence form
// too large for lp or lcp, or too many CFR+ iterations; std::invalid_argument for a game not of
// two players under lcp or without perfect recall under all but spe. std::runtime_error when a
// solver fails.
SolveResult solve(const Game& game, Method method, const SolveOptions& options = {});

// {"method": ..., "payoffs": [...], "exploitability": x,
//  "strategies": {PLAYER: {INFOSET: {ACTION: probability}}}}: a player, information set or
// action is named by its label when that is non-empty and unique among its siblings, else by
// its number (players and information sets as in the file, actions 1-based) as a string.
std::string to_json(const SolveResult& result, const Game& game);
// Gambit's command-line form: "NE," then every probability, player by player, information set
// by information set, action by action, with 6 decimals.
std::string to_gambit_line(const SolveResult& result, const Game& game);
// Payoffs, NashConv, exploitability and one line per action.
std::string to_table(const SolveResult& result, const Game& game);

}  // namespace umbrella::game
