#pragma once
// The aggregate of a run: for every outcome series and year, the mean over replicates and a 90%
// band. For a quantity the band is its 5th and 95th percentiles across replicates, and its
// quartiles and median are kept too (the report's fan charts); for a probability (a share of
// replicates) the band is the 90% Wilson confidence interval of that share.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/outcomes.h"

namespace umbrella {

struct SeriesSummary {
  std::string name;
  std::string subject;
  OutcomeKind kind = OutcomeKind::quantity;
  std::vector<double> mean, p05, p95;
  std::vector<double> p25, p50, p75;  // quantities only; empty for probabilities
};

struct Summary {
  std::string scenario;
  std::uint64_t seed = 0;
  int replicates = 0;
  std::vector<std::string> levers;       // "name=intensity"
  std::vector<std::string> assumptions;  // "name=view" for views chosen on the command line
  bool sample_uncertainty = false;
  // The files the run loaded, as absolute paths; empty when the caller did not say (a library run).
  std::string scenario_path;
  std::vector<std::string> overlays;
  std::vector<int> years;
  std::vector<SeriesSummary> series;

  // Names the files the run loaded, as absolute paths, so that a report can reload them.
  void set_sources(const std::string& scenario_file, const std::vector<std::string>& overlay_files);

  const SeriesSummary* find(const std::string& name, const std::string& subject) const;
  // The mean of a series in a year; throws std::out_of_range if absent.
  double mean(const std::string& name, const std::string& subject, int year) const;
};

// Linear-interpolation quantile (type 7, as numpy's default) of `values`, which it reorders.
double quantile_of(std::vector<double>& values, double p);

// The normal quantile of the summaries' 90% bands (docs/outputs.md).
inline constexpr double kZ90 = 1.6448536269514722;

struct Interval {
  double low = 0.0, high = 0.0;
};
// Wilson score interval for `successes` out of `n` at normal quantile z.
Interval wilson_interval(double successes, double n, double z);

}  // namespace umbrella
