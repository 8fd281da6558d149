#pragma once
// Proliferation mechanism: each state without weapons moves none -> hedging -> pursuit ->
// acquisition (and can step back) by discrete-time logistic hazards that rise with threat and
// fall with assurance and the NPT regime; pursuit ends in acquisition, once an NPT party has
// withdrawn, when the state's breakout time has run or (hazard timing) by a yearly hazard that
// rises as it runs. A pursuer that steps back may settle as a threshold state (latent, drawing
// nothing more; off by default). See docs/model.md#proliferation.
#include "core/rng.h"
#include "model/parameters.h"
#include "model/runtime.h"
#include "model/trace.h"
#include "model/world_index.h"

namespace umbrella {

struct Hazards {
  double up = 0.0;    // to the next stage (hedging or pursuit)
  double down = 0.0;  // back one stage
};

// What a state's hazards of moving up a stage are computed from this year, each oriented as the
// coefficient that multiplies it (docs/model.md#proliferation): the calibration fits the
// coefficients on these covariates along an observed history, so the model and the fit share one
// definition.
struct HazardCovariates {
  double threat = 0.0;          // T: worst rivalry, scaled by the adversary's growth
  double rival_acquired = 0.0;  // 1 if a rival acquired within the window
  double assurance = 0.0;       // A: combined credibility of its patrons (enters with a minus)
  double latency = 0.0;         // L
  double support = 0.0;         // S: public support for own weapons
  double npt_party = 0.0;       // 1 for a non-weapon state party to the NPT (minus)
  double regime = 0.0;          // R: NPT regime strength (minus)
  // D (1 + delta if designated): minus on the hazards up, plus on stepping back
  double sanctions = 0.0;
  double norms = 0.0;  // N: the state's offset, coefficient 1
  // P: dependence on a treaty patron, the leverage with which a patron rolls an ally's programme
  // back (stepping back only)
  double pressure = 0.0;
  // C: the share of its breakout time a pursuer has run, min(1, years pursued / breakout years)
  // (arriving at a weapon only)
  double clock = 0.0;
};

HazardCovariates hazard_covariates(const World& world, const WorldIndex& index,
                                   const Parameters& params, const RuntimeState& rt, StateId s);

// The yearly hazard that a pursuer free of the NPT arrives at a weapon, under hazard timing.
double arrival_hazard(const Parameters& params, const HazardCovariates& x);

// Each adversary's arsenal growth since the start, raised to the threat elasticity.
void update_growth_factors(const WorldIndex& index, const Parameters& params, RuntimeState& rt);

// This year's threat to state `s`: its worst rivalry, scaled by the adversary's growth factor.
double threat_to(const World& world, const WorldIndex& index, const RuntimeState& rt, StateId s);

// The hazards of state `s` in its current stage (zero for armed states).
Hazards proliferation_hazards(const World& world, const WorldIndex& index, const Parameters& params,
                              const RuntimeState& rt, StateId s);

// Puts state `s` in `stage` as an observed history says, with the bookkeeping of an
// acquisition (counts, the rival window) that the drawn transitions do.
void set_observed_stage(const World& world, RuntimeState& rt, StateId s, Stage stage, Trace* trace);

void update_proliferation(const World& world, const WorldIndex& index, const Parameters& params,
                          RuntimeState& rt, Rng& rng, Trace* trace);

}  // namespace umbrella
