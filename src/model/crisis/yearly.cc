#include "model/crisis/yearly.h"

#include <array>

#include "model/credibility.h"
#include "model/crisis/equilibrium.h"
#include "model/crisis/eruption.h"

namespace umbrella {
namespace {

// Crises are dated mid-year: after the year's dated events, before its proliferation decisions.
constexpr double kCrisisTime = 0.5;

EndingId draw_ending(const CrisisOutcome& outcome, double u) {
  double cumulative = 0.0;
  for (int i = 0; i < kEndingCount; ++i) {
    cumulative += outcome.ending[static_cast<std::size_t>(i)];
    if (u < cumulative) return static_cast<EndingId>(i);
  }
  return EndingId::status_quo;  // u beyond a sum rounded below 1
}

bool patron_fought(EndingId id) {
  return id == EndingId::conventional_war || id == EndingId::war_after_coercion ||
         id == EndingId::challenger_backs_down || id == EndingId::war_after_first_use;
}

void lose_theater_forces(RuntimeState& rt, StateId state, RegionId region, double share) {
  double& lost = rt.states[state].theater_lost[static_cast<std::size_t>(region)];
  lost = 1.0 - (1.0 - lost) * (1.0 - share);
  rt.theater_forces_lost = true;
}

}  // namespace

void update_crises(const World& world, const WorldIndex& index, const Parameters& params,
                   RuntimeState& rt, const StreamKey& key, Trace* trace) {
  Rng eruptions(key);
  const bool world_moves_hazard = eruption_depends_on_world(params);
  for (std::size_t f = 0; f < world.flashpoints.size(); ++f) {
    const Flashpoint& flashpoint = world.flashpoints[f];
    FlashpointDynamics& d = rt.flashpoints[f];
    const double erupts = eruptions.uniform();
    d.crisis = d.threat = d.coercion = d.invasion = d.invasion_success = d.nuclear_use = false;
    d.highest = LadderGroup::sub_crisis;
    // No crisis tests an alliance that is not yet signed or already ended.
    const AllianceId alliance = index.flashpoint_alliance[f];
    const bool allied = alliance < 0 || rt.alliances[alliance].active;
    note_strategic_share(world, rt, f);
    if (d.closed || !allied) continue;
    double hazard = flashpoint.eruption_rate;
    if (world_moves_hazard) {
      const EruptionCovariates x = eruption_covariates(world, rt, f);
      // The rate is the rate of the World in which the flashpoint is first at risk.
      if (!d.eruption.has_reference) d.eruption.reference = x;
      d.eruption.has_reference = true;
      hazard = eruption_hazard(hazard, params, x, d.eruption.reference);
    }
    if (erupts >= hazard) continue;
    d.eruption.last_crisis_year = rt.year;
    Rng play(key, static_cast<std::uint32_t>(f + 1));
    const std::array<double, 3> u = {play.uniform(), play.uniform(), play.uniform()};

    const CrisisSetting setting = crisis_setting(world, index, params, rt, static_cast<int>(f));
    const CrisisEquilibrium eq = solve_crisis_equilibrium(setting);
    const EndingId id = draw_ending(eq.outcome, u[0]);
    const Ending end = crisis_endings(setting)[static_cast<std::size_t>(id)];
    // Whether nuclear use ran out of control, then whether the challenger got its way.
    d.highest = u[1] < end.p_strategic     ? LadderGroup::strategic_exchange
                : u[1] < end.p_theater_war ? LadderGroup::theater_nuclear_war
                                           : end.chosen;
    const bool theater_war = d.highest >= LadderGroup::theater_nuclear_war;
    const bool strategic = d.highest == LadderGroup::strategic_exchange;
    d.crisis = true;
    d.invasion = id != EndingId::status_quo;
    d.threat = d.invasion && eq.threatens;
    d.invasion_success = u[2] < (theater_war ? setting.success_theater : end.success_controlled);
    d.coercion = end.coercion;
    d.nuclear_use = end.nuclear_use;

    const double when = rt.year + kCrisisTime;
    if (trace != nullptr) {
      trace->add(when, flashpoint.id,
                 "crisis: {}{} (P(invade) {:.3f}, patron Hard {:.2f} tactically, {:.2f} "
                 "strategically){}{}",
                 d.threat ? "under a nuclear threat, " : "", end.label, eq.p_invade,
                 setting.p_tactical, setting.p_strategic,
                 d.invasion
                     ? (d.invasion_success ? "; the invasion succeeds" : "; the invasion fails")
                     : "",
                 strategic ? "; it runs out of control into a strategic exchange" : "");
    }
    if (!d.invasion) continue;
    if (d.nuclear_use) ++rt.nuclear_uses_this_year;
    if (theater_war) {
      const double losses = params[ParamId::crisis_theater_war_losses];
      lose_theater_forces(rt, flashpoint.adversary, flashpoint.region, losses);
      lose_theater_forces(rt, flashpoint.patron, flashpoint.region, losses);
    }
    // Every ally of the patron reads what it did for this one.
    apply_act(world, index, params, rt, flashpoint.patron, flashpoint.ally,
              patron_fought(id) ? ActType::support : ActType::abandonment, 1.0, when, trace);
    if (d.invasion_success) d.closed = true;
  }
}

}  // namespace umbrella
