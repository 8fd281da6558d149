#pragma once
// The eight ways a crisis game ends, what each costs and gives whom, and the patron's four types
// with the payoff weights that define them (Zagare & Kilgour 2000's Hard and Soft orderings).
// Shared by the game written for the game library and the direct equilibrium solver, so both
// solve the same game. See docs/model.md#crises.
#include <array>
#include <cstdint>

#include "model/crisis/setting.h"
#include "world/ladder.h"

namespace umbrella {

enum class EndingId : std::uint8_t {
  status_quo,        // the challenger does not invade
  patron_concedes,   // the patron stands aside; the ally fights alone or yields
  conventional_war,  // the patron defends conventionally and the challenger fights on
  coerced,           // the challenger uses nuclear weapons in a limited way; the patron backs down
  war_after_coercion,     // ... and the patron retaliates: theater nuclear war
  challenger_backs_down,  // the patron uses nuclear weapons first; the challenger backs down
  war_after_first_use,    // ... and the challenger counter-escalates: theater nuclear war
  yields_to_threat,       // the patron stands aside from an invasion under a nuclear threat
};
inline constexpr int kEndingCount = 8;

// An ending is what the players choose; nuclear use may then run out of control up the ladder
// (limited use into theater war, theater war into a strategic exchange), so its success and
// costs are expectations over that lottery.
struct Ending {
  const char* label = "";
  double success = 0.0;             // P(the challenger achieves its aim)
  double success_controlled = 0.0;  // ... if nothing runs out of control
  double challenger_cost = 0.0;
  double defender_conventional_cost = 0.0;
  double defender_nuclear_cost = 0.0;          // weighed by the patron type's nuclear aversion
  LadderGroup chosen = LadderGroup::coercion;  // the highest group the players choose
  double p_theater_war = 0.0;                  // P(theater nuclear war or beyond), chosen or not
  double p_strategic = 0.0;                    // P(a strategic exchange)
  bool nuclear_use = false;
  bool coercion = false;        // the challenger used nuclear weapons to coerce
  bool patron_yielded = false;  // the patron backed down under nuclear coercion or a threat
};

// The distribution of the highest group an ending reaches.
std::array<double, kLadderGroupCount> highest_groups(const Ending& end);
using Endings = std::array<Ending, kEndingCount>;

Endings crisis_endings(const CrisisSetting& setting);

inline const Ending& ending(const Endings& endings, EndingId id) {
  return endings[static_cast<std::size_t>(id)];
}

// The patron's types: tactically (first) and strategically (second) Hard or Soft.
struct PatronType {
  const char* label;
  bool tactically_hard;
  bool strategically_hard;
};
inline constexpr int kPatronTypeCount = 4;
inline constexpr std::array<PatronType, kPatronTypeCount> kPatronTypes = {
    {{"HH", true, true}, {"HS", true, false}, {"SH", false, true}, {"SS", false, false}}};

// The challenger's prior over the patron's types, independent tactical and strategic resolve.
std::array<double, kPatronTypeCount> patron_type_priors(const CrisisSetting& setting);
// The chances of the patron's actual types, with which nature draws it: the setting's actual
// resolve when it has one, else the challenger's priors.
std::array<double, kPatronTypeCount> patron_type_chances(const CrisisSetting& setting);

// The patron's payoff weights for one type, set so that the type holds Zagare and Kilgour's
// ordering, each by `resolve_margin` beyond the indifference value, and otherwise left at face
// value (the ally's security worth the challenger's stakes, the ladder's nuclear costs):
// - a tactically Hard patron values the ally enough to prefer defending to conceding, a Soft one
//   little enough to prefer conceding (no value does either when defending cannot help);
// - a strategically Hard patron pays a cost for yielding to nuclear coercion (its commitments
//   everywhere are at stake: Schelling's interdependence of commitments) high enough to prefer
//   retaliating; a Soft one pays none and, if it would still retaliate, fears nuclear costs more.
struct PatronWeights {
  double ally_value = 0.0;        // its value of the ally's security
  double nuclear_aversion = 1.0;  // its weight on nuclear costs
  double yielding_cost = 0.0;     // its cost of backing down under nuclear coercion
};
PatronWeights patron_weights(const CrisisSetting& setting, const PatronType& type);
// The same from the setting's endings (crisis_endings(setting)), worked out once per crisis.
PatronWeights patron_weights(const CrisisSetting& setting, const Endings& endings,
                             const PatronType& type);

// Payoffs in units of the challenger's stakes; the challenger's excludes its private resolve.
double challenger_payoff(const CrisisSetting& setting, const Ending& end);
double patron_payoff(const PatronWeights& weights, const Ending& end);

// The consequences of a crisis, given that it erupted.
struct CrisisOutcome {
  std::array<double, kEndingCount> ending{};  // distribution of the endings
  double p_invasion = 0.0;                    // the challenger invades
  double p_threat = 0.0;                      // ... under a nuclear threat short of use
  double p_coercion = 0.0;     // its nuclear use meets the patron's defence, chosen or at the brink
  double p_nuclear_use = 0.0;  // anyone uses nuclear weapons
  double p_invasion_success = 0.0;  // the invasion succeeds
  double p_strategic_exchange = 0.0;
  std::array<double, kLadderGroupCount> highest_group{};  // the highest group reached
};
CrisisOutcome crisis_outcome(const CrisisSetting& setting,
                             const std::array<double, kEndingCount>& ending_probability);
// The same from the setting's endings (crisis_endings(setting)).
CrisisOutcome crisis_outcome(const Endings& endings,
                             const std::array<double, kEndingCount>& ending_probability);

}  // namespace umbrella
