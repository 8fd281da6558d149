#pragma once
// One Nash equilibrium of a two-player game with perfect recall, general-sum allowed, from
// the sequence-form linear complementarity problem (Koller, Megiddo & von Stengel 1996)
// solved by Lemke's algorithm (Lemke 1965), as gambit-lcp does. The covering vector comes
// from a prior, the uniform behaviour profile, as in von Stengel, van den Elzen & Talman
// (2002): the path starts at the pure best responses to the prior and traces the players'
// best responses to a mixture of prior and play until the prior's weight z0 reaches zero.
// Payoffs are first mapped into [-2, -1] per player, a positive affine change that keeps
// every equilibrium and every best response.
#include "game/behavior_profile.h"
#include "game/game.h"

namespace umbrella::game {

struct LcpEquilibrium {
  BehaviorProfile profile;
  int pivots = 0;
};

// Throws std::invalid_argument for games that are not two-player with perfect recall, and
// std::runtime_error if the pivoting fails.
LcpEquilibrium solve_sequence_form_lcp(const Game& game);

}  // namespace umbrella::game
