// The streaming quantiles of run and experiment summaries against numpy's exact type-7 quantiles.
#include "engine/quantile_histogram.h"

#include <gtest/gtest.h>

#include "core/rng.h"
#include "engine/summary.h"

namespace umbrella {
namespace {

double exact(std::vector<double> values, double p) {
  return quantile_of(values, p);
}

TEST(QuantileHistogram, ShareWithinOneBinOfTheExactQuantile) {
  const BinLayout layout = bin_layout(Measure::credibility, 10);
  QuantileHistogram histogram(layout);
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
  QuantileHistogram histogram(bin_layout(Measure::nuclear_armed_states, 30));
  std::vector<double> values;
  Rng rng({6, 0, 0, 0, StreamPurpose::sensitivity});
  for (int i = 0; i < 1001; ++i) {
    values.push_back(9.0 + rng.below(4));
    histogram.add(values.back());
  }
  for (double p : {0.05, 0.3, 0.5, 0.95}) EXPECT_EQ(histogram.quantile(p), exact(values, p)) << p;
}

TEST(QuantileHistogram, ConstantQuantityIsExact) {
  QuantileHistogram histogram(bin_layout(Measure::npt_strength, 10));
  for (int i = 0; i < 10; ++i) histogram.add(0.7);
  EXPECT_EQ(histogram.quantile(0.05), 0.7);
  EXPECT_EQ(histogram.quantile(0.95), 0.7);
}

TEST(QuantileHistogram, ValuesBeyondTheRangeCountInTheEdgeBins) {
  QuantileHistogram histogram(bin_layout(Measure::warheads, 10));
  histogram.add(-3.0);
  histogram.add(25000.0);
  EXPECT_EQ(histogram.quantile(0.0), -3.0);
  EXPECT_EQ(histogram.quantile(1.0), 25000.0);
}

TEST(QuantileHistogram, SavedStateRestoresExactly) {
  const BinLayout layout = bin_layout(Measure::assurance, 10);
  QuantileHistogram histogram(layout);
  for (int i = 0; i < 100; ++i) histogram.add(0.01 * i);
  std::string state;
  histogram.save(state);
  QuantileHistogram copy(layout);
  std::string_view in = state;
  copy.restore(in);
  EXPECT_TRUE(in.empty());
  EXPECT_EQ(copy.count(), histogram.count());
  for (double p : {0.05, 0.5, 0.95}) EXPECT_EQ(copy.quantile(p), histogram.quantile(p));
  std::string_view truncated = std::string_view(state).substr(0, state.size() - 1);
  EXPECT_THROW(copy.restore(truncated), std::runtime_error);
}

// A run keeps one histogram per thread and merges them: the merge is the histogram of all values.
TEST(QuantileHistogram, MergeEqualsAddingEveryValue) {
  const BinLayout layout = bin_layout(Measure::warheads, 10);
  QuantileHistogram all(layout);
  QuantileHistogram first(layout);
  QuantileHistogram second(layout);
  QuantileHistogram empty(layout);
  Rng rng({7, 0, 0, 0, StreamPurpose::sensitivity});
  for (int i = 0; i < 999; ++i) {
    const double x = 30000.0 * rng.uniform() - 100.0;  // some beyond either edge
    all.add(x);
    (i % 3 == 0 ? first : second).add(x);
  }
  empty.merge(first);
  empty.merge(second);
  std::string merged;
  std::string direct;
  empty.save(merged);
  all.save(direct);
  EXPECT_EQ(merged, direct);
}

}  // namespace
}  // namespace umbrella
