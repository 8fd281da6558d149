#pragma once
// Scores of probabilistic predictions of binary events (docs/validation.md#scores): the Brier
// score, the logarithmic score, the area under the ROC curve and a reliability table.
#include <optional>
#include <span>
#include <vector>

namespace umbrella {

struct Prediction {
  double probability = 0.0;
  bool event = false;
};

// Mean (p - y)^2: 0 is perfect, 0.25 is a coin's score on anything.
double brier_score(std::span<const Prediction> predictions);
// Mean -log of the probability given to what happened; p is first kept within
// [floor, 1 - floor] so that one confident miss is finite (floor: half a replicate's weight).
double log_score(std::span<const Prediction> predictions, double floor);
// The chance that a random event was given a higher probability than a random non-event (ties
// count half); none without both events and non-events.
std::optional<double> auc(std::span<const Prediction> predictions);

struct ReliabilityBin {
  double lower = 0.0, upper = 0.0;
  int count = 0;
  double mean_probability = 0.0;
  double observed = 0.0;  // share of events
};
// `bins` equal-width bins of the predicted probability; empty bins are left out.
std::vector<ReliabilityBin> reliability(std::span<const Prediction> predictions, int bins);

}  // namespace umbrella
