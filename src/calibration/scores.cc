#include "calibration/scores.h"

#include <algorithm>
#include <cmath>

namespace umbrella {

double brier_score(std::span<const Prediction> predictions) {
  double sum = 0.0;
  for (const Prediction& p : predictions) {
    const double miss = p.probability - (p.event ? 1.0 : 0.0);
    sum += miss * miss;
  }
  return predictions.empty() ? 0.0 : sum / static_cast<double>(predictions.size());
}

double log_score(std::span<const Prediction> predictions, double floor) {
  double sum = 0.0;
  for (const Prediction& p : predictions) {
    const double q = std::clamp(p.probability, floor, 1.0 - floor);
    sum -= std::log(p.event ? q : 1.0 - q);
  }
  return predictions.empty() ? 0.0 : sum / static_cast<double>(predictions.size());
}

std::optional<double> auc(std::span<const Prediction> predictions) {
  std::vector<Prediction> sorted(predictions.begin(), predictions.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const Prediction& a, const Prediction& b) { return a.probability < b.probability; });
  // Mann-Whitney: the mid-rank of each event among all predictions.
  double rank_sum = 0.0;
  double events = 0.0;
  std::size_t i = 0;
  while (i < sorted.size()) {
    std::size_t j = i;
    while (j < sorted.size() && sorted[j].probability == sorted[i].probability) ++j;
    const double mid_rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
    for (std::size_t k = i; k < j; ++k) {
      if (sorted[k].event) {
        rank_sum += mid_rank;
        events += 1.0;
      }
    }
    i = j;
  }
  const double others = static_cast<double>(sorted.size()) - events;
  if (events == 0.0 || others == 0.0) return std::nullopt;
  return (rank_sum - events * (events + 1.0) / 2.0) / (events * others);
}

std::vector<ReliabilityBin> reliability(std::span<const Prediction> predictions, int bins) {
  std::vector<ReliabilityBin> table(static_cast<std::size_t>(bins));
  for (int b = 0; b < bins; ++b) {
    table[static_cast<std::size_t>(b)].lower = static_cast<double>(b) / bins;
    table[static_cast<std::size_t>(b)].upper = static_cast<double>(b + 1) / bins;
  }
  for (const Prediction& p : predictions) {
    const int b = std::min(bins - 1, static_cast<int>(p.probability * bins));
    ReliabilityBin& bin = table[static_cast<std::size_t>(std::max(0, b))];
    ++bin.count;
    bin.mean_probability += p.probability;
    bin.observed += p.event ? 1.0 : 0.0;
  }
  std::vector<ReliabilityBin> out;
  for (ReliabilityBin& bin : table) {
    if (bin.count == 0) continue;
    bin.mean_probability /= bin.count;
    bin.observed /= bin.count;
    out.push_back(bin);
  }
  return out;
}

}  // namespace umbrella
