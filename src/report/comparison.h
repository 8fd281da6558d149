#pragma once
// Paired differences between policies as `umbrella compare DIR --json` prints them (the
// experiments' docs): {"baseline", "pairs", "confidence", "policies": {POLICY: {OUTCOME:
// {"baseline", "policy", "difference", "low", "high", "pairs"}}}}, where a first-year outcome
// holds {"share": {...}, "year": {...}} instead.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace umbrella::report {

struct PairedDifference {
  std::string policy;
  std::string outcome;  // "OUTCOME", or "OUTCOME (share)" and "OUTCOME (year)"
  double difference = 0.0;
  std::optional<double> low, high;  // absent when fewer than two pairs
};

struct Comparison {
  std::string baseline;
  double confidence = 0.95;
  std::vector<PairedDifference> differences;  // policies and outcomes in the file's order
};

// Leaves out the baseline's comparison with itself and differences that could not be computed.
// Throws InputError naming `file` and the field that is missing or mistyped.
Comparison read_comparison(const nlohmann::ordered_json& json, const std::string& file);

}  // namespace umbrella::report
