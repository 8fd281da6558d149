#pragma once
// Each policy of an experiment against a baseline policy, outcome by outcome, on the paired
// runs: the run of sample s, replicate r under the policy against the run of the same sample
// and replicate under the baseline. Both met the same random draws (common random numbers), so
// the difference of a pair holds the policy's effect and little noise. The interval is the 95%
// Student t interval of the mean paired difference, treating pairs as independent.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "experiment/results_store.h"

namespace umbrella::experiment {

struct PairedDifference {
  std::string outcome;  // its name, and for a first_year outcome also "share" or "year"
  std::string measure;  // "" for value/max/mean; "share" or "year" for first_year
  std::uint64_t pairs = 0;
  double baseline = 0.0;  // mean under the baseline
  double policy = 0.0;    // mean under the policy
  double difference = 0.0;
  double low = 0.0;  // 95% interval of the difference; NaN with fewer than two pairs
  double high = 0.0;
};

struct PolicyComparison {
  std::string policy;
  std::vector<PairedDifference> differences;
};

struct Comparison {
  std::string experiment;
  std::string baseline;
  std::uint64_t pairs = 0;                 // (sample, replicate) pairs compared
  std::vector<PolicyComparison> policies;  // every policy, the baseline itself included
  std::vector<StoredOutcome> outcomes;     // the experiment's, in column order
};

// A first_year outcome gives two rows: the share of runs in which its condition ever holds
// (paired over every pair) and the first year itself (paired over the pairs where it holds
// under both). UsageError for an unknown baseline policy.
Comparison compare_policies(ResultsStore& store, const StoredExperiment& stored,
                            const std::string& baseline);

// Keeps the policies named in `policies` and the outcomes whose name contains one of `outcomes`
// (all when empty), and drops the baseline's rows against itself. UsageError for a policy the
// experiment does not have or a filter that keeps nothing.
Comparison select(const Comparison& comparison, const std::vector<std::string>& policies,
                  const std::vector<std::string>& outcomes);

// One row per policy and outcome; `wide`: one row per outcome, one column per policy (the
// difference and its interval).
std::string to_table(const Comparison& comparison, bool wide = false);
nlohmann::ordered_json to_json(const Comparison& comparison);

}  // namespace umbrella::experiment
