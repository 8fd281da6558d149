#pragma once
// What a flashpoint's crisis game is built from, read off the current World: the stakes, the
// priors on the patron's tactical and strategic resolve, the odds of the conventional and theater
// nuclear fights, the ladder's costs and the challenger's private resolve. See
// docs/model.md#crises.
#include <optional>
#include <string>

#include "model/parameters.h"
#include "model/runtime.h"
#include "model/world_index.h"

namespace umbrella {

// Costs of reaching a group of the ladder, in units of the challenger's stakes.
struct GroupCost {
  double challenger = 0.0;  // the side that crosses the threshold first
  double defender = 0.0;    // the side it is crossed against
};

struct CrisisSetting {
  std::string flashpoint;
  double stakes = 0.0;       // the challenger's value of success
  double p_tactical = 0.0;   // the challenger's prior that the patron is tactically Hard
  double p_strategic = 0.0;  // its prior that the patron is strategically Hard
  // The chances that the patron actually is tactically and strategically Hard, with which a
  // crisis is played out; the challenger plays on its priors. Absent: the priors are right (the
  // game as the game library writes it, with a common prior).
  struct Resolve {
    double tactical = 0.0;
    double strategic = 0.0;
  };
  std::optional<Resolve> actual;
  double success_alone = 0.0;     // P(invasion succeeds) against the ally alone
  double success_defended = 0.0;  // ... against the ally and the patron's conventional forces
  double success_theater = 0.0;   // P(challenger prevails) in a theater nuclear war
  double ally_value = 1.0;        // the ally's value of its own security
  bool ally_resists = true;       // the ally fights alone if the patron concedes
  // The ladder's costs; a theater war's are shifted toward the side with fewer theater weapons.
  GroupCost conventional, limited_nuclear, theater_war, strategic;
  // Chances that events run out of control one group up the ladder (Schelling's threat that
  // leaves something to chance): limited nuclear use into theater nuclear war, theater nuclear
  // war into a strategic exchange.
  double limited_loss_of_control = 0.0;
  double loss_of_control = 0.0;
  // A nuclear threat short of use (the ladder's nuclear alert, the top of its coercion group):
  // the chance that a defence against an invasion under a threat slides into limited nuclear use
  // no side chose (Schelling's threat that leaves something to chance; Powell 2015), and what
  // making the threat costs the challenger. A brink risk of 0 leaves a threat nothing to gain.
  double brink_risk = 0.0;
  double threat_cost = 0.0;
  double resolve_margin = 0.5;  // distance of each patron type from its Hard/Soft indifference
  // Scale of the challenger's private value of going to war (logistic, in units of the stakes):
  // what the patron cannot see of the challenger's resolve. Zero: the challenger's resolve is
  // known and it invades exactly when invading pays.
  double resolve_dispersion = 0.0;
};

// The challenger's share of the strategic warheads of it and the patron (0.5 when neither has
// any), and of the theater warheads in the flashpoint's region of it against the patron's there
// and the ally's own.
double challenger_strategic_share(const RuntimeState& rt, const Flashpoint& f);
double challenger_theater_share(const RuntimeState& rt, const Flashpoint& f);

// The setting of flashpoint `flashpoint` now. Throws std::invalid_argument if the World has no
// ladder or the flashpoint's alliance does not exist.
CrisisSetting crisis_setting(const World& world, const WorldIndex& index, const Parameters& params,
                             const RuntimeState& rt, int flashpoint);

}  // namespace umbrella
