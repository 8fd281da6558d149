#pragma once
// Scenario discovery on an experiment's results (`umbrella discover`, the Python module's
// discover): which samples are cases, PRIM on the design, and the result as the command line
// prints it, as text or JSON. The command line and the module both call this, so they agree.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "analysis/prim.h"
#include "experiment/experiment.h"
#include "experiment/results_store.h"

namespace umbrella::experiment {

struct DiscoveryRequest {
  std::string outcome;
  std::string policy = kBaselinePolicy;
  std::string against;  // empty: the policy's own means; else the paired difference from it
  std::string threshold = ">= 0.5";
  sa::PrimOptions prim;
};

struct Discovery {
  std::string experiment;
  DiscoveryRequest request;
  Condition condition;
  std::string measured;  // the outcome, or "OUTCOME minus its value under POLICY"
  std::uint32_t replicates = 0;
  std::size_t samples = 0;
  std::size_t cases = 0;
  std::vector<std::string> uncertainties;  // the design's columns, as PRIM numbers them
  sa::PrimResult result;                   // restrictions with the smallest p-value first
};

// The condition of `threshold`; UsageError about the option "threshold" when it is not one.
Condition parse_threshold(const std::string& threshold);

// Throws UsageError (about the options outcome, policy, against and threshold) for an unknown name,
// a store without uncertainties or a threshold no sample meets.
Discovery discover(ResultsStore& store, const StoredExperiment& stored,
                   const DiscoveryRequest& request);

// "warning: ..." text when there are fewer than 10 samples per uncertainty; nullopt otherwise.
std::optional<std::string> few_samples_warning(const Discovery& discovery);

// What `umbrella discover --json` prints, and what it prints without --json.
nlohmann::ordered_json to_json(const Discovery& discovery);
std::string to_text(const Discovery& discovery);

}  // namespace umbrella::experiment
