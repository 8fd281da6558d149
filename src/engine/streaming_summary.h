#pragma once
// A summary aggregated as runs stream in, for `umbrella run` and each policy of an experiment
// (docs/outputs.md): for each series and year, the sum of its values in run order (the mean),
// and for a quantity a quantile histogram (its quantiles). Probabilities need only the sum: their
// band is the Wilson interval of the share. Memory does not grow with the number of runs, and
// the state saves to bytes and restores exactly, so a resumed experiment ends where an
// uninterrupted one does.
//
// Sums depend on the order runs are added in, histograms do not: runs computed on many threads
// are added in run order, on one thread, from a few blocks of records kept in flight.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/zero_pages.h"
#include "engine/outcomes.h"
#include "engine/quantile_histogram.h"
#include "engine/summary.h"

namespace umbrella {

class StreamingSummary {
 public:
  // `series` are the summary's series; a run's cells are laid out year by year, cell
  // year * series.size() + s. `states` sizes the histograms of state counts (bin_layout).
  StreamingSummary(std::vector<const Series*> series, std::size_t years, std::size_t states);

  // The histogram bins a summary of these series holds (4 bytes each).
  static std::uint64_t bins(const std::vector<const Series*>& series, std::size_t years,
                            std::size_t states);

  // The cells of one or more consecutive runs (run after run, each laid out as above), to the
  // sums and the histograms. Runs must come in the same order every time for the sums to be
  // bit-identical. A block of runs goes to the histograms cell by cell, so each histogram takes
  // the block's values together while its counts are in cache.
  void add(std::span<const double> runs);

  std::uint64_t runs() const { return runs_; }
  // Per series: its means and bands over the years. `between_series`, if given, is called before
  // each series (it may throw to stop).
  std::vector<SeriesSummary> series_summaries(
      const std::function<void()>& between_series = {}) const;

  std::string save() const;
  // Throws std::runtime_error on a state that does not fit these series.
  void restore(std::string_view state);

 private:
  std::vector<const Series*> series_;
  std::size_t years_;
  std::uint64_t runs_ = 0;
  std::vector<double> sums_;                   // one per cell
  ZeroPages bins_;                             // the histograms' counts, one block
  std::vector<QuantileHistogram> histograms_;  // one per cell of a quantity, in cell order
  std::vector<std::size_t> histogram_cell_;    // per histogram: its cell
  std::vector<std::int64_t> histogram_of_;     // per cell: its histogram, or -1
};

}  // namespace umbrella
