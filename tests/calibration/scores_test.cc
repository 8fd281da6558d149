// Scores of probabilistic predictions, on cases worked by hand.
#include "calibration/scores.h"

#include <gtest/gtest.h>

#include <cmath>

namespace umbrella {
namespace {

const std::vector<Prediction> kCase = {{0.9, true}, {0.2, false}, {0.6, false}, {0.6, true}};

TEST(Scores, BrierIsTheMeanSquaredMiss) {
  EXPECT_NEAR(brier_score(kCase), (0.01 + 0.04 + 0.36 + 0.16) / 4, 1e-15);
}

TEST(Scores, LogScoreIsTheMeanSurpriseWithAFloor) {
  EXPECT_NEAR(log_score(kCase, 1e-3),
              -(std::log(0.9) + std::log(0.8) + std::log(0.4) + std::log(0.6)) / 4, 1e-15);
  const std::vector<Prediction> certain_miss = {{0.0, true}};
  EXPECT_NEAR(log_score(certain_miss, 1e-3), -std::log(1e-3), 1e-12);
}

TEST(Scores, AucCountsOrderedPairsWithTiesAsHalf) {
  // Events 0.9 and 0.6; non-events 0.2 and 0.6: pairs (0.9>0.2, 0.9>0.6, 0.6>0.2, 0.6=0.6).
  EXPECT_NEAR(*auc(kCase), 3.5 / 4, 1e-15);
  const std::vector<Prediction> no_events = {{0.3, false}, {0.4, false}};
  EXPECT_FALSE(auc(no_events).has_value());
}

TEST(Scores, ReliabilityBinsByPredictedProbability) {
  const auto bins = reliability(kCase, 5);
  ASSERT_EQ(bins.size(), 3u);  // [0.2, 0.4), [0.6, 0.8), [0.8, 1]
  EXPECT_EQ(bins[0].count, 1);
  EXPECT_DOUBLE_EQ(bins[1].mean_probability, 0.6);
  EXPECT_DOUBLE_EQ(bins[1].observed, 0.5);
  EXPECT_EQ(bins[2].count, 1);
  EXPECT_DOUBLE_EQ(bins[2].observed, 1.0);
}

}  // namespace
}  // namespace umbrella
