// The streaming quantiles of run and experiment summaries against numpy's exact type-7 quantiles.
#include "engine/quantile_histogram.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/rng.h"
#include "engine/summary.h"

namespace umbrella {
namespace {

double exact(std::vector<double> values, double p) {
  return quantile_of(values, p);
}

TEST(QuantileHistogram, ShareWithinOneBinOfTheExactQuantile) {
  const BinLayout layout = bin_layout(Measure::credibility, 10);
  std::vector<std::uint32_t> bins(layout.bins);
  QuantileHistogram histogram(layout, bins);
  std::vector<double> values;
  Rng rng({5, 0, 0, 0, StreamPurpose::sensitivity});
  for (int i = 0; i < 5000; ++i) {
    const double u = rng.uniform();
    values.push_back(u * u);  // skewed toward 0
    histogram.add(values.back());
  }
  for (double p : {0.0, 0.05, 0.5, 0.95, 1.0}) {
    EXPECT_NEAR(histogram.quantile(p), exact(values, p), layout.width) << p;
  }
}

TEST(QuantileHistogram, WholeNumbersAreExact) {
  const BinLayout layout = bin_layout(Measure::nuclear_armed_states, 30);
  std::vector<std::uint32_t> bins(layout.bins);
  QuantileHistogram histogram(layout, bins);
  std::vector<double> values;
  Rng rng({6, 0, 0, 0, StreamPurpose::sensitivity});
  for (int i = 0; i < 1001; ++i) {
    values.push_back(9.0 + rng.below(4));
    histogram.add(values.back());
  }
  for (double p : {0.05, 0.3, 0.5, 0.95}) EXPECT_EQ(histogram.quantile(p), exact(values, p)) << p;
}

TEST(QuantileHistogram, ConstantQuantityIsExact) {
  const BinLayout layout = bin_layout(Measure::npt_strength, 10);
  std::vector<std::uint32_t> bins(layout.bins);
  QuantileHistogram histogram(layout, bins);
  for (int i = 0; i < 10; ++i) histogram.add(0.7);
  EXPECT_EQ(histogram.quantile(0.05), 0.7);
  EXPECT_EQ(histogram.quantile(0.95), 0.7);
}

TEST(QuantileHistogram, ValuesBeyondTheRangeCountInTheEdgeBins) {
  const BinLayout layout = bin_layout(Measure::warheads, 10);
  std::vector<std::uint32_t> bins(layout.bins);
  QuantileHistogram histogram(layout, bins);
  histogram.add(-3.0);
  histogram.add(25000.0);
  EXPECT_EQ(histogram.quantile(0.0), -3.0);
  EXPECT_EQ(histogram.quantile(1.0), 25000.0);
}

TEST(QuantileHistogram, SavedStateRestoresExactly) {
  const BinLayout layout = bin_layout(Measure::assurance, 10);
  std::vector<std::uint32_t> bins(layout.bins);
  QuantileHistogram histogram(layout, bins);
  for (int i = 0; i < 100; ++i) histogram.add(0.01 * i);
  std::string state;
  histogram.save(state);
  std::vector<std::uint32_t> copy_bins(layout.bins);
  QuantileHistogram copy(layout, copy_bins);
  std::string_view in = state;
  copy.restore(in);
  EXPECT_TRUE(in.empty());
  EXPECT_EQ(copy.count(), histogram.count());
  for (double p : {0.05, 0.5, 0.95}) EXPECT_EQ(copy.quantile(p), histogram.quantile(p));
  std::string_view truncated = std::string_view(state).substr(0, state.size() - 1);
  EXPECT_THROW(copy.restore(truncated), std::runtime_error);
}

// The quantiles' walk starts at the minimum's bin: a stored state whose minimum lies above its
// first filled bin (or whose maximum lies below its last) would walk past the counts, and is
// refused like any other state that does not add up.
TEST(QuantileHistogram, RestoreRefusesExtremesOutsideTheirBins) {
  const BinLayout layout = bin_layout(Measure::assurance, 10);
  std::vector<std::uint32_t> bins(layout.bins);
  QuantileHistogram histogram(layout, bins);
  for (double x : {0.2, 0.4, 0.6}) histogram.add(x);
  std::string state;
  histogram.save(state);
  // The state begins with the count (8 bytes), then the minimum and the maximum (8 bytes each).
  const auto with_extreme = [&](std::size_t at, double value) {
    std::string changed = state;
    std::memcpy(changed.data() + at, &value, sizeof value);
    return changed;
  };
  std::vector<std::uint32_t> restored_bins(layout.bins);
  QuantileHistogram restored(layout, restored_bins);
  for (const std::string& bad : {with_extreme(8, 0.3), with_extreme(16, 0.5)}) {
    std::string_view in = bad;
    EXPECT_THROW(restored.restore(in), std::runtime_error);
  }
  std::string_view good = state;
  restored.restore(good);
  EXPECT_EQ(restored.quantile(0.0), 0.2);
  EXPECT_EQ(restored.quantile(1.0), 0.6);
  EXPECT_NEAR(restored.quantile(0.5), 0.4, layout.width);
}

// A NaN is a model bug the summary refuses when it writes its file, but the quantiles come first:
// wherever NaNs fall among the values, the walk over the bins stays within them (ASan checks
// the reads) and the extremes of the numbers are kept.
TEST(QuantileHistogram, NaNsKeepTheWalkWithinTheBins) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const BinLayout layout = bin_layout(Measure::assurance, 10);
  for (const std::vector<double>& values : std::vector<std::vector<double>>{
           {0.3, nan, nan, nan, 0.5}, {nan, 0.3, nan, 0.5, nan}, {nan, nan, nan}}) {
    std::vector<std::uint32_t> bins(layout.bins);
    QuantileHistogram histogram(layout, bins);
    for (double x : values) histogram.add(x);
    std::vector<double> q(5);
    histogram.quantiles(std::vector<double>{0.0, 0.25, 0.5, 0.75, 1.0}, q);
    if (!std::isnan(values.front())) {
      EXPECT_EQ(q.front(), 0.3);
    }
  }
}

TEST(QuantileHistogram, RefusesStorageOfAnotherSize) {
  const BinLayout layout = bin_layout(Measure::assurance, 10);
  std::vector<std::uint32_t> bins(layout.bins - 1);
  EXPECT_THROW(QuantileHistogram(layout, bins), std::logic_error);
}

// A run adds a block of records cell by cell: every value of a column read `stride` apart gives
// the same histogram, count and extremes as adding the values one by one.
TEST(QuantileHistogram, StridedBlockEqualsAddingEveryValue) {
  const BinLayout layout = bin_layout(Measure::warheads, 10);
  std::vector<std::uint32_t> one_by_one_bins(layout.bins);
  std::vector<std::uint32_t> strided_bins(layout.bins);
  QuantileHistogram one_by_one(layout, one_by_one_bins);
  QuantileHistogram strided(layout, strided_bins);
  Rng rng({7, 0, 0, 0, StreamPurpose::sensitivity});
  constexpr std::size_t kStride = 3;
  std::vector<double> block(999 * kStride);
  for (double& x : block) x = 30000.0 * rng.uniform() - 100.0;  // some beyond either edge
  for (std::size_t i = 1; i < block.size(); i += kStride) one_by_one.add(block[i]);
  strided.add_strided(block.data() + 1, 500, kStride);  // two blocks, the second uneven
  strided.add_strided(block.data() + 1 + 500 * kStride, 499, kStride);
  std::string expected;
  std::string got;
  one_by_one.save(expected);
  strided.save(got);
  EXPECT_EQ(got, expected);
  EXPECT_EQ(strided.count(), 999U);
}

// A summary asks five quantiles in one walk over the bins: each the same as asked alone.
TEST(QuantileHistogram, QuantilesInOneWalkEqualEachAlone) {
  const BinLayout layout = bin_layout(Measure::credibility, 10);
  std::vector<std::uint32_t> bins(layout.bins);
  QuantileHistogram histogram(layout, bins);
  Rng rng({9, 0, 0, 0, StreamPurpose::sensitivity});
  for (int i = 0; i < 777; ++i) histogram.add(rng.uniform() * rng.uniform());
  const std::vector<double> ps{0.0, 0.05, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1.0};
  std::vector<double> together(ps.size());
  histogram.quantiles(ps, together);
  for (std::size_t i = 0; i < ps.size(); ++i) {
    EXPECT_EQ(together[i], histogram.quantile(ps[i])) << ps[i];
  }
  const std::vector<double> descending{0.5, 0.25};
  std::vector<double> out(2);
  EXPECT_THROW(histogram.quantiles(descending, out), std::logic_error);
}

}  // namespace
}  // namespace umbrella
