#pragma once
// DIR/runs.csv: one row per run with its outcome values, policy after policy, read back from the
// results store. Written on several threads, in blocks that each thread formats from its own
// connection and that are written in order, so the file is the same whatever the threads.
#include <filesystem>

#include "experiment/plan.h"

namespace umbrella::experiment {

std::filesystem::path write_runs_csv(const Plan& plan, const std::filesystem::path& store_file,
                                     const std::filesystem::path& out_dir, int threads);

}  // namespace umbrella::experiment
