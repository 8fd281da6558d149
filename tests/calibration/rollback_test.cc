// Rollback after the decision (docs/model.md#proliferation): the sanctions term on the step-back
// hazard is recovered from histories the model simulates with it, and the threshold end state's
// share is counted on the record as docs/validation.md says.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "calibration/calibration.h"
#include "scenario/loader.h"
#include "simulated_record.h"

namespace umbrella {
namespace {

const std::string kRoot = UMBRELLA_SOURCE_DIR;

using testing::record_of;

// Fitted on 40 histories of the synthetic world simulated with the sanctions term at 2, the step
// back's intercept, assurance and sanctions coefficients are covered by their 90% Wald intervals
// about nine times in ten, and a fit on all of them together lands on the truth.
TEST(Rollback, TheCalibrationRecoversTheSanctionsTermOfTheStepBack) {
  constexpr int kPanels = 40;
  const Scenario scenario =
      load_scenario(kRoot + "/tests/calibration/fixtures/synthetic-world.yaml",
                    {kRoot + "/tests/calibration/fixtures/rollback-overlay.yaml"});
  RunOptions options;
  options.seed = 20251206;
  options.replicates = kPanels;
  const Simulation sim(scenario, options);
  const Parameters& truth = sim.base_parameters();
  ASSERT_EQ(truth[ParamId::reverse_sanctions], 2.0);
  CalibrationOptions fit;
  fit.train_until = 2049;
  fit.bootstrap = 0;
  fit.free = {ParamId::reverse_intercept, ParamId::reverse_assurance, ParamId::reverse_sanctions};
  std::map<ParamId, int> covered;
  Panel pooled;  // every history's rows: one fit on 40 times the data
  int events = 0;
  for (std::uint32_t r = 0; r < kPanels; ++r) {
    const ProliferationRecord record =
        ProliferationRecord::parse(record_of(sim, r), fmt::format("panel{}.csv", r));
    const Panel panel = build_panel(sim, record, "bleek2017", 1);
    pooled.rows.insert(pooled.rows.end(), panel.rows.begin(), panel.rows.end());
    const Calibration c = calibrate(panel, truth, fit);
    ASSERT_EQ(c.coefficients.size(), 3u);
    events += c.fits.at(0).events;
    for (const CoefficientEstimate& e : c.coefficients) {
      if (e.lower <= truth[e.param] && truth[e.param] <= e.upper) ++covered[e.param];
    }
  }
  EXPECT_GT(events, 400);
  for (ParamId id : fit.free) {
    EXPECT_GE(covered[id], 30) << info(id).name << ": true value in " << covered[id] << " of "
                               << kPanels << " 90% intervals";
  }
  // Fitted on all 40 histories at once, each coefficient lies within 3 standard errors of its
  // true value (the mean of small-sample logit estimates is skewed; the pooled fit is not).
  for (const CoefficientEstimate& e : calibrate(pooled, truth, fit).coefficients) {
    EXPECT_NEAR(e.estimate, truth[e.param], 3.0 * e.se) << info(e.param).name;
  }
}

ProliferationRecord hand_record() {
  return ProliferationRecord::parse(
      "state,stage,start,end,coding,source,note\n"
      "AAA,explore,1955,,bleek2017,test,settles: explores on after its programme\n"
      "AAA,pursue,1960,1965,bleek2017,test,\n"
      "BBB,explore,1965,1980,bleek2017,test,stops exploring too\n"
      "BBB,pursue,1970,1975,bleek2017,test,\n"
      "CCC,explore,1955,,bleek2017,test,pursues again and arms\n"
      "CCC,pursue,1960,1962,bleek2017,test,\n"
      "CCC,pursue,1970,,bleek2017,test,\n"
      "CCC,acquire,1981,,bleek2017,test,\n"
      "DDD,explore,1950,,bleek2017,test,armed: no programme ended\n"
      "DDD,pursue,1951,,bleek2017,test,\n"
      "DDD,acquire,1955,,bleek2017,test,\n",
      "hand.csv");
}

TEST(Rollback, TheThresholdShareCountsProgrammesThatEndedAtExplorationForGood) {
  const ProliferationRecord record = hand_record();
  const ThresholdEstimate all = estimate_threshold_share(record, "bleek2017", 2024, 2024);
  EXPECT_EQ(all.step_backs, 3);
  EXPECT_EQ(all.settled, 1);
  EXPECT_DOUBLE_EQ(all.share, 1.0 / 3.0);
  EXPECT_LT(all.lower, 1.0 / 3.0);
  EXPECT_GT(all.upper, 1.0 / 3.0);
  EXPECT_EQ(all.cases, (std::vector<std::string>{"AAA 1965 (settled)", "BBB 1975", "CCC 1962"}));
  // Programmes ended up to 1964: CCC's only, which pursued again.
  const ThresholdEstimate early = estimate_threshold_share(record, "bleek2017", 1964, 2024);
  EXPECT_EQ(early.step_backs, 1);
  EXPECT_EQ(early.settled, 0);
  EXPECT_EQ(early.lower, 0.0);
  // Seen only through 1968, CCC's programme ended in 1962 still looks settled (censoring).
  EXPECT_EQ(estimate_threshold_share(record, "bleek2017", 1964, 1968).settled, 1);
}

// On the shipped record (Bleek's coding): of the programmes ended without a weapon, only Iran's
// (2003) was followed by exploration through 2024; none of those ended by 1989 was.
TEST(Rollback, OnTheRecordOnlyIranSettledAtTheThreshold) {
  const ProliferationRecord record =
      ProliferationRecord::read(kRoot + "/data/record/proliferation.csv");
  const ThresholdEstimate all = estimate_threshold_share(record, "bleek2017", 2024, 2024);
  EXPECT_EQ(all.settled, 1);
  EXPECT_NE(std::find(all.cases.begin(), all.cases.end(), "IRN 2003 (settled)"), all.cases.end());
  const ThresholdEstimate train = estimate_threshold_share(record, "bleek2017", 1989, 2024);
  EXPECT_EQ(train.settled, 0);
  EXPECT_GE(train.step_backs, 6);
}

}  // namespace
}  // namespace umbrella
