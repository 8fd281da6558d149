// The calibration recovers the hazards' coefficients from histories the model itself simulates:
// the replay computes the covariates each simulated transition was drawn with, so the conditional
// likelihood is exact and its 90% intervals should hold the true values about nine times in ten.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>

#include "calibration/calibration.h"
#include "core/error.h"
#include "scenario/loader.h"
#include "simulated_record.h"

namespace umbrella {
namespace {

constexpr int kPanels = 50;

const Scenario& synthetic() {
  static const Scenario scenario = load_scenario(
      std::string(UMBRELLA_SOURCE_DIR) + "/tests/calibration/fixtures/synthetic-world.yaml", {});
  return scenario;
}

using testing::record_of;

const std::vector<ParamId> kFree = {ParamId::hedge_intercept,   ParamId::hedge_threat,
                                    ParamId::hedge_assurance,   ParamId::hedge_latency,
                                    ParamId::pursue_intercept,  ParamId::pursue_threat,
                                    ParamId::reverse_intercept, ParamId::reverse_assurance,
                                    ParamId::acquire_intercept, ParamId::acquire_clock};

TEST(Calibration, RecoversTheModelsOwnCoefficients) {
  RunOptions options;
  options.seed = 20251205;
  options.replicates = kPanels;
  const Simulation sim(synthetic(), options);
  const Parameters& truth = sim.base_parameters();
  CalibrationOptions fit;
  fit.train_until = 2049;
  fit.bootstrap = 0;
  fit.free = kFree;
  std::map<ParamId, int> covered;
  double events = 0.0, expected = 0.0, variance = 0.0;
  for (std::uint32_t r = 0; r < kPanels; ++r) {
    const ProliferationRecord record =
        ProliferationRecord::parse(record_of(sim, r), fmt::format("panel{}.csv", r));
    const Panel panel = build_panel(sim, record, "bleek2017", 1);
    for (const PanelRow& row : panel.rows) {
      const double p = 1.0 / (1.0 + std::exp(-row_logit(row, truth)));
      events += row.event ? 1.0 : 0.0;
      expected += p;
      variance += p * (1.0 - p);
    }
    const Calibration c = calibrate(panel, truth, fit);
    ASSERT_EQ(c.coefficients.size(), kFree.size());
    for (const CoefficientEstimate& e : c.coefficients) {
      if (e.lower <= truth[e.param] && truth[e.param] <= e.upper) ++covered[e.param];
    }
  }
  // The replay's covariates are those the transitions were drawn with: under the true
  // coefficients the events number what the hazards predict.
  EXPECT_GT(events, 1000.0);
  EXPECT_LT(std::abs(events - expected), 3.0 * std::sqrt(variance))
      << events << " events, " << expected << " expected";
  // Over all coefficients the intervals hold the truth at least 85% of the time. One
  // coefficient's count over 50 panels has a binomial spread of about 2 around 45, so each alone
  // is held only to 38 (a coefficient biased enough to be covered 60% of the time fails).
  int total = 0;
  for (ParamId id : kFree) {
    total += covered[id];
    EXPECT_GE(covered[id], 38) << info(id).name << ": true value in " << covered[id] << " of "
                               << kPanels << " 90% intervals";
  }
  EXPECT_GE(total, static_cast<int>(0.85 * kPanels * static_cast<double>(kFree.size())));
}

TEST(Calibration, ThePanelIsTheSameWhateverTheReplaysWhenThePatronDrawsNothing) {
  RunOptions options;
  options.replicates = 4;
  const Simulation sim(synthetic(), options);
  const ProliferationRecord record = ProliferationRecord::parse(record_of(sim, 3), "panel.csv");
  const Panel one = build_panel(sim, record, "bleek2017", 1);
  const Panel four = build_panel(sim, record, "bleek2017", 4);
  ASSERT_EQ(one.rows.size(), four.rows.size());
  EXPECT_EQ(format_panel_csv(one), format_panel_csv(four));
}

TEST(Calibration, AStateOfTheRecordMissingFromTheScenarioIsAnError) {
  RunOptions options;
  options.replicates = 1;
  const Simulation sim(synthetic(), options);
  const ProliferationRecord record = ProliferationRecord::parse(
      "state,stage,start,end,coding,source,note\n"
      "QAA,explore,1960,,bleek2017,test,\n"
      "KOR,explore,1959,1978,bleek2017,test,\n",
      "record.csv");
  try {
    build_panel(sim, record, "bleek2017", 1);
    FAIL() << "a record naming KOR was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "record.csv:3:1: record.state: state KOR of the record is not in the scenario");
  }
}

}  // namespace
}  // namespace umbrella
