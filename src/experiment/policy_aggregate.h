#pragma once
// The summary of one policy's runs, aggregated as they stream in (docs/outputs.md): for each
// summary series and year, the sum of its values in run order (the mean), and for a quantity a
// quantile histogram (its 5th and 95th percentiles). Probabilities need only the sum: their band
// is the Wilson interval of the share. Memory does not grow with the number of runs, and the
// state saves to bytes and restores exactly, so a resumed experiment ends where an uninterrupted
// one does.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/summary.h"
#include "experiment/plan.h"
#include "experiment/quantile_histogram.h"

namespace umbrella::experiment {

class PolicyAggregate {
 public:
  PolicyAggregate(const Plan& plan, std::size_t policy);

  // One run's summary cells, laid out as Plan::run() writes them. Runs must come in the same
  // order every time for the sums to be bit-identical.
  void add(std::span<const double> cells);
  std::uint64_t runs() const { return runs_; }
  Summary summary() const;

  std::string save() const;
  // Throws std::runtime_error on a state that does not fit this plan.
  void restore(std::string_view state);

 private:
  const Plan& plan_;
  std::size_t policy_;
  std::uint64_t runs_ = 0;
  std::vector<double> sums_;                   // one per cell
  std::vector<QuantileHistogram> histograms_;  // one per cell of a quantity, in cell order
  std::vector<std::int64_t> histogram_of_;     // per cell: its histogram, or -1
};

}  // namespace umbrella::experiment
