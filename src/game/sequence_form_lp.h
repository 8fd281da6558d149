#pragma once
// Exact equilibrium of a two-player zero-sum (or constant-sum) game with perfect recall by the
// sequence-form linear program (Koller, Megiddo & von Stengel 1996; von Stengel 1996), solved
// with GLPK: the simplex method, then GLPK's exact rational simplex from that basis.
#include "game/behavior_profile.h"
#include "game/game.h"

namespace umbrella::game {

struct ZeroSumSolution {
  BehaviorProfile profile;  // behaviour strategies of both players
  double value = 0.0;       // the first player's equilibrium payoff
  int simplex_iterations = 0;
};

// Throws UsageError (naming the methods that fit) for games that are not two-player
// constant-sum, std::invalid_argument for games without perfect recall, std::runtime_error if
// GLPK fails.
ZeroSumSolution solve_sequence_form_lp(const Game& game);

}  // namespace umbrella::game
