#pragma once
// Expected payoffs of a behaviour profile, and the reach probabilities behind them.
#include <vector>

#include "game/behavior_profile.h"
#include "game/game.h"

namespace umbrella::game {

// The probability of reaching each node under the profile, chance included.
std::vector<double> reach_probabilities(const Game& game, const BehaviorProfile& profile);

// One expected payoff per player.
std::vector<double> expected_payoffs(const Game& game, const BehaviorProfile& profile);

}  // namespace umbrella::game
