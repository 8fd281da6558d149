#pragma once
// An experiment's results store opened for Python (`umbrella.Results`), shared by the bindings
// that read it: runs and comparisons (experiment_bindings.cc), discovery and sensitivity
// (analysis_bindings.cc).
#include <filesystem>
#include <mutex>

#include "experiment/results_store.h"

namespace umbrella::python {

// An open results store and what it holds; the library reads it one call at a time.
struct OpenResults {
  explicit OpenResults(const std::filesystem::path& folder)
      : dir(folder), store(folder / "results.sqlite"), stored(store.read()) {}

  std::filesystem::path dir;
  std::mutex mutex;
  experiment::ResultsStore store;
  experiment::StoredExperiment stored;
};

}  // namespace umbrella::python
