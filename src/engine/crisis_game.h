#pragma once
// The crisis game written out for the game library: chance draws the challenger's private
// resolve (one of K equally likely types) and the patron's type, then the challenger, the patron
// and the challenger move as in docs/model.md#crises. It is what `umbrella crisis --efg` writes
// and what the exact direct solver (model/crisis/equilibrium.h) is checked against.
#include "game/behavior_profile.h"
#include "game/game.h"
#include "model/crisis/endings.h"
#include "model/crisis/equilibrium.h"

namespace umbrella {

// Payoffs in units of the challenger's stakes. std::invalid_argument unless
// `challenger_types` >= 1.
game::Game build_crisis_game(const CrisisSetting& setting, int challenger_types);

// The consequences of playing `profile` in a game from build_crisis_game.
CrisisOutcome outcome_of_profile(const game::Game& game, const game::BehaviorProfile& profile,
                                 const CrisisSetting& setting);

// The direct solver's equilibrium (solved with the same `challenger_types`) as a behaviour
// profile of the game, so the library can check it (NashConv).
game::BehaviorProfile profile_of(const game::Game& game, const CrisisEquilibrium& equilibrium,
                                 const CrisisSetting& setting, int challenger_types);

}  // namespace umbrella
