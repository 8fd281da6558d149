#pragma once
// `umbrella backcast`: the history simulated from its start with hazards fitted only on the years
// up to an origin, set against the record (docs/validation.md): the cumulative number of states
// that explored, pursued and acquired, year by year, and scores of each state's onsets in the
// years after the origin, beside two nulls (a constant hazard; the scenario's judgment values).
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "calibration/calibration.h"
#include "calibration/scores.h"

namespace umbrella {

struct BackcastOptions {
  std::vector<int> origins = {1989};  // the first is the headline; the others roll
  int replicates = 1000;
  int threads = 1;
  int replays = 16;
  std::string coding{kPrimaryCoding};
  CalibrationOptions fit;  // its train_until is set from each origin
};

// A stage's cumulative count of states that have ever reached it, observed and simulated.
struct StageCurve {
  Stage stage = Stage::hedging;
  std::vector<double> observed, mean, p05, p95;  // one per year of the history
};

struct StageScore {
  Stage stage = Stage::hedging;
  int states = 0;  // at risk at the origin (below the stage in the record)
  int events = 0;  // reached it in a later year
  double brier = 0.0, log = 0.0;
  std::optional<double> auc;
};

struct ModelScores {
  std::string model;  // fitted, constant_hazard, judgment
  std::vector<StageScore> stages;
};

struct OriginResult {
  int origin = 0;
  Calibration calibration;         // of the fitted model
  std::vector<StageCurve> curves;  // of the fitted model
  std::vector<ModelScores> models;
  std::vector<ReliabilityBin> reliability;  // the fitted model's onsets, all stages
};

struct Backcast {
  int first_year = 0, last_year = 0;
  int replicates = 0;
  std::uint64_t seed = 0;
  std::string coding;
  int replays = 0;
  std::vector<OriginResult> origins;
};

// Throws UsageError for an origin outside the history's years.
Backcast run_backcast(const Simulation& simulation, const ProliferationRecord& record,
                      const BackcastOptions& options);

nlohmann::json to_json(const Backcast& backcast);

}  // namespace umbrella
