#pragma once
// A small hand-built world for mechanism tests: a patron (PAT), two allies in one region (ALA,
// ALB), one ally elsewhere (ALC), and an armed adversary (ADV) threatening ALA and ALB.
#include "model/parameters.h"
#include "model/runtime.h"
#include "model/world_index.h"
#include "world/world.h"

namespace umbrella::testing {

inline State make_state(const std::string& code, RegionId region, Stage stage) {
  State s;
  s.code = code;
  s.name = code;
  s.region = region;
  s.stage = stage;
  s.npt = stage == Stage::acquired ? NptStatus::weapon_state : NptStatus::non_weapon_state;
  s.conventional = 100;
  s.latency = 0.5;
  s.breakout_years = 2;
  s.public_support = 0.5;
  return s;
}

inline World small_world() {
  World w;
  w.regions = {"asia", "europe"};
  w.states.push_back(make_state("PAT", 1, Stage::acquired));
  w.states[0].arsenal.strategic = {1500, 2000};
  w.states.push_back(make_state("ALA", 0, Stage::none));
  w.states.push_back(make_state("ALB", 0, Stage::none));
  w.states.push_back(make_state("ALC", 1, Stage::none));
  w.states.push_back(make_state("ADV", 0, Stage::acquired));
  w.states[4].arsenal.strategic = {100, 300};
  w.states[4].arsenal.theater[0] = {0, 200};
  w.principal_patron = 0;
  for (StateId ally : {1, 2, 3}) {
    Alliance a;
    a.patron = 0;
    a.ally = ally;
    a.region = w.states[ally].region;
    a.forward_presence = 0.5;
    a.initial_credibility = 0.5;
    w.alliances.push_back(a);
  }
  w.rivalries.push_back({1, 4, 0.8, "test", {}});
  w.rivalries.push_back({2, 4, 0.6, "test", {}});
  return w;
}

// Parameters at the 2025 baseline's values for the mechanisms tested here.
inline Parameters test_parameters() {
  Parameters p;
  p[ParamId::signal_support] = 1.0;
  p[ParamId::signal_reassurance] = 0.5;
  p[ParamId::signal_neglect] = 1.0;
  p[ParamId::signal_coercion] = 1.5;
  p[ParamId::signal_appeasement] = 2.0;
  p[ParamId::signal_abandonment] = 4.0;
  p[ParamId::signal_designation] = 1.0;
  p[ParamId::weight_positive] = 0.5;
  p[ParamId::weight_negative] = 1.0;
  p[ParamId::shock_threshold] = 3.0;
  p[ParamId::shock_discount] = 0.7;
  p[ParamId::spillover_same_region] = 0.5;
  p[ParamId::spillover_other_region] = 0.25;
  p[ParamId::memory] = 0.9;
  p[ParamId::prior_strength] = 20;
  p[ParamId::capability_weight] = 0.5;
  p[ParamId::cap_theater_balance] = 1.0;
  p[ParamId::cap_strategic_balance] = 2.0;
  p[ParamId::cap_conventional_balance] = 2.0;
  p[ParamId::cap_forward_presence] = 1.0;
  p[ParamId::cap_sharing_nato] = 0.5;
  p[ParamId::cap_sharing_bilateral] = 0.6;
  p[ParamId::cap_introduction] = 0.3;
  p[ParamId::cap_kind_ambiguous] = -1.0;
  p[ParamId::cap_kind_partner] = -2.0;
  p[ParamId::poll_assimilation] = 0.5;
  p[ParamId::arsenal_reaction] = 0.2;
  p[ParamId::arsenal_upload_rate] = 0.2;
  p[ParamId::arsenal_counting_ratio] = 1.0;
  p[ParamId::hedge_intercept] = -5.0;
  p[ParamId::hedge_threat] = 3.0;
  p[ParamId::hedge_rival_acquired] = 1.61;
  p[ParamId::hedge_assurance] = 3.0;
  p[ParamId::hedge_latency] = 1.5;
  p[ParamId::hedge_support] = 2.0;
  p[ParamId::hedge_npt] = 0.7;
  p[ParamId::hedge_regime] = 1.0;
  p[ParamId::hedge_sanctions] = 1.0;
  p[ParamId::pursue_intercept] = -4.0;
  p[ParamId::pursue_threat] = 3.0;
  p[ParamId::pursue_rival_acquired] = 0.2;
  p[ParamId::pursue_assurance] = 4.0;
  p[ParamId::pursue_latency] = 2.0;
  p[ParamId::pursue_support] = 2.0;
  p[ParamId::pursue_npt] = 1.0;
  p[ParamId::pursue_regime] = 1.5;
  p[ParamId::pursue_sanctions] = 1.5;
  p[ParamId::designation_boost] = 0.5;
  p[ParamId::reverse_intercept] = -3.0;
  p[ParamId::reverse_assurance] = 2.0;
  p[ParamId::reverse_threat] = 2.0;
  p[ParamId::reverse_pressure] = 1.0;
  p[ParamId::threat_growth_elasticity] = 0.3;
  p[ParamId::rival_window_years] = 10;
  p[ParamId::preventive_strike] = 0.15;
  p[ParamId::preventive_setback_years] = 2;
  p[ParamId::regime_initial_strength] = 0.7;
  p[ParamId::regime_recovery] = 0.05;
  p[ParamId::regime_acquisition_shock] = 0.1;
  p[ParamId::regime_withdrawal_shock] = 0.05;
  p[ParamId::withdrawal_intercept] = -3.0;
  p[ParamId::withdrawal_threat] = 2.0;
  p[ParamId::notice_months] = 3;
  return p;
}

}  // namespace umbrella::testing
