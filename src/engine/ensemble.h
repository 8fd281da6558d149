#pragma once
// Runs the replicates of a Simulation on a pool of threads (core/worker_pool.h). An ensemble
// streams its replicates into a summary (engine/streaming_summary.h) without keeping them: its
// means add the records in replicate order and its histograms count exactly in any order, so the
// Summary is bit-identical for any number of threads.
#include <functional>
#include <string>
#include <vector>

#include "engine/simulation.h"
#include "engine/summary.h"

namespace umbrella {

// Called with the number of replicates finished so far (from any thread, one call at a time for
// an ensemble). It may throw to stop the run (the Python module does on Ctrl-C).
using ProgressCallback = std::function<void(int done, int total)>;

// Runs replicates 0 .. replicates - 1 and returns their records one after another, each
// record_size() numbers laid out as Simulation::cell() says (Python's run_replicates). An
// exception thrown by a replicate or by `progress` stops every thread, and the first one is
// rethrown here.
std::vector<double> run_records(const Simulation& simulation,
                                const ProgressCallback& progress = {});

// Called on the calling thread between series while the summary is built from its histograms;
// it may throw to stop (Ctrl-C in Python).
using InterruptCheck = std::function<void()>;

// The summary of every outcome (docs/outputs.md): memory does not grow with the replicates. An
// exception thrown by a replicate or by `progress` stops every thread and is rethrown here.
Summary run_ensemble(const Simulation& simulation, const std::string& scenario_name,
                     const ProgressCallback& progress = {}, const InterruptCheck& interrupt = {});

}  // namespace umbrella
