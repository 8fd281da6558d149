#pragma once
// Exact best responses against a behaviour profile, and the distance of a profile from
// equilibrium: NashConv (the sum over players of what a best response would gain) and, for
// two-player constant-sum games, exploitability = NashConv / 2 (OpenSpiel's convention).
// All need perfect recall and throw std::invalid_argument without it.
#include <vector>

#include "game/behavior_profile.h"
#include "game/game.h"

namespace umbrella::game {

struct BestResponse {
  double value = 0.0;  // the responder's expected payoff when best-responding
  // The chosen action (0-based within the set) at each of the responder's information sets,
  // in the order of Game::infosets_of(player); ties go to the first action.
  std::vector<int> actions;
};

BestResponse best_response(const Game& game, const BehaviorProfile& profile, int player);

// The profile with `player`'s part replaced by the pure strategy `response`.
BehaviorProfile with_best_response(const Game& game, const BehaviorProfile& profile, int player,
                                   const BestResponse& response);

double nash_conv(const Game& game, const BehaviorProfile& profile);

// NashConv / 2 for two-player constant-sum games, NashConv otherwise.
double exploitability(const Game& game, const BehaviorProfile& profile);

}  // namespace umbrella::game
