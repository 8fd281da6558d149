#pragma once
// An experiment compiled for running: one Simulation per policy, the design's parameter values
// for every sample, and the layout of one run's results. Running policy p on replicate r of
// sample s is a pure function of (p, s, r): the random streams are keyed by (seed, s, r) alone,
// so every policy meets the same draws for the same sample and replicate (common random
// numbers), and results do not depend on which thread runs what.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "analysis/design_csv.h"
#include "engine/simulation.h"
#include "experiment/experiment.h"

namespace umbrella::experiment {

// The per-year series the policy summaries describe: each series an outcome names, once.
struct SummarySeries {
  const Series* series = nullptr;  // in the simulations' catalogue
  std::size_t index = 0;           // its index there
};

class Plan {
 public:
  // The plan keeps a reference to `experiment`, which must outlive it: a temporary would dangle.
  explicit Plan(const Experiment& experiment);
  explicit Plan(Experiment&&) = delete;

  const Experiment& experiment() const { return experiment_; }
  std::size_t policies() const { return simulations_.size(); }
  std::uint32_t samples() const { return samples_; }
  std::uint32_t replicates() const { return experiment_.replicates; }
  std::uint64_t runs() const {
    return static_cast<std::uint64_t>(samples_) * replicates() * policies();
  }
  std::vector<int> years() const;
  // The design: one row per sample, one column per uncertainty (none without uncertainties).
  const sa::Table& design() const { return design_; }
  const std::vector<SummarySeries>& summary_series() const { return summary_series_; }

  // One run's results: the summary series year by year (summary_cells() numbers: series s of
  // year index y at y * summary_series().size() + s), then one number per outcome (NaN for a
  // first_year whose condition never holds).
  std::size_t summary_cells() const;
  std::size_t result_size() const { return summary_cells() + experiment_.outcomes.size(); }
  void run(std::size_t policy, std::uint32_t sample, std::uint32_t replicate,
           std::span<double> result) const;

 private:
  const Experiment& experiment_;
  std::vector<std::unique_ptr<Simulation>> simulations_;
  // By policy: the recorder of the summary series alone, which hold every outcome's series; a
  // run writes those and no other of the catalogue's.
  std::vector<Recorder> recorders_;
  std::uint32_t samples_ = 0;
  sa::Table design_;
  std::vector<SummarySeries> summary_series_;
  std::vector<std::size_t> outcome_series_;  // catalogue index of each outcome's series
};

}  // namespace umbrella::experiment
