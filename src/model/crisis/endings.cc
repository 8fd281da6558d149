#include "model/crisis/endings.h"

#include <algorithm>

namespace umbrella {

namespace {

// Limited nuclear use that runs into the theater war `war` with probability `runaway`.
Ending with_runaway(Ending limited, const Ending& war, double runaway) {
  auto mix = [runaway](double a, double b) { return (1.0 - runaway) * a + runaway * b; };
  limited.success = mix(limited.success_controlled, war.success);
  limited.challenger_cost = mix(limited.challenger_cost, war.challenger_cost);
  limited.defender_conventional_cost =
      mix(limited.defender_conventional_cost, war.defender_conventional_cost);
  limited.defender_nuclear_cost = mix(limited.defender_nuclear_cost, war.defender_nuclear_cost);
  limited.p_theater_war = runaway;
  limited.p_strategic = runaway * war.p_strategic;
  return limited;
}

Ending plain(const char* label, double success, double challenger_cost, double defender_cost,
             LadderGroup chosen) {
  Ending e;
  e.label = label;
  e.success = e.success_controlled = success;
  e.challenger_cost = challenger_cost;
  e.defender_conventional_cost = defender_cost;
  e.chosen = chosen;
  return e;
}

Ending theater_war(const char* label, const CrisisSetting& s, double challenger_cost,
                   double defender_conventional_cost, double defender_nuclear_cost, bool coercion) {
  Ending e =
      plain(label, s.success_theater,
            challenger_cost + s.theater_war.challenger + s.loss_of_control * s.strategic.challenger,
            defender_conventional_cost, LadderGroup::theater_nuclear_war);
  e.defender_nuclear_cost =
      defender_nuclear_cost + s.theater_war.defender + s.loss_of_control * s.strategic.defender;
  e.p_theater_war = 1.0;
  e.p_strategic = s.loss_of_control;
  e.nuclear_use = true;
  e.coercion = coercion;
  return e;
}

}  // namespace

std::array<double, kLadderGroupCount> highest_groups(const Ending& end) {
  std::array<double, kLadderGroupCount> groups{};
  groups[static_cast<std::size_t>(LadderGroup::strategic_exchange)] += end.p_strategic;
  groups[static_cast<std::size_t>(LadderGroup::theater_nuclear_war)] +=
      end.p_theater_war - end.p_strategic;
  groups[static_cast<std::size_t>(end.chosen)] += 1.0 - end.p_theater_war;
  return groups;
}

Endings crisis_endings(const CrisisSetting& s) {
  const double conv_ch = s.conventional.challenger, conv_def = s.conventional.defender;
  const GroupCost& limited = s.limited_nuclear;
  Endings e;
  auto set = [&e](EndingId id, const Ending& end) { e[static_cast<std::size_t>(id)] = end; };
  // A crisis that erupted reaches coercive signalling even when the challenger stops there.
  set(EndingId::status_quo, plain("status quo", 0.0, 0.0, 0.0, LadderGroup::coercion));
  set(EndingId::patron_concedes,
      plain(s.ally_resists ? "patron stands aside, ally fights alone"
                           : "patron stands aside, ally yields",
            s.ally_resists ? s.success_alone : 1.0, conv_ch, 0.0, LadderGroup::conventional));
  set(EndingId::conventional_war,
      plain("conventional war", s.success_defended, conv_ch, conv_def, LadderGroup::conventional));
  // The ladder charges a level's first user the challenger's cost (the taboo's price) and the
  // side struck the defender's; when the patron strikes first the two change places. A theater
  // war after limited use carries the costs of that use too.
  const Ending war_after_coercion =
      theater_war("theater nuclear war after coercion", s, conv_ch + limited.challenger, conv_def,
                  limited.defender, true);
  Ending coerced = plain("patron backs down after limited nuclear use", 1.0,
                         conv_ch + limited.challenger, conv_def, LadderGroup::limited_nuclear);
  coerced.defender_nuclear_cost = limited.defender;
  coerced.nuclear_use = coerced.coercion = coerced.patron_yielded = true;
  set(EndingId::coerced, with_runaway(coerced, war_after_coercion, s.limited_loss_of_control));
  set(EndingId::war_after_coercion, war_after_coercion);
  const Ending war_after_first_use =
      theater_war("theater nuclear war after the patron's first use", s, conv_ch + limited.defender,
                  0.0, limited.challenger, false);
  Ending backs_down = plain("challenger backs down after the patron's first use", 0.0,
                            conv_ch + limited.defender, 0.0, LadderGroup::limited_nuclear);
  backs_down.defender_nuclear_cost = limited.challenger;
  backs_down.nuclear_use = true;
  set(EndingId::challenger_backs_down,
      with_runaway(backs_down, war_after_first_use, s.limited_loss_of_control));
  set(EndingId::war_after_first_use, war_after_first_use);
  // Standing aside under a nuclear threat is yielding to nuclear coercion short of use: a
  // strategically Hard patron pays for it as for backing down after limited use.
  Ending yields = ending(e, EndingId::patron_concedes);
  yields.label = s.ally_resists ? "patron stands aside under a nuclear threat, ally fights alone"
                                : "patron stands aside under a nuclear threat, ally yields";
  yields.patron_yielded = true;
  set(EndingId::yields_to_threat, yields);
  return e;
}

namespace {

std::array<double, kPatronTypeCount> independent_types(double pt, double ps) {
  return {pt * ps, pt * (1 - ps), (1 - pt) * ps, (1 - pt) * (1 - ps)};
}

}  // namespace

std::array<double, kPatronTypeCount> patron_type_priors(const CrisisSetting& s) {
  return independent_types(s.p_tactical, s.p_strategic);
}

std::array<double, kPatronTypeCount> patron_type_chances(const CrisisSetting& s) {
  return s.actual ? independent_types(s.actual->tactical, s.actual->strategic)
                  : patron_type_priors(s);
}

PatronWeights patron_weights(const CrisisSetting& s, const PatronType& type) {
  return patron_weights(s, crisis_endings(s), type);
}

PatronWeights patron_weights(const CrisisSetting& s, const Endings& e, const PatronType& type) {
  // Values start at face value (the ally's security worth the challenger's stakes, nuclear costs
  // as the ladder states them) and move only as far as the type's ordering requires.
  const double up = 1.0 + s.resolve_margin, down = 1.0 - s.resolve_margin;
  PatronWeights w;
  // Defending beats conceding iff value > conventional cost / (success conceded - defended).
  const Ending& conceded = ending(e, EndingId::patron_concedes);
  const Ending& defended = ending(e, EndingId::conventional_war);
  const double help = conceded.success - defended.success;
  if (help > 0.0) {
    const double indifference = defended.defender_conventional_cost / help;
    w.ally_value = type.tactically_hard ? std::max(1.0, up * indifference)
                                        : std::min(1.0, down * indifference);
  } else {
    w.ally_value = 1.0;  // defending cannot help: no value makes defending better
  }
  // Retaliating beats backing down iff aversion * extra nuclear cost < what retaliating gains
  // (for the ally, in conventional costs) + the cost of yielding.
  const Ending& war = ending(e, EndingId::war_after_coercion);
  const Ending& coerced = ending(e, EndingId::coerced);
  const double extra = war.defender_nuclear_cost - coerced.defender_nuclear_cost;
  const double gain = w.ally_value * (coerced.success - war.success) +
                      coerced.defender_conventional_cost - war.defender_conventional_cost;
  if (type.strategically_hard) {
    w.yielding_cost = std::max(0.0, up * (extra - gain));
  } else if (extra > 0.0 && gain > 0.0) {
    w.nuclear_aversion = std::max(1.0, up * gain / extra);
  }
  return w;
}

double challenger_payoff(const CrisisSetting& s, const Ending& end) {
  return s.stakes * end.success - end.challenger_cost;
}

double patron_payoff(const PatronWeights& w, const Ending& end) {
  return -w.ally_value * end.success - end.defender_conventional_cost -
         w.nuclear_aversion * end.defender_nuclear_cost -
         (end.patron_yielded ? w.yielding_cost : 0.0);
}

CrisisOutcome crisis_outcome(const CrisisSetting& s,
                             const std::array<double, kEndingCount>& ending_probability) {
  return crisis_outcome(crisis_endings(s), ending_probability);
}

CrisisOutcome crisis_outcome(const Endings& e,
                             const std::array<double, kEndingCount>& ending_probability) {
  CrisisOutcome out;
  out.ending = ending_probability;
  for (int i = 0; i < kEndingCount; ++i) {
    const Ending& end = e[static_cast<std::size_t>(i)];
    const double p = ending_probability[static_cast<std::size_t>(i)];
    if (static_cast<EndingId>(i) != EndingId::status_quo) out.p_invasion += p;
    if (end.nuclear_use) out.p_nuclear_use += p;
    if (end.coercion) out.p_coercion += p;
    out.p_invasion_success += p * end.success;
    out.p_strategic_exchange += p * end.p_strategic;
    const std::array<double, kLadderGroupCount> groups = highest_groups(end);
    for (std::size_t g = 0; g < groups.size(); ++g) out.highest_group[g] += p * groups[g];
  }
  return out;
}

}  // namespace umbrella
