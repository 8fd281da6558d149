#pragma once
// The few summary statistics the estimators share, with SALib's conventions.
#include <cmath>
#include <span>

namespace umbrella::sa {

// Φ^-1(0.975): bootstrap intervals are 95%, conf = kZ95 · sd of the resampled estimates.
inline constexpr double kZ95 = 1.959964;

inline double mean(std::span<const double> values) {
  double sum = 0.0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

// The standard deviation with ddof = 1 (numpy's std(ddof=1)); needs two values or more.
inline double sample_sd(std::span<const double> values) {
  const double m = mean(values);
  double squares = 0.0;
  for (double v : values) squares += (v - m) * (v - m);
  return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

}  // namespace umbrella::sa
