#pragma once
// Streaming quantiles of a quantity over very many runs, without keeping the runs: counts in
// equal bins over a fixed range, with the exact minimum and maximum. Counts add exactly in any
// order, so an estimate never depends on how runs were spread over chunks, and the state saved
// (the filled bins only) is small enough to commit with every chunk of an experiment.
//
// A quantile is estimated as numpy's default (type 7) is computed, with each order statistic
// placed evenly inside its bin and clamped to [min, max]. The estimate is within one bin width
// of the exact value; on bins of width 1 centred on whole numbers it is exact for a
// whole-number quantity, and a quantity that never varies gets its exact value.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "engine/outcomes.h"

namespace umbrella {

struct BinLayout {
  double lowest = 0.0;  // the first bin's lower edge; values below count in the first bin
  double width = 1.0;
  std::uint32_t bins = 1;      // values above the last bin count in the last bin
  bool whole_numbers = false;  // every value is a bin's centre
};

// The layout for an outcome measure: 2,000 bins over [0, 1] for shares and beliefs (width
// 0.0005), whole numbers for the count of armed states, 4,000 bins of 5 warheads over [0, 20000)
// for arsenals.
BinLayout bin_layout(Measure measure, std::size_t states);

class QuantileHistogram {
 public:
  // The counts live in `counts`, layout.bins zeros the caller keeps alive: a summary's thousands
  // of histograms share one block of zero pages (core/zero_pages.h), so bins never reached are
  // never touched.
  QuantileHistogram(const BinLayout& layout, std::span<std::uint32_t> counts);

  void add(double x) { add_strided(&x, 1, 1); }
  // Adds the `count` values first[0], first[stride], ..., as that many add()s would, with the
  // count and the extremes brought up to date once (a run's block of records, cell by cell).
  void add_strided(const double* first, std::size_t count, std::size_t stride);
  std::uint64_t count() const { return count_; }
  // Type-7 quantile estimate, p in [0, 1]; needs count() > 0.
  double quantile(double p) const {
    double q = 0.0;
    quantiles(std::span(&p, 1), std::span(&q, 1));
    return q;
  }
  // The estimates for ascending probabilities `p`, into `out` (as many), in one walk over the
  // bins: a summary asks five of every histogram.
  void quantiles(std::span<const double> p, std::span<double> out) const;

  // Appends the state (count, min, max and the non-empty bins) to `out`; restore() reads it
  // back from the front of `in` and advances it. The layout is not stored.
  void save(std::string& out) const;
  void restore(std::string_view& in);

 private:
  // The bin a value counts in; values beyond the edges count in the edge bins, and so does a
  // NaN, in the last one: never below the minimum's bin, where the quantiles' walk starts.
  std::uint32_t bin_of(double x) const {
    const double position = (x - layout_.lowest) / layout_.width;
    const std::uint32_t last = layout_.bins - 1;
    if (!(position < static_cast<double>(last))) return last;
    return position > 0.0 ? static_cast<std::uint32_t>(position) : 0;
  }

  BinLayout layout_;
  std::span<std::uint32_t> counts_;
  std::uint64_t count_ = 0;
  double min_ = 0.0;
  double max_ = 0.0;
};

}  // namespace umbrella
