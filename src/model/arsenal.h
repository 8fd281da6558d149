#pragma once
// Arsenal mechanism: each armed state's forces move along their dated targets, answer rivals'
// strategic growth, and respect the caps of treaties in force. See docs/model.md#arsenal.
#include "model/parameters.h"
#include "model/runtime.h"
#include "model/trace.h"
#include "world/world.h"

namespace umbrella {

// Value of a dated path at `year`: linear between points, flat before the first, growing at
// `growth_after` per year after the last.
double path_value(const ArsenalPath& path, double year, double growth_after);

void update_arsenals(const World& world, const Parameters& params, RuntimeState& rt, Trace* trace);

}  // namespace umbrella
