#pragma once
// Runs the replicates of a Simulation on a pool of threads and aggregates them. Each replicate
// writes only its own row, and aggregation reads rows in replicate order, so the Summary is
// bit-identical for any number of threads.
#include <functional>
#include <string>
#include <vector>

#include "engine/simulation.h"
#include "engine/summary.h"

namespace umbrella {

// Called from worker threads with the number of replicates finished so far. It may throw to stop
// the run (the Python module does on Ctrl-C).
using ProgressCallback = std::function<void(int done, int total)>;

// Runs replicates 0 .. replicates - 1 and returns their records one after another, each
// record_size() numbers laid out as Simulation::cell() says. An exception thrown by a replicate
// or by `progress` stops every thread, and the first one is rethrown here.
std::vector<double> run_records(const Simulation& simulation,
                                const ProgressCallback& progress = {});

// Called on the calling thread between outcomes while the records are aggregated, which takes
// seconds for many replicates and reports no progress; it may throw to stop (Ctrl-C in Python).
using InterruptCheck = std::function<void()>;

Summary run_ensemble(const Simulation& simulation, const std::string& scenario_name,
                     const ProgressCallback& progress = {}, const InterruptCheck& interrupt = {});

}  // namespace umbrella
