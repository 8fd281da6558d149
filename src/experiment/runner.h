#pragma once
// Runs an experiment: every policy on every replicate of every sample, on a pool of threads,
// committed to the results store a chunk at a time, then exported (docs/experiments.md).
// Results are bit-identical whatever the number of threads, and a run killed at any moment
// continues with `resume` to exactly the results of an uninterrupted one.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "experiment/plan.h"
#include "experiment/ranks.h"

namespace umbrella::experiment {

struct RunnerOptions {
  int threads = 1;  // every thread, the one that commits included
  // Continue the store in the output folder; without it an existing store is refused.
  bool resume = false;
  // Runs per chunk for a new store (0: the default, an eighth of the runs within 512-4096,
  // and at most 256 chunks); a resumed store keeps its own.
  std::uint64_t chunk_runs = 0;
  // Kept in the store; a store written by another version is not resumed.
  std::string program_version;
  // Runs done in this session out of those left; called from worker threads.
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
  // Called after each chunk commits, with the chunks committed in this session.
  std::function<void(std::uint64_t committed)> after_commit;
  // The processes sharing the experiment (null: this one alone). Only rank 0 writes the store
  // and the exports; on the other ranks the report counts their runs only.
  Ranks* ranks = nullptr;
};

struct RunnerReport {
  bool resumed = false;  // an existing store was continued
  std::uint64_t chunks = 0;
  std::uint64_t chunks_before = 0;  // already committed when a resumed run started
  std::uint64_t runs = 0;
  std::uint64_t runs_now = 0;  // run in this session
  std::vector<std::filesystem::path> written;
};

// Writes DIR/results.sqlite, DIR/runs.csv, DIR/design.csv (with uncertainties) and
// DIR/POLICY/summary.json. Throws UsageError for a store that cannot be continued.
RunnerReport run_experiment(const Plan& plan, const std::filesystem::path& out_dir,
                            const RunnerOptions& options);

}  // namespace umbrella::experiment
