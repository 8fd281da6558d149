#pragma once
// Proliferation mechanism: each state without weapons moves none -> hedging -> pursuit ->
// acquisition (and can step back) by discrete-time logistic hazards that rise with threat and
// fall with assurance and the NPT regime; pursuit ends in acquisition after the state's breakout
// time, once an NPT party has withdrawn. See docs/model.md#proliferation.
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

// Each adversary's arsenal growth since the start, raised to the threat elasticity.
void update_growth_factors(const WorldIndex& index, const Parameters& params, RuntimeState& rt);

// This year's threat to state `s`: its worst rivalry, scaled by the adversary's growth factor.
double threat_to(const World& world, const WorldIndex& index, const RuntimeState& rt, StateId s);

// The hazards of state `s` in its current stage (zero for armed states).
Hazards proliferation_hazards(const World& world, const WorldIndex& index, const Parameters& params,
                              const RuntimeState& rt, StateId s);

void update_proliferation(const World& world, const WorldIndex& index, const Parameters& params,
                          RuntimeState& rt, Rng& rng, Trace* trace);

}  // namespace umbrella
