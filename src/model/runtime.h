#pragma once
// The mutable part of the World during one replicate. The World itself stays immutable (names,
// sources, structure); what the mechanisms change lives here in flat arrays indexed like the
// World's, so a replicate resets by assignment without allocating.
#include <array>
#include <limits>
#include <vector>

#include "model/logistic.h"
#include "world/world.h"

namespace umbrella {

inline constexpr double kNever = std::numeric_limits<double>::infinity();
// Yearly mechanisms act at the end of the year; their narrative lines are dated there.
inline constexpr double kYearEnd = 0.99;

struct StateDynamics {
  bool exists = true;  // between the state's `from` and `until`
  Stage stage = Stage::none;
  NptStatus npt = NptStatus::non_weapon_state;
  Arsenal arsenal;
  double conventional = 0.0;
  double latency = 0.0;
  double breakout_years = 0.0;
  double public_support = 0.0;
  double norms = 0.0;
  bool designated = false;  // the patron has named it a proliferation concern
  // A threshold state: a former pursuer that settled at hedging (latent capability, no programme)
  // and draws no further transitions (docs/model.md#proliferation, threshold end state).
  bool threshold = false;
  double pursuit_years = 0.0;        // years spent in pursuit
  double acquired_year = -kNever;    // when it acquired (for rivals' reactive hazards)
  double notice_effective = kNever;  // when a given Article X notice takes effect
  double reaction_uploaded = 0.0;    // strategic warheads uploaded in reaction to rivals
  double growth_factor = 1.0;        // (arsenal / start arsenal)^elasticity, this year
  double threat = 0.0;               // this year's threat (proliferation mechanism)
  double assurance = 0.0;            // this year's combined credibility of its patrons
  // Share of its theater warheads lost in each region to theater nuclear war; applied after the
  // dated paths, which describe plans, not wars.
  std::array<double, kMaxRegions> theater_lost{};
};

// The challenger's belief that the patron behind the flashpoint's ally will defend it, formed
// like an ally's credibility (docs/model.md#crises): a Beta reputation read from the patron's
// acts and a capability term from the balance and the alliance's posture, from its own start.
struct ChallengerBelief {
  double alpha = 1.0, beta = 1.0;
  double alpha0 = 1.0, beta0 = 1.0;
  double capability_offset = 0.0;
  double capability = 0.0;
  RepeatedLogistic capability_of_logit;  // capability from its logit, the exp skipped on repeats
  double value = 0.0;  // the combination: the challenger's prior that the patron is Hard
  double reputation() const { return alpha / (alpha + beta); }
};

// What the eruption hazard remembers of a flashpoint (model/crisis/eruption.h).
inline constexpr int kShiftYears = 5;  // the power shift is measured over this many years
struct EruptionMemory {
  bool started = false;  // the strategic shares below are filled
  // The challenger's share of the dyad's strategic warheads in the last kShiftYears years, each
  // in the slot year % kShiftYears.
  std::array<double, kShiftYears> strategic_share{};
  double shift = 0.0;  // this year's share less that of kShiftYears years before
  double last_crisis_year = -kNever;
  bool has_reference = false;  // the covariates of the first year at risk are kept
  std::array<double, 4> reference{};
};

// A flashpoint's crisis history and this year's crisis, if one erupted.
struct FlashpointDynamics {
  ChallengerBelief belief;
  bool closed = false;  // the challenger has taken what it sought: no further crises here
  bool crisis = false;
  bool threat = false;  // the invasion came under a nuclear threat short of use
  bool coercion = false;
  bool invasion = false;
  bool invasion_success = false;
  bool nuclear_use = false;
  LadderGroup highest = LadderGroup::sub_crisis;  // the highest group this year's crisis reached
  EruptionMemory eruption;
};

struct AllianceDynamics {
  bool active = true;  // between the alliance's `from` and `until`
  AllianceKind kind = AllianceKind::treaty;
  double forward_presence = 0.0;
  Sharing sharing = Sharing::none;
  bool introduction = false;
  double alpha = 1.0, beta = 1.0;        // reputation: Beta(alpha, beta) belief in the patron
  double alpha0 = 1.0, beta0 = 1.0;      // the starting reputation, to which memory reverts
  double capability_offset = 0.0;        // calibrates capability to the measured start credibility
  double capability = 0.0;               // credibility from the current balance and posture
  RepeatedLogistic capability_of_logit;  // capability from its logit, the exp skipped on repeats
  // This year's capability_logit (before the offset), which the challengers facing the ally read
  // too; set by update_credibility while the alliance is active.
  double balance_logit = 0.0;
  double credibility = 0.0;  // the combination of capability and reputation
  double reputation() const { return alpha / (alpha + beta); }
};

struct RivalryDynamics {
  bool active = true;  // between the rivalry's `from` and `until`
  double threat = 0.0;
};

struct RuntimeState {
  double year = 0.0;
  std::vector<StateDynamics> states;
  std::vector<AllianceDynamics> alliances;
  std::vector<FlashpointDynamics> flashpoints;
  std::vector<RivalryDynamics> rivalries;
  std::vector<double> start_strategic;  // each state's strategic total at the start
  std::vector<double> start_total;      // each state's whole arsenal at the start
  double regime_strength = 0.0;
  // The level regime strength recovers toward once a regime_change has set it; before that,
  // the parameter regime.initial_strength (which levers may move).
  bool regime_target_set = false;
  double regime_target = 0.0;
  int nuclear_armed = 0;
  // The latest acquisition of the run, any state's (set with StateDynamics::acquired_year): the
  // reactive covariate looks at a state's rivals only when it is recent enough to matter.
  double last_acquisition_year = -kNever;
  int acquisitions_this_year = 0;
  int withdrawals_this_year = 0;
  int nuclear_uses_this_year = 0;    // crises with nuclear use
  bool theater_forces_lost = false;  // some state's theater_lost is above zero
};

// The runtime state at the start of a run, before any event or mechanism applies.
RuntimeState initial_runtime(const World& world);

}  // namespace umbrella
