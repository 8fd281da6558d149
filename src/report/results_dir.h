#pragma once
// The input of a report, a folder of results: one summary.json per policy (docs/outputs.md),
// either DIR/summary.json (`umbrella run --out DIR`) or DIR/NAME/summary.json for each policy
// NAME (`umbrella run --compare-levers --out DIR` writes baseline/ and one folder per lever), and
// optionally DIR/sensitivity.json (the output of `umbrella analyze --json`) and
// DIR/comparison.json (the output of `umbrella compare --json`: paired differences) and
// DIR/backcast.json (`umbrella backcast`: the model against the historical record).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/summary.h"
#include "report/comparison.h"
#include "report/sensitivity.h"
#include "report/validation.h"

namespace umbrella::report {

struct PolicyResult {
  std::string name;
  std::string file;  // its summary.json
  Summary summary;
};

struct Results {
  std::vector<PolicyResult> policies;          // the reference first (baseline/), then by name
  std::vector<SensitivityOutput> sensitivity;  // empty without sensitivity.json
  std::optional<Comparison> comparison;        // with comparison.json
  std::optional<Validation> validation;        // with backcast.json (umbrella backcast)
};

// Throws InputError naming the file (and field) of a missing folder, a folder without any
// summary.json, malformed JSON or indices, or policies whose years differ.
Results read_results(const std::filesystem::path& dir);

}  // namespace umbrella::report
