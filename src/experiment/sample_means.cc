#include "experiment/sample_means.h"

#include <fmt/format.h>

#include <cmath>

#include "core/error.h"
#include "core/limits.h"

namespace umbrella::experiment {

sa::Table sample_sums(ResultsStore& store, const StoredExperiment& stored, std::size_t policy) {
  if (stored.committed_chunks < stored.chunks) {
    throw UsageError(
        fmt::format("the experiment is not finished ({} of {} chunks): every sample needs all its "
                    "replicates (run it again with {})",
                    stored.committed_chunks, stored.chunks, mention("resume")));
  }
  sa::Table means;
  const std::size_t outcomes = stored.outcomes.size();
  if (limits::times(stored.design_rows, outcomes) > limits::kMaxAnalysisNumbers) {
    throw UsageError(
        fmt::format("expected at most {} sample means (samples x outcomes) to analyse, got {} x {}",
                    limits::kMaxAnalysisNumbers, stored.design_rows, outcomes));
  }
  for (const StoredOutcome& o : stored.outcomes) means.columns.push_back(o.name);
  means.values.assign(static_cast<std::size_t>(stored.design_rows) * outcomes, 0.0);
  ResultsStore::Runs runs(store, policy);
  while (runs.next()) {
    double* row = &means.values[runs.sample() * outcomes];
    for (std::size_t o = 0; o < outcomes; ++o) {
      const double value = runs.values()[o];
      const bool first_year = stored.outcomes[o].reduction == Reduction::first_year;
      row[o] += first_year ? (std::isnan(value) ? 0.0 : 1.0) : value;
    }
  }
  means.lines.assign(stored.design_rows, 0);
  means.file = stored.name;
  return means;
}

sa::Table sample_means(ResultsStore& store, const StoredExperiment& stored, std::size_t policy) {
  sa::Table means = sample_sums(store, stored, policy);
  for (double& v : means.values) v /= static_cast<double>(stored.replicates);
  return means;
}

}  // namespace umbrella::experiment
