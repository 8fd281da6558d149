#pragma once
// Runs the replicates of a Simulation on a pool of threads and aggregates them. Each replicate
// writes only its own row, and aggregation reads rows in replicate order, so the Summary is
// bit-identical for any number of threads.
#include <functional>
#include <string>

#include "engine/simulation.h"
#include "engine/summary.h"

namespace umbrella {

// Called from worker threads with the number of replicates finished so far.
using ProgressCallback = std::function<void(int done, int total)>;

Summary run_ensemble(const Simulation& simulation, const std::string& scenario_name,
                     const ProgressCallback& progress = {});

}  // namespace umbrella
