#include "model/proliferation.h"

#include <algorithm>
#include <cmath>

#include "core/date.h"
#include "model/logistic.h"

namespace umbrella {
namespace {

struct Coefficients {
  ParamId intercept, threat, rival_acquired, assurance, latency, support, npt, regime, sanctions;
};

constexpr Coefficients kHedge{
    ParamId::hedge_intercept, ParamId::hedge_threat,  ParamId::hedge_rival_acquired,
    ParamId::hedge_assurance, ParamId::hedge_latency, ParamId::hedge_support,
    ParamId::hedge_npt,       ParamId::hedge_regime,  ParamId::hedge_sanctions};
constexpr Coefficients kPursue{
    ParamId::pursue_intercept, ParamId::pursue_threat,  ParamId::pursue_rival_acquired,
    ParamId::pursue_assurance, ParamId::pursue_latency, ParamId::pursue_support,
    ParamId::pursue_npt,       ParamId::pursue_regime,  ParamId::pursue_sanctions};

bool rival_acquired_recently(const World& world, const WorldIndex& index, const Parameters& params,
                             const RuntimeState& rt, StateId s) {
  const double window = params[ParamId::rival_window_years];
  // No rival can have acquired within the window if no state has: most years of most runs.
  if (!(rt.last_acquisition_year > -kNever && rt.year - rt.last_acquisition_year <= window)) {
    return false;
  }
  for (int r : index.rivalries_of_state[s]) {
    if (!rt.rivalries[r].active) continue;
    const double acquired = rt.states[world.rivalries[r].adversary].acquired_year;
    if (acquired > -kNever && rt.year - acquired <= window) return true;
  }
  return false;
}

double up_logit(const Parameters& params, const HazardCovariates& x, const Coefficients& c) {
  return params[c.intercept] + params[c.threat] * x.threat +
         params[c.rival_acquired] * x.rival_acquired - params[c.assurance] * x.assurance +
         params[c.latency] * x.latency + params[c.support] * x.support -
         params[c.npt] * x.npt_party - params[c.regime] * x.regime -
         params[c.sanctions] * x.sanctions + x.norms;
}

bool protected_by_patron(const WorldIndex& index, const RuntimeState& rt, StateId s) {
  for (AllianceId a : index.alliances_of_ally[s]) {
    if (rt.alliances[a].active && rt.alliances[a].kind == AllianceKind::treaty) return true;
  }
  return false;
}

// D_i (1 + delta if designated): the state's exposure to the patron's sanctions.
double sanctions_exposure(const World& world, const Parameters& params, const RuntimeState& rt,
                          StateId s) {
  return world.states[s].dependence *
         (1.0 + (rt.states[s].designated ? params[ParamId::designation_boost] : 0.0));
}

void acquire(const World& world, RuntimeState& rt, StateId s, Trace* trace) {
  StateDynamics& d = rt.states[s];
  d.stage = Stage::acquired;
  d.acquired_year = rt.year;
  rt.last_acquisition_year = rt.year;
  // Acquisition means a deliverable device; the model does not grow new arsenals further.
  d.arsenal.strategic.reserve = std::max(d.arsenal.strategic.reserve, 1.0);
  ++rt.nuclear_armed;
  ++rt.acquisitions_this_year;
  if (trace != nullptr) {
    trace->add(rt.year + kYearEnd, world.states[s].code,
               "acquires a deliverable nuclear weapon after {:.1f} years of pursuit",
               d.pursuit_years);
  }
}

// The share of its breakout time a pursuer has run; a state with no breakout time is ready.
double clock_run(const StateDynamics& d) {
  return d.breakout_years > 0.0 ? std::min(1.0, d.pursuit_years / d.breakout_years) : 1.0;
}

// Pursuit: the clock runs toward breakout; an NPT party must leave first (Article X), and an
// unprotected pursuer risks a preventive strike (Monteiro & Debs' opportunity condition).
void advance_pursuit(const World& world, const WorldIndex& index, const Parameters& params,
                     RuntimeState& rt, StateId s, Rng& rng, Trace* trace) {
  StateDynamics& d = rt.states[s];
  if (!protected_by_patron(index, rt, s) && rng.bernoulli(params[ParamId::preventive_strike])) {
    d.stage = Stage::hedging;
    d.pursuit_years = 0.0;
    d.breakout_years += params[ParamId::preventive_setback_years];
    if (trace != nullptr) {
      trace->add(rt.year + kYearEnd, world.states[s].code,
                 "a preventive strike sets the programme back to hedging (breakout now {:.1f} "
                 "years)",
                 d.breakout_years);
    }
    return;
  }
  d.pursuit_years += 1.0;
  const bool bound_by_npt = d.npt == NptStatus::non_weapon_state;
  if (bound_by_npt && d.notice_effective == kNever) {
    const double hazard = logistic(params[ParamId::withdrawal_intercept] +
                                   params[ParamId::withdrawal_threat] * d.threat);
    if (d.pursuit_years >= d.breakout_years || rng.bernoulli(hazard)) {
      const double given = rt.year + rng.uniform();
      d.notice_effective = given + params[ParamId::notice_months] / 12.0;
      // Dated when given, so that the narrative tells the notice before the withdrawal.
      if (trace != nullptr) {
        Date effective = date_at(d.notice_effective);
        effective.day = 0;
        trace->add(given, world.states[s].code,
                   "gives notice of withdrawal from the NPT (Article X), effective {}",
                   effective.to_string());
      }
    }
  }
  if (bound_by_npt) return;
  // Under hazard timing the clock raises a yearly chance of arriving instead of deciding it.
  const bool arrives =
      params[ParamId::acquire_hazard_timing] >= 0.5
          ? rng.bernoulli(arrival_hazard(params, {.latency = d.latency, .clock = clock_run(d)}))
          : d.pursuit_years >= d.breakout_years;
  if (arrives) acquire(world, rt, s, trace);
}

}  // namespace

void update_growth_factors(const WorldIndex& index, const Parameters& params, RuntimeState& rt) {
  const double elasticity = params[ParamId::threat_growth_elasticity];
  for (StateId adversary : index.adversaries) {
    const double start = rt.start_total[adversary];
    const double ratio = start > 0.0 ? rt.states[adversary].arsenal.total() / start : 1.0;
    // Most arsenals stay at their start value; pow is the costliest call of the year.
    rt.states[adversary].growth_factor = ratio == 1.0 ? 1.0 : std::pow(ratio, elasticity);
  }
}

double threat_to(const World& world, const WorldIndex& index, const RuntimeState& rt, StateId s) {
  double worst = 0.0;
  for (int r : index.rivalries_of_state[s]) {
    const RivalryDynamics& rivalry = rt.rivalries[r];
    if (!rivalry.active) continue;
    worst = std::max(worst, rivalry.threat * rt.states[world.rivalries[r].adversary].growth_factor);
  }
  return std::min(worst, 1.0);
}

namespace {

// The covariates of the hazards up (up_logit), without those of stepping back and arriving.
// Inline: the hazards up take them once per state and year, and inlined they stay in registers
// instead of passing through a struct in memory.
inline HazardCovariates up_covariates(const World& world, const WorldIndex& index,
                                      const Parameters& params, const RuntimeState& rt, StateId s) {
  const StateDynamics& d = rt.states[s];
  HazardCovariates x;
  x.threat = d.threat;
  x.rival_acquired = rival_acquired_recently(world, index, params, rt, s) ? 1.0 : 0.0;
  x.assurance = d.assurance;
  x.latency = d.latency;
  x.support = d.public_support;
  x.npt_party = d.npt == NptStatus::non_weapon_state ? 1.0 : 0.0;
  x.regime = rt.regime_strength;
  x.sanctions = sanctions_exposure(world, params, rt, s);
  x.norms = d.norms;
  return x;
}

// The logit of the hazard up of state `s`, at none or hedging.
double up_hazard_logit(const World& world, const WorldIndex& index, const Parameters& params,
                       const RuntimeState& rt, StateId s) {
  const HazardCovariates x = up_covariates(world, index, params, rt, s);
  return up_logit(params, x, rt.states[s].stage == Stage::none ? kHedge : kPursue);
}

}  // namespace

HazardCovariates hazard_covariates(const World& world, const WorldIndex& index,
                                   const Parameters& params, const RuntimeState& rt, StateId s) {
  HazardCovariates x = up_covariates(world, index, params, rt, s);
  x.pressure = protected_by_patron(index, rt, s) ? world.states[s].dependence : 0.0;
  x.clock = clock_run(rt.states[s]);
  return x;
}

double arrival_hazard(const Parameters& params, const HazardCovariates& x) {
  return logistic(params[ParamId::acquire_intercept] +
                  params[ParamId::acquire_latency] * x.latency +
                  params[ParamId::acquire_clock] * x.clock);
}

double up_hazard(const World& world, const WorldIndex& index, const Parameters& params,
                 const RuntimeState& rt, StateId s) {
  const Stage stage = rt.states[s].stage;
  if (stage != Stage::none && stage != Stage::hedging) return 0.0;
  return logistic(up_hazard_logit(world, index, params, rt, s));
}

double down_hazard(const World& world, const WorldIndex& index, const Parameters& params,
                   const RuntimeState& rt, StateId s) {
  const StateDynamics& d = rt.states[s];
  if (d.stage != Stage::hedging && d.stage != Stage::pursuit) return 0.0;
  const double pressure = protected_by_patron(index, rt, s) ? world.states[s].dependence : 0.0;
  double logit =
      params[ParamId::reverse_intercept] + params[ParamId::reverse_assurance] * d.assurance -
      params[ParamId::reverse_threat] * d.threat + params[ParamId::reverse_pressure] * pressure;
  // Sanctions and negotiated rollback (off by default: the term is skipped, not added as 0).
  if (params[ParamId::reverse_sanctions] != 0.0) {
    logit += params[ParamId::reverse_sanctions] * sanctions_exposure(world, params, rt, s);
  }
  return logistic(logit);
}

Hazards proliferation_hazards(const World& world, const WorldIndex& index, const Parameters& params,
                              const RuntimeState& rt, StateId s) {
  return {up_hazard(world, index, params, rt, s), down_hazard(world, index, params, rt, s)};
}

void set_observed_stage(const World& world, RuntimeState& rt, StateId s, Stage stage,
                        Trace* trace) {
  StateDynamics& d = rt.states[s];
  if (stage == d.stage) return;
  if (stage == Stage::acquired) {
    d.pursuit_years = 0.0;
    acquire(world, rt, s, trace);
    return;
  }
  if (d.stage == Stage::acquired) --rt.nuclear_armed;
  if (stage == Stage::pursuit && d.stage != Stage::pursuit) d.pursuit_years = 0.0;
  d.stage = stage;
}

void update_proliferation(const World& world, const WorldIndex& index, const Parameters& params,
                          RuntimeState& rt, Rng& rng, Trace* trace) {
  update_growth_factors(index, params, rt);
  for (std::size_t i = 0; i < world.states.size(); ++i) {
    const auto s = static_cast<StateId>(i);
    StateDynamics& d = rt.states[i];
    // A state before independence or after dissolution keeps the stage it has.
    if (d.stage == Stage::acquired || !d.exists) continue;
    d.threat = threat_to(world, index, rt, s);
    // One draw decides the year: up with probability h_up, otherwise down with h_down. The
    // down hazard is computed only when the draw gets that far.
    const double u = rng.uniform();
    const Stage before = d.stage;
    // A threshold state keeps its latent capability and draws nothing more.
    if (d.threshold) continue;
    double up = 0.0;
    double down = 0.0;
    if (d.stage != Stage::pursuit) {
      const double logit = up_hazard_logit(world, index, params, rt, s);
      // Most years the draw keeps a state at none, and saying so needs no exp; a trace tells
      // the hazard, so it takes it.
      if (d.stage == Stage::none && trace == nullptr && surely_above_logistic(u, logit)) continue;
      up = logistic(logit);
    }
    if (d.stage == Stage::pursuit) {
      down = down_hazard(world, index, params, rt, s);
      if (u < down) {
        d.stage = Stage::hedging;
        d.pursuit_years = 0.0;
        // Given that it steps back, u / down is uniform on [0, 1): the same draw decides whether
        // it settles as a threshold state, with chance `proliferation.threshold.share`, so the
        // other draws do not move.
        if (u < down * params[ParamId::threshold_share]) {
          d.threshold = true;
          if (trace != nullptr) {
            trace->add(rt.year + kYearEnd, world.states[i].code,
                       "ends its programme and settles as a threshold state (latency {:.2f})",
                       d.latency);
          }
        }
      } else {
        advance_pursuit(world, index, params, rt, s, rng, trace);
      }
    } else if (u < up) {
      d.stage = static_cast<Stage>(static_cast<int>(d.stage) + 1);
    } else if (d.stage == Stage::hedging) {
      down = down_hazard(world, index, params, rt, s);
      if (u < up + (1.0 - up) * down) d.stage = Stage::none;
    }
    if (trace != nullptr && d.stage != before && d.stage != Stage::acquired) {
      trace->add(rt.year + kYearEnd, world.states[i].code,
                 "moves from {} to {} (threat {:.2f}, assurance {:.2f}, yearly hazard up {:.3f}, "
                 "down {:.3f})",
                 name(before), name(d.stage), d.threat, d.assurance, up, down);
    }
  }
}

}  // namespace umbrella
