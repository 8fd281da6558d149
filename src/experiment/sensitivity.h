#pragma once
// Sensitivity indices of an experiment's outcomes (`umbrella sensitivity`, the Python module's
// sensitivity): the estimator the design was sampled for, the per-sample means of one policy's
// runs, and the report. The command line and the module both call this, so they agree.
#include <cstddef>
#include <cstdint>
#include <string>

#include "analysis/sensitivity_report.h"
#include "experiment/experiment.h"
#include "experiment/results_store.h"

namespace umbrella::experiment {

struct SensitivityRequest {
  std::string method;  // sobol, morris, or empty: the one the design was sampled for
  std::string policy = kBaselinePolicy;
  std::size_t resamples = 100;
  std::uint64_t seed = 0;
};

// Throws UsageError for a method the design was not sampled for or an unknown policy (named as
// the command line's --policy), and as sample_means does for a store not finished.
sa::SensitivityReport experiment_sensitivity(ResultsStore& store, const StoredExperiment& stored,
                                             const SensitivityRequest& request);

}  // namespace umbrella::experiment
