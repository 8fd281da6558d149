#pragma once
// Subgame-perfect equilibrium of a perfect-information game by backward induction: at every
// decision node the mover picks the action with the highest value for her (ties: the first
// action), chance nodes average. Games with an information set of more than one node are
// refused with a UsageError naming the methods that fit, since there a node's value depends on
// beliefs.
#include <vector>

#include "game/behavior_profile.h"
#include "game/game.h"

namespace umbrella::game {

struct SubgamePerfectEquilibrium {
  BehaviorProfile profile;      // pure: probability 1 on the chosen action everywhere
  std::vector<double> payoffs;  // one per player
};

SubgamePerfectEquilibrium backward_induction(const Game& game);

}  // namespace umbrella::game
