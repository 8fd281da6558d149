#include "model/crisis/setting.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "model/logistic.h"

namespace umbrella {
namespace {

// A crisis that reaches a group reaches its entry level first; uncontrolled escalation moves one
// group up, to that group's entry level, not to the top of the ladder.
const LadderLevel& entry_level(const Ladder& ladder, LadderGroup group) {
  for (const LadderLevel& level : ladder.levels) {
    if (level.group == group) return level;
  }
  throw std::invalid_argument(std::string("the ladder has no level in group ") + name(group));
}

// The nuclear alert: the highest level short of war, where a threat leaves risk to chance.
const LadderLevel& brink_level(const Ladder& ladder) {
  const LadderLevel* brink = nullptr;
  for (const LadderLevel& level : ladder.levels) {
    if (level.group == LadderGroup::coercion) brink = &level;
  }
  if (brink == nullptr) throw std::invalid_argument("the ladder has no level in group coercion");
  return *brink;
}

GroupCost group_cost(const Ladder& ladder, LadderGroup group) {
  const LadderLevel& level = entry_level(ladder, group);
  return {level.challenger_cost, level.defender_cost};
}

// Moves `shift` (in -1..1) of each side's cost onto the other: a positive shift favours the
// challenger.
GroupCost shifted(GroupCost cost, double shift) {
  cost.challenger *= 1.0 - shift;
  cost.defender *= 1.0 + shift;
  return cost;
}

double share(double ours, double theirs) {
  const double both = ours + theirs;
  return both > 0.0 ? ours / both : 0.5;
}

}  // namespace

double challenger_strategic_share(const RuntimeState& rt, const Flashpoint& f) {
  return share(rt.states[f.adversary].arsenal.strategic.total(),
               rt.states[f.patron].arsenal.strategic.total());
}

double challenger_theater_share(const RuntimeState& rt, const Flashpoint& f) {
  const StateDynamics& ally = rt.states[f.ally];
  const double ally_own = ally.stage == Stage::acquired ? ally.arsenal.total() : 0.0;
  return share(rt.states[f.adversary].arsenal.theater[f.region].total(),
               rt.states[f.patron].arsenal.theater[f.region].total() + ally_own);
}

CrisisSetting crisis_setting(const World& world, const WorldIndex& index, const Parameters& params,
                             const RuntimeState& rt, int flashpoint) {
  const Flashpoint& f = world.flashpoints.at(static_cast<std::size_t>(flashpoint));
  if (!world.ladder.defined()) throw std::invalid_argument("the scenario defines no ladder");
  const AllianceId alliance = index.flashpoint_alliance.at(static_cast<std::size_t>(flashpoint));
  if (alliance < 0) throw std::invalid_argument("flashpoint " + f.id + " has no alliance");
  const StateDynamics& challenger = rt.states[f.adversary];
  const StateDynamics& patron = rt.states[f.patron];
  const StateDynamics& ally = rt.states[f.ally];
  const AllianceDynamics& posture = rt.alliances[alliance];

  CrisisSetting s;
  s.flashpoint = f.id;
  s.stakes = f.stakes;
  s.p_tactical =
      std::clamp(rt.flashpoints[static_cast<std::size_t>(flashpoint)].belief.value, 0.001, 0.999);
  const double strategic_balance =
      share(patron.arsenal.strategic.total(), challenger.arsenal.strategic.total()) - 0.5;
  // Strategic parity makes a patron less likely to run nuclear risks for its ally, in the
  // challenger's eyes and in fact alike.
  const auto strategic_given = [&](double tactical) {
    return logistic(std::log(tactical / (1.0 - tactical)) +
                    params[ParamId::crisis_strategic_weight] * strategic_balance);
  };
  s.p_strategic = strategic_given(s.p_tactical);
  if (f.patron_resolve >= 0.0) {
    const double resolve = std::clamp(f.patron_resolve, 0.001, 0.999);
    s.actual = CrisisSetting::Resolve{resolve, strategic_given(resolve)};
  }
  const double d = params[ParamId::crisis_defence_advantage];
  s.success_alone = share(challenger.conventional, d * ally.conventional);
  const double committed =
      std::max(posture.forward_presence, params[ParamId::crisis_wartime_commitment]);
  s.success_defended =
      share(challenger.conventional, d * (ally.conventional + committed * patron.conventional));
  s.success_theater = challenger_theater_share(rt, f);
  s.conventional = group_cost(world.ladder, LadderGroup::conventional);
  s.limited_nuclear = group_cost(world.ladder, LadderGroup::limited_nuclear);
  // The taboo's price falls on whoever uses nuclear weapons first (Tannenwald 1999); the
  // assumption nuclear_taboo scales it.
  s.limited_nuclear.challenger *= params[ParamId::crisis_taboo_weight];
  // Escalation dominance: at an even balance each side suffers the ladder's cost of a war; the
  // side with more weapons at that level suffers less and inflicts more. The theater balance
  // shifts a theater war's costs, the strategic balance a strategic exchange's.
  const double dominance = params[ParamId::crisis_escalation_dominance];
  s.theater_war = shifted(group_cost(world.ladder, LadderGroup::theater_nuclear_war),
                          dominance * (2.0 * s.success_theater - 1.0));
  s.strategic = shifted(group_cost(world.ladder, LadderGroup::strategic_exchange),
                        dominance * -2.0 * strategic_balance);
  // How far nuclear use can be controlled is contested (assumption escalation_control).
  const double control = params[ParamId::crisis_control_weight];
  s.limited_loss_of_control = std::min(
      1.0, control * entry_level(world.ladder, LadderGroup::limited_nuclear).loss_of_control);
  s.loss_of_control = std::min(
      1.0, control * entry_level(world.ladder, LadderGroup::theater_nuclear_war).loss_of_control);
  const LadderLevel& brink = brink_level(world.ladder);
  s.brink_risk = std::min(1.0, control * brink.loss_of_control);
  s.threat_cost = brink.challenger_cost;
  // The ally resists alone when the chance of keeping its security is worth the war's cost.
  s.ally_value = params[ParamId::crisis_ally_value];
  s.ally_resists = s.ally_value * s.success_alone + s.conventional.defender < s.ally_value;
  s.resolve_margin = params[ParamId::crisis_resolve_margin];
  s.resolve_dispersion = params[ParamId::crisis_resolve_dispersion];
  return s;
}

}  // namespace umbrella
