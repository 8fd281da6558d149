#pragma once
// The outputs a sensitivity analysis of an experiment reads: for one policy, each outcome's mean
// over the replicates of each sample, as a table with one row per design row. A first_year
// outcome enters as the share of replicates in which its condition ever holds, since the year
// itself is missing when it never does.
#include <cstddef>

#include "analysis/design_csv.h"
#include "experiment/results_store.h"

namespace umbrella::experiment {

// Throws UsageError when the store does not hold every run yet.
sa::Table sample_means(ResultsStore& store, const StoredExperiment& stored, std::size_t policy);

// The same table before the division by the replicates: each outcome's sum over the replicates of
// each sample. A difference of two policies' sums of indicators is a whole number, so dividing it
// once gives exactly the share a threshold such as ">= 0.05" is written with.
sa::Table sample_sums(ResultsStore& store, const StoredExperiment& stored, std::size_t policy);

}  // namespace umbrella::experiment
