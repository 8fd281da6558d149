#pragma once
// The backcast of the history as `umbrella backcast` writes it (docs/validation.md): for the
// headline origin, the observed and simulated cumulative counts of states at each stage, the
// held-out scores of the fitted model and its nulls, and the reliability table.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace umbrella::report {

struct StageCounts {
  std::string stage;  // explore, pursue, acquire
  std::vector<double> observed, mean, p05, p95;
};

struct HeldOutScore {
  std::string model;  // fitted, constant_hazard, judgment
  std::string stage;
  int states = 0;
  int onsets = 0;
  double brier = 0.0;
  double log_score = 0.0;
  std::optional<double> auc;
};

struct ReliabilityPoint {
  double mean_predicted = 0.0;
  double observed = 0.0;
  int count = 0;
};

struct Validation {
  std::string file;
  int train_until = 0;
  int last_year = 0;
  std::vector<int> years;
  std::vector<StageCounts> counts;
  std::vector<HeldOutScore> scores;
  std::vector<ReliabilityPoint> reliability;
};

// Reads the first (headline) origin of backcast.json. Throws InputError naming `file` and the
// field that is missing or of the wrong type.
Validation read_validation(const nlohmann::ordered_json& json, const std::string& file);

}  // namespace umbrella::report
