#pragma once
// The levers a run pulls, merged into what the simulation applies: parameter steps from each
// lever's year, its events scaled by the intensity, its arsenal paths blended into the World's.
#include <vector>

#include "engine/compiled_scenario.h"
#include "engine/run_options.h"
#include "scenario/scenario.h"

namespace umbrella {

// Adds the levers `settings` pull to `compiled` (its base parameters already set by the
// assumption views). Throws UsageError for an unknown lever or one given twice with different
// intensities. Leaves the steps and the timeline unsorted.
void compile_levers(const Scenario& scenario, const std::vector<LeverSetting>& settings,
                    CompiledScenario& compiled);

}  // namespace umbrella
