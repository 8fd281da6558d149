#include "engine/quantile_histogram.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "core/state_bytes.h"

namespace umbrella {

BinLayout bin_layout(Measure measure, std::size_t states) {
  if (measure == Measure::nuclear_armed_states) {
    return {-0.5, 1.0, static_cast<std::uint32_t>(states + 1), true};
  }
  if (measure == Measure::warheads) return {0.0, 5.0, 4000, false};
  // Every other quantity is a belief or a strength in [0, 1]; probabilities need no histogram.
  return {0.0, 1.0 / 2000.0, 2000, false};
}

QuantileHistogram::QuantileHistogram(const BinLayout& layout, std::span<std::uint32_t> counts)
    : layout_(layout), counts_(counts) {
  if (counts.size() != layout.bins) {
    throw std::logic_error("QuantileHistogram: storage of another number of bins");
  }
}

void QuantileHistogram::add_strided(const double* first, std::size_t count, std::size_t stride) {
  // Called for every cell of every run: kept to a few instructions a value.
  if (count == 0) return;
  double low = count_ == 0 ? first[0] : min_;
  double high = count_ == 0 ? first[0] : max_;
  for (std::size_t i = 0; i < count; ++i) {
    const double x = first[i * stride];
    ++counts_[bin_of(x)];
    low = x < low ? x : low;
    high = x > high ? x : high;
  }
  min_ = low;
  max_ = high;
  count_ += count;
}

void QuantileHistogram::quantiles(std::span<const double> p, std::span<double> out) const {
  if (p.size() != out.size()) throw std::logic_error("QuantileHistogram::quantiles: sizes differ");
  // The k-th smallest value (from 0), found by walking on from bin `bin`, with `below` values
  // in the bins before it, both left at k's bin.
  const auto order_statistic = [&](std::uint64_t k, std::uint64_t& below, std::size_t& bin) {
    // The extremes are known exactly, even beyond the layout's range.
    if (k == 0) return min_;
    if (k + 1 == count_) return max_;
    while (below + counts_[bin] <= k) below += counts_[bin++];
    const double offset = layout_.whole_numbers ? 0.5
                                                : (static_cast<double>(k - below) + 0.5) /
                                                      static_cast<double>(counts_[bin]);
    const double x = layout_.lowest + layout_.width * (static_cast<double>(bin) + offset);
    return std::clamp(x, min_, max_);
  };
  // Each estimate needs the order statistics k and k + 1. The next estimate's k is at least
  // this one's, so the walk goes on from k's bin (not k + 1's: the next k may equal this k).
  // It starts at the minimum's bin: the bins below are empty, and left untouched they cost
  // nothing (their pages are never mapped). A NaN as the first value leaves the minimum NaN
  // (no comparison moves it), and then the walk starts at the first bin.
  std::uint64_t below = 0;
  std::size_t bin = count_ > 0 && !std::isnan(min_) ? bin_of(min_) : 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (i > 0 && p[i] < p[i - 1]) {
      throw std::logic_error("QuantileHistogram::quantiles: probabilities not ascending");
    }
    const double h = static_cast<double>(count_ - 1) * p[i];
    const auto k = static_cast<std::uint64_t>(std::floor(h));
    const double low = order_statistic(k, below, bin);
    if (k + 1 >= count_) {
      out[i] = low;
      continue;
    }
    std::uint64_t next_below = below;
    std::size_t next_bin = bin;
    out[i] =
        low + (h - static_cast<double>(k)) * (order_statistic(k + 1, next_below, next_bin) - low);
  }
}

void QuantileHistogram::save(std::string& out) const {
  append_bytes(out, count_);
  append_bytes(out, min_);
  append_bytes(out, max_);
  const auto filled = static_cast<std::uint32_t>(
      std::count_if(counts_.begin(), counts_.end(), [](std::uint32_t c) { return c > 0; }));
  append_bytes(out, filled);
  for (std::uint32_t bin = 0; bin < layout_.bins; ++bin) {
    if (counts_[bin] == 0) continue;
    append_bytes(out, bin);
    append_bytes(out, counts_[bin]);
  }
}

void QuantileHistogram::restore(std::string_view& in) {
  count_ = take_bytes<std::uint64_t>(in);
  min_ = take_bytes<double>(in);
  max_ = take_bytes<double>(in);
  std::fill(counts_.begin(), counts_.end(), 0U);
  const auto filled = take_bytes<std::uint32_t>(in);
  for (std::uint32_t i = 0; i < filled; ++i) {
    const auto bin = take_bytes<std::uint32_t>(in);
    if (bin >= layout_.bins) throw std::runtime_error("aggregate state has a bin out of range");
    counts_[bin] = take_bytes<std::uint32_t>(in);
  }
  // The quantiles walk the bins from the minimum's to the count-th value, which must be there,
  // and clamp to the extremes, which must come in order and lie in the first and last bins that
  // hold a count.
  const std::uint64_t total = std::accumulate(counts_.begin(), counts_.end(), std::uint64_t{0});
  const auto filled_bin = [](std::uint32_t c) { return c > 0; };
  const bool extremes_in_their_bins =
      count_ == 0 ||
      (std::find_if(counts_.begin(), counts_.end(), filled_bin) - counts_.begin() == bin_of(min_) &&
       std::find_if(counts_.rbegin(), counts_.rend(), filled_bin) - counts_.rbegin() ==
           layout_.bins - 1 - bin_of(max_));
  if (total != count_ || (count_ > 0 && max_ < min_) || !extremes_in_their_bins) {
    throw std::runtime_error("aggregate state has a histogram that does not add up");
  }
}

}  // namespace umbrella
