#pragma once
// Every model parameter, once. Each mechanism reads its parameters by id from a flat array; the
// scenario file gives each one a value, an uncertainty range or distribution and a source.
// Columns: id, scenario name, lowest valid value, highest valid value, what it means.
// The valid bounds are the parameter's domain (a probability lies in [0, 1]); the scenario's
// range is the analyst's uncertainty and must lie inside them.
// clang-format off
#define UMBRELLA_PARAMETERS(X) \
  X(signal_support,            "credibility.signal.support",            0, 20, "pseudo-observations of reliability added by an act of support") \
  X(signal_reassurance,        "credibility.signal.reassurance",        0, 20, "... by a declaratory reassurance") \
  X(signal_neglect,            "credibility.signal.neglect",            0, 20, "pseudo-observations of unreliability added by an act of neglect") \
  X(signal_coercion,           "credibility.signal.coercion",           0, 20, "... by coercion of a partner (tariff or basing threats)") \
  X(signal_appeasement,        "credibility.signal.appeasement",        0, 20, "... by courting an adversary") \
  X(signal_abandonment,        "credibility.signal.abandonment",        0, 20, "... by abandoning a partner (aid or intelligence halted)") \
  X(signal_designation,        "credibility.signal.designation",        0, 20, "... by designating a partner a proliferation concern") \
  X(weight_positive,           "credibility.weight_positive",           0, 5,  "weight of good news in allies' updating (Mercer)") \
  X(weight_negative,           "credibility.weight_negative",           0, 5,  "weight of bad news in allies' updating (Mercer)") \
  X(shock_threshold,           "credibility.shock_threshold",           0, 100, "signal size above which the prior is discounted first") \
  X(shock_discount,            "credibility.shock_discount",            0, 1,  "factor on the prior's pseudo-counts before a shock (Donahue & Crescenzi)") \
  X(spillover_same_region,     "credibility.spillover_same_region",     0, 1,  "weight of an act toward another partner in the ally's region") \
  X(spillover_other_region,    "credibility.spillover_other_region",    0, 1,  "weight of an act toward a partner in another region") \
  X(memory,                    "credibility.memory",                    0, 1,  "yearly retention of evidence; the rest reverts to the prior") \
  X(prior_strength,            "credibility.prior_strength",            1, 1000, "pseudo-observations behind the starting reputation") \
  X(capability_weight,         "credibility.capability_weight",         0, 1,  "weight of current capability vs past actions (Press vs Weisiger & Yarhi-Milo)") \
  X(cap_theater_balance,       "credibility.capability.theater_balance", -5, 5, "per unit log ratio of theater forces, patron+ally vs adversary") \
  X(cap_strategic_balance,     "credibility.capability.strategic_balance", -5, 5, "per unit log ratio of strategic forces, patron vs adversary") \
  X(cap_conventional_balance,  "credibility.capability.conventional_balance", -5, 5, "per unit log ratio of conventional strength in theater") \
  X(cap_forward_presence,      "credibility.capability.forward_presence", -5, 5, "per unit of forward presence (0..1)") \
  X(cap_sharing_nato,          "credibility.capability.sharing_nato",   -5, 5,  "NATO-style nuclear sharing") \
  X(cap_sharing_bilateral,     "credibility.capability.sharing_bilateral", -5, 5, "bilateral nuclear sharing") \
  X(cap_introduction,          "credibility.capability.introduction",   -5, 5,  "declared introduction policy") \
  X(cap_kind_ambiguous,        "credibility.capability.kind_ambiguous", -10, 10, "an ambiguous commitment, relative to a treaty") \
  X(cap_kind_partner,          "credibility.capability.kind_partner",   -10, 10, "a partner without commitment, relative to a treaty") \
  X(poll_assimilation,         "credibility.poll_assimilation",         0, 1,  "share of the gap to a credibility poll closed when it is published") \
  X(patron_neglect_rate,       "patron.neglect_rate",                   0, 50, "expected acts of neglect per year toward the patron's partners") \
  X(patron_support_rate,       "patron.support_rate",                   0, 50, "expected acts of support per year toward the patron's partners") \
  X(arsenal_reaction,          "arsenal.reaction",                      0, 2,  "deployed strategic warheads added per warhead of rivals' strategic growth") \
  X(arsenal_upload_rate,       "arsenal.upload_rate",                   0, 1,  "share of the strategic reserve that can be uploaded in a year") \
  X(arsenal_counting_ratio,    "arsenal.treaty_counting_ratio",         0.5, 2, "estimated deployed warheads per treaty-counted warhead") \
  X(arsenal_growth_after_path, "arsenal.growth_after_path",             -0.2, 0.5, "yearly relative growth after a path's last dated target") \
  X(hedge_intercept,           "proliferation.hedge.intercept",         -20, 5, "logit of the yearly hazard none -> hedging at zero covariates") \
  X(hedge_threat,              "proliferation.hedge.threat",            0, 10, "per unit of threat (0..1)") \
  X(hedge_rival_acquired,      "proliferation.hedge.rival_acquired",    0, 5,  "log hazard ratio after a rival acquires (Bleek: about ln 5)") \
  X(hedge_assurance,           "proliferation.hedge.assurance",         0, 10, "reduction per unit of assurance (0..1)") \
  X(hedge_latency,             "proliferation.hedge.latency",           0, 10, "per unit of latency (0..1)") \
  X(hedge_support,             "proliferation.hedge.support",           0, 10, "per unit of public support (0..1)") \
  X(hedge_npt,                 "proliferation.hedge.npt",               0, 10, "reduction for an NPT party") \
  X(hedge_regime,              "proliferation.hedge.regime",            0, 10, "reduction per unit of NPT regime strength") \
  X(hedge_sanctions,           "proliferation.hedge.sanctions",         0, 10, "reduction per unit of dependence on the patron") \
  X(pursue_intercept,          "proliferation.pursue.intercept",        -20, 5, "logit of the yearly hazard hedging -> pursuit at zero covariates") \
  X(pursue_threat,             "proliferation.pursue.threat",           0, 10, "per unit of threat") \
  X(pursue_rival_acquired,     "proliferation.pursue.rival_acquired",   0, 5,  "log hazard ratio after a rival acquires") \
  X(pursue_assurance,          "proliferation.pursue.assurance",        0, 10, "reduction per unit of assurance") \
  X(pursue_latency,            "proliferation.pursue.latency",          0, 10, "per unit of latency") \
  X(pursue_support,            "proliferation.pursue.support",          0, 10, "per unit of public support") \
  X(pursue_npt,                "proliferation.pursue.npt",              0, 10, "reduction for an NPT party") \
  X(pursue_regime,             "proliferation.pursue.regime",           0, 10, "reduction per unit of regime strength") \
  X(pursue_sanctions,          "proliferation.pursue.sanctions",        0, 10, "reduction per unit of dependence on the patron") \
  X(designation_boost,         "proliferation.designation_boost",       0, 10, "extra sanctions weight once the patron designates the state") \
  X(reverse_intercept,         "proliferation.reverse.intercept",       -20, 5, "logit of the yearly hazard of stepping back one stage") \
  X(reverse_assurance,         "proliferation.reverse.assurance",       0, 10, "per unit of assurance") \
  X(reverse_threat,            "proliferation.reverse.threat",          0, 10, "reduction per unit of threat") \
  X(reverse_pressure,          "proliferation.reverse.pressure",        0, 10, "per unit of dependence on a treaty patron that presses its ally to stop") \
  X(acquire_hazard_timing,     "proliferation.acquire.hazard_timing",   0, 1,  "1: a pursuer arrives at the bomb by a yearly hazard; 0: when its breakout clock runs out") \
  X(acquire_intercept,         "proliferation.acquire.intercept",       -20, 10, "logit of the yearly hazard of arriving at a weapon while pursuing (hazard timing)") \
  X(acquire_latency,           "proliferation.acquire.latency",         0, 10, "per unit of latency") \
  X(acquire_clock,             "proliferation.acquire.clock",           0, 20, "per unit of the breakout clock run, min(1, years pursued / breakout years)") \
  X(threat_growth_elasticity,  "proliferation.threat_growth_elasticity", 0, 2, "threat scales as (adversary arsenal / its start value)^e") \
  X(rival_window_years,        "proliferation.rival_window_years",      0, 50, "years a rival's acquisition keeps raising hazards") \
  X(preventive_strike,         "proliferation.preventive_strike",       0, 1,  "yearly chance that an unprotected pursuer is struck back to hedging") \
  X(preventive_setback_years,  "proliferation.preventive_setback_years", 0, 20, "years added to breakout by a preventive strike") \
  X(regime_initial_strength,   "regime.initial_strength",               0, 1,  "NPT regime strength at the start") \
  X(regime_recovery,           "regime.recovery",                       0, 1,  "yearly share of the gap to the initial strength recovered") \
  X(regime_acquisition_shock,  "regime.acquisition_shock",              0, 1,  "strength lost per new nuclear-armed state") \
  X(regime_withdrawal_shock,   "regime.withdrawal_shock",               0, 1,  "strength lost per Article X withdrawal") \
  X(withdrawal_intercept,      "regime.withdrawal.intercept",           -20, 5, "logit of the yearly hazard that a pursuing NPT party gives notice") \
  X(withdrawal_threat,         "regime.withdrawal.threat",              0, 10, "per unit of threat") \
  X(notice_months,             "regime.notice_months",                  0, 24, "months between an Article X notice and withdrawal") \
  X(crisis_resolve_margin,     "crisis.resolve_margin",                 0.01, 0.99, "how far each patron type's values lie from the indifference that separates Hard from Soft") \
  X(crisis_ally_value,         "crisis.ally_value",                     0, 20, "the ally's value of its own security, in units of the challenger's stakes") \
  X(crisis_strategic_weight,   "crisis.strategic_balance_weight",       0, 10, "logit shift of strategic credibility per unit of strategic balance") \
  X(crisis_defence_advantage,  "crisis.defence_advantage",              1, 10, "attacker's force ratio needed for even odds of conquest") \
  X(crisis_wartime_commitment, "crisis.wartime_commitment",             0, 1,  "share of the patron's conventional strength it brings to a war in the ally's defence (at least its forward presence)") \
  X(crisis_resolve_dispersion, "crisis.resolve_dispersion",             0, 5,  "scale of the challenger's private value of war (logistic), in units of its stakes") \
  X(crisis_taboo_weight,       "crisis.taboo_weight",                   0, 5,  "multiplies the first user's cost of limited nuclear use (the taboo's price)") \
  X(crisis_control_weight,     "crisis.control_weight",                 0, 2,  "multiplies the ladder's loss-of-control hazards after nuclear use and at the brink of a nuclear threat") \
  X(crisis_escalation_dominance, "crisis.escalation_dominance",         0, 1,  "how far the theater (strategic) balance shifts a theater war's (strategic exchange's) damage toward the weaker side") \
  X(crisis_theater_war_losses, "crisis.theater_war_losses",             0, 1,  "share of each side's theater warheads in the region used or destroyed in a theater nuclear war") \
  X(regime_nuclear_use_shock,  "regime.nuclear_use_shock",              0, 1,  "strength lost in a year with nuclear use in a crisis") \
  X(eruption_doubt,            "crisis.eruption.doubt",                 -10, 10, "logit shift of the eruption hazard per unit of the challenger's doubt that the patron defends, from the first year at risk") \
  X(eruption_theater,          "crisis.eruption.theater",               -10, 10, "per unit of the challenger's theater share in the region, from the first year at risk") \
  X(eruption_shift,            "crisis.eruption.shift",                 -10, 10, "per unit of the challenger's gain in strategic share over five years (power shift)") \
  X(eruption_recurrence,       "crisis.eruption.recurrence",            -10, 10, "when the flashpoint saw a crisis in the last three years") \
  /* New parameters go last, so that --sample-uncertainty draws those above as before. */ \
  X(reverse_sanctions,         "proliferation.reverse.sanctions",       0, 10, "per unit of sanctions exposure D(1 + delta if designated): sanctions and negotiated rollback") \
  X(threshold_share,           "proliferation.threshold.share",         0, 1,  "chance that a pursuer stepping back settles as a threshold state: latent, with no programme again")
// clang-format on
