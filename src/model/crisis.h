#pragma once
// The crisis game of a flashpoint: an asymmetric escalation game after Zagare & Kilgour (2000)
// between the adversary (challenger) and the patron (defender), whose tactical and strategic
// resolve is private information with priors from the ally's credibility and the strategic
// balance; the ally's choice to resist alone is folded in by backward induction. Built from the
// current World and solved exactly with the game library (sequence-form LCP, Lemke).
// See docs/model.md#crisis. Not yet part of the yearly loop.
#include <array>
#include <string>

#include "game/game.h"
#include "game/solve.h"
#include "model/parameters.h"
#include "model/runtime.h"
#include "model/world_index.h"

namespace umbrella {

// Costs of reaching a group of the ladder, in units of the challenger's stakes.
struct GroupCost {
  double challenger = 0.0;
  double defender = 0.0;
};

// Everything a crisis game is built from.
struct CrisisSetting {
  std::string flashpoint;
  double stakes = 0.0;            // the challenger's value of success
  double p_tactical = 0.0;        // prior that the patron is tactically Hard
  double p_strategic = 0.0;       // prior that it is strategically Hard
  double success_alone = 0.0;     // P(invasion succeeds) against the ally alone
  double success_defended = 0.0;  // ... against the ally and the patron's conventional forces
  double success_theater = 0.0;   // P(challenger prevails) in a theater nuclear war
  double ally_value = 1.0;        // the ally's value of its own security
  bool ally_resists = true;       // the ally fights alone if the patron concedes
  GroupCost conventional, limited_nuclear, theater_war, strategic;
  double loss_of_control = 0.0;  // chance a theater nuclear war becomes a strategic exchange
  double resolve_margin = 0.5;   // distance of each type from the Hard/Soft indifference
};

// Throws std::invalid_argument if the World has no ladder or the flashpoint's alliance is gone.
CrisisSetting crisis_setting(const World& world, const WorldIndex& index, const Parameters& params,
                             const RuntimeState& rt, int flashpoint);

// The patron's payoff weights for one type, set so that the type holds Zagare and Kilgour's
// ordering: a tactically Hard patron prefers defending to conceding (Soft: the reverse), a
// strategically Hard one prefers retaliating to backing down after nuclear coercion (Soft: the
// reverse), each by `resolve_margin` beyond the indifference value. Weights stay at face value
// (1) when that already gives the ordering; where no weight can (defending cannot help, or
// retaliating cannot gain), they stay at face value too.
struct PatronWeights {
  double ally_value = 0.0;        // its value of the ally's security
  double nuclear_aversion = 1.0;  // its weight on nuclear costs
};
PatronWeights patron_weights(const CrisisSetting& setting, bool tactically_hard,
                             bool strategically_hard);

game::Game build_crisis_game(const CrisisSetting& setting);

// The equilibrium's consequences, given that the crisis erupted.
struct CrisisOutcome {
  double p_invasion = 0.0;          // the challenger invades
  double p_coercion = 0.0;          // it answers the patron's defence with limited nuclear use
  double p_nuclear_use = 0.0;       // anyone uses nuclear weapons
  double p_invasion_success = 0.0;  // the invasion succeeds
  double p_strategic_exchange = 0.0;
  std::array<double, 7> highest_group{};  // distribution of the highest ladder group reached
  game::SolveResult solution;
};

CrisisOutcome solve_crisis(const game::Game& game, const CrisisSetting& setting);

}  // namespace umbrella
