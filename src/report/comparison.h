#pragma once
// Paired differences between policies as `umbrella compare DIR --json` prints them (the
// experiments' docs): {"baseline", "pairs", "confidence", "outcomes": {OUTCOME: {"series",
// "subject", "reduce", "year"}}, "policies": {POLICY: {OUTCOME: {"baseline", "policy",
// "difference", "low", "high", "pairs"}}}}, where a first-year outcome holds {"share": {...},
// "year": {...}} instead. "outcomes" is optional: older files lack it.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace umbrella::report {

// What an experiment's outcome reduces: series `p_invasion` of subject `CHN-TWN`, reduced by
// `max` over the years (or `value` in `year`, `mean`, `first_year`).
struct OutcomeDefinition {
  std::string name;
  std::string series;
  std::string subject;
  std::string reduce;
  std::optional<int> year;
};

struct PairedDifference {
  std::string policy;
  std::string outcome;  // "OUTCOME", or "OUTCOME (share)" and "OUTCOME (year)"
  std::string name;     // OUTCOME
  std::string part;     // "", or "share" and "year" for a first-year outcome
  double difference = 0.0;
  std::optional<double> low, high;  // absent when fewer than two pairs
  std::optional<double> baseline_mean, policy_mean;
};

struct Comparison {
  std::string baseline;
  double confidence = 0.95;
  std::vector<PairedDifference> differences;  // policies and outcomes in the file's order
  std::vector<OutcomeDefinition> outcomes;    // empty when the file does not define them

  const OutcomeDefinition* definition(const std::string& name) const;
};

// Leaves out the baseline's comparison with itself and differences that could not be computed.
// Throws InputError naming `file` and the field that is missing or mistyped.
Comparison read_comparison(const nlohmann::ordered_json& json, const std::string& file);

}  // namespace umbrella::report
