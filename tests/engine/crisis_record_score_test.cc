// The crisis record scored against the baseline's crisis game, with fixed inputs: exact
// intervals at known values, and each flashpoint's probability of its recorded crises.
#include "engine/crisis_record_score.h"

#include <gtest/gtest.h>

#include <cmath>

#include "engine/crisis_at.h"
#include "model/crisis/equilibrium.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

// Reference values from scipy.stats (beta.ppf, gamma.ppf).
TEST(CrisisRecordScore, JeffreysIntervalsAtKnownValues) {
  const Proportion none = jeffreys(0, 10);
  EXPECT_DOUBLE_EQ(none.estimate, 0.0);
  EXPECT_DOUBLE_EQ(none.lower, 0.0);
  EXPECT_NEAR(none.upper, 0.2171963, 1e-6);
  const Proportion one = jeffreys(1, 10);
  EXPECT_NEAR(one.lower, 0.0110117, 1e-6);
  EXPECT_NEAR(one.upper, 0.3813148, 1e-6);
  const Proportion all = jeffreys(10, 10);
  EXPECT_NEAR(all.lower, 1.0 - none.upper, 1e-12);  // symmetric
  EXPECT_DOUBLE_EQ(all.upper, 1.0);
  EXPECT_TRUE(std::isnan(jeffreys(0, 0).estimate));
}

TEST(CrisisRecordScore, ExactPoissonRateAtKnownValues) {
  const Rate r = poisson_rate(4, 75.0);
  EXPECT_DOUBLE_EQ(r.estimate, 4.0 / 75.0);
  EXPECT_NEAR(r.lower, 0.0145315, 1e-6);
  EXPECT_NEAR(r.upper, 0.1365545, 1e-6);
  const Rate zero = poisson_rate(0, 75.0);
  EXPECT_DOUBLE_EQ(zero.lower, 0.0);
  EXPECT_NEAR(zero.upper, -std::log(0.025) / 75.0, 1e-9);
}

TEST(CrisisRecordScore, ScoresEachFlashpointsRecordedCrisesUnderTheModel) {
  const Scenario scenario = load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  RunOptions options;
  options.replicates = 1;
  const Simulation simulation(scenario, options);
  const std::string header =
      "id,year,challenger,target,patron,dyad_class,highest_group,war,nuclear_signal,source,note\n";
  const CrisisRecord record = parse_crisis_record(
      header +
          "t1,1954,CHN,TWN,USA,conventional_vs_protected,conventional,0,1,x [U],\n"
          "t2,1995,CHN,TWN,USA,nuclear_vs_protected,coercion,0,1,x [U],\n"
          "t3,2022,CHN,TWN,USA,nuclear_vs_protected,coercion,0,0,x [U],\n"
          "k1,1950,PRK,KOR,USA,conventional_vs_protected,conventional,1,1,x [U],\n"
          "c1,1962,RUS,USA,,nuclear_vs_nuclear,nuclear_threshold,0,1,x [U],\n",
      "record.csv");
  const CrisisRecordScore score = score_crisis_record(simulation, record, 2025, 1950);
  EXPECT_EQ(score.until, 2024);
  ASSERT_EQ(score.classes.size(), static_cast<std::size_t>(kDyadClassCount));
  const ClassRecord& protected_ = score.classes[0];
  EXPECT_EQ(protected_.crises, 2);
  EXPECT_EQ(protected_.war.events, 0);
  EXPECT_EQ(protected_.nuclear_signal.events, 1);
  EXPECT_EQ(protected_.war_under_signal.events, 0);
  EXPECT_EQ(score.classes[3].war.events, 1);  // conventional_vs_protected: Korea 1950
  EXPECT_EQ(score.classes[3].war_under_signal.events, 1);
  EXPECT_EQ(score.classes[3].war_under_signal.trials, 2);

  ASSERT_EQ(score.flashpoints.size(), 4U);
  const FlashpointScore& taiwan = score.flashpoints[0];
  EXPECT_EQ(taiwan.flashpoint, "CHN-TWN");
  const double p = solve_crisis_equilibrium(crisis_setting_at(simulation, "CHN-TWN", 2025, 0))
                       .outcome.p_invasion;
  EXPECT_DOUBLE_EQ(taiwan.p_invasion, p);
  EXPECT_EQ(taiwan.p_threat, 0.0);  // the default views make no threat worth its risk
  EXPECT_EQ(taiwan.recorded, 3);
  EXPECT_EQ(taiwan.recorded_nuclear, 2);
  EXPECT_NEAR(taiwan.p_record, std::pow(1.0 - p, 3), 1e-12);
  EXPECT_NEAR(taiwan.p_record_nuclear, std::pow(1.0 - p, 2), 1e-12);
  EXPECT_EQ(taiwan.record_rate.events, 3);
  EXPECT_DOUBLE_EQ(taiwan.record_rate.years, 75.0);
  EXPECT_DOUBLE_EQ(taiwan.model_rate, 0.06);

  const FlashpointScore& korea = score.flashpoints[2];
  EXPECT_EQ(korea.flashpoint, "PRK-KOR");
  EXPECT_EQ(korea.recorded_wars, 1);
  EXPECT_NEAR(korea.p_record, korea.p_invasion, 1e-12);  // the one war
  EXPECT_DOUBLE_EQ(korea.p_record_nuclear, 1.0);         // no crisis in the model's class
  // The window: a crisis before `since` counts toward the outcomes but not the rate.
  const CrisisRecordScore later = score_crisis_record(simulation, record, 2025, 1960);
  EXPECT_EQ(later.flashpoints[0].record_rate.events, 2);
  EXPECT_EQ(later.flashpoints[0].recorded, 3);
}

TEST(CrisisRecordScore, AWindowAfterTheScenarioStartsIsRefused) {
  const Scenario scenario = load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  RunOptions options;
  options.replicates = 1;
  const Simulation simulation(scenario, options);
  const CrisisRecord record = read_crisis_record(UMBRELLA_SOURCE_DIR "/data/record/crises.csv");
  EXPECT_THROW(score_crisis_record(simulation, record, 2025, 2030), UsageError);
}

}  // namespace
}  // namespace umbrella
