#pragma once
// Applying dated events, and drawing the patron's stochastic acts. See docs/model.md#events.
#include "core/rng.h"
#include "model/parameters.h"
#include "model/runtime.h"
#include "model/trace.h"
#include "model/world_index.h"
#include "world/event.h"

namespace umbrella {

void apply_event(const World& world, const WorldIndex& index, const Parameters& params,
                 const Event& event, RuntimeState& rt, Trace* trace);

// The principal patron's acts of neglect and support in year rt.year: Poisson counts, each toward
// a partner drawn uniformly among its alliances, spread evenly over the year.
void draw_patron_acts(const World& world, const WorldIndex& index, const Parameters& params,
                      RuntimeState& rt, Rng& rng, Trace* trace);

}  // namespace umbrella
