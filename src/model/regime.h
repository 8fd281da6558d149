#pragma once
// Regime mechanism: NPT regime strength recovers toward its starting level and drops with each
// new nuclear-armed state, each Article X withdrawal and each crisis with nuclear use; every
// proliferation hazard falls with
// regime strength, so each acquisition raises the others' hazards (the cascade).
// See docs/model.md#regime.
#include "model/parameters.h"
#include "model/runtime.h"
#include "model/trace.h"

namespace umbrella {

void update_regime(const World& world, const Parameters& params, RuntimeState& rt, Trace* trace);

}  // namespace umbrella
