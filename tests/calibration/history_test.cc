// The 1945-2024 history scenario and the record it is fitted on belong together: every state of
// the record is in the scenario, and each starts in the stage the record gives it for 1944.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "calibration/backcast.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

const std::string kRoot = UMBRELLA_SOURCE_DIR;

struct History {
  Scenario scenario = load_scenario(kRoot + "/scenarios/history-1945.yaml", {});
  ProliferationRecord record = ProliferationRecord::read(kRoot + "/data/record/proliferation.csv");
};

const History& history() {
  static const History h;
  return h;
}

// The panel of the shipped history and record over `replays` replays (replicates 0.. of seed
// 2025).
Panel history_panel(int replays) {
  RunOptions options;
  options.replicates = replays;
  const Simulation sim(history().scenario, options);
  return build_panel(sim, history().record, "bleek2017", replays);
}

TEST(History, TheRecordsStatesAreInTheScenarioInTheirStageOf1944) {
  const History& h = history();
  EXPECT_EQ(h.scenario.start_year, 1945);
  EXPECT_EQ(h.scenario.end_year, 2024);
  EXPECT_EQ(h.record.states().size(), 31u);
  for (const std::string& code : h.record.states()) {
    const auto state = std::find_if(h.scenario.world.states.begin(), h.scenario.world.states.end(),
                                    [&](const State& s) { return s.code == code; });
    ASSERT_NE(state, h.scenario.world.states.end()) << code;
    // The United States is armed from the start of 1945: its first weapons date from July.
    const Stage expected =
        code == "USA" ? Stage::acquired : h.record.status(code, 1944, "bleek2017");
    EXPECT_EQ(state->stage, expected) << code;
  }
}

TEST(History, TheRecordCountsTenAcquirers) {
  const History& h = history();
  int acquired = 0;
  for (const std::string& code : h.record.states()) {
    for (int year = 1945; year <= 2024; ++year) {
      if (h.record.status(code, year, "bleek2017") == Stage::acquired) {
        ++acquired;
        break;
      }
    }
  }
  EXPECT_EQ(acquired, 10);
}

// Every state at risk in some year enters the panel, and no state enters it before it exists.
TEST(History, ThePanelHoldsOnlyStatesThatExist) {
  const Panel panel = history_panel(2);
  EXPECT_GT(panel.rows.size(), 2000u);
  for (const PanelRow& row : panel.rows) {
    if (row.state == "DZA") {
      EXPECT_GE(row.year, 1962);
    }
    if (row.state == "KOR") {
      EXPECT_GE(row.year, 1948);
    }
    if (row.state == "YUG") {
      EXPECT_LE(row.year, 2006);
    }
  }
  // The recorded explorations of the states in the panel, one event row each.
  int hedges = 0;
  for (const PanelRow& row : panel.rows) {
    hedges += row.transition == Transition::hedge && row.event ? 1 : 0;
  }
  EXPECT_GE(hedges, 20);
}

// data/record/panel-history-1945.csv is the panel calibrate derives from the shipped history and
// record (its replays are replicates 0-15 of seed 2025).
TEST(History, TheShippedPanelIsTheOneCalibrateDerives) {
  std::ifstream file(kRoot + "/data/record/panel-history-1945.csv");
  std::stringstream shipped;
  shipped << file.rdbuf();
  EXPECT_EQ(format_panel_csv(history_panel(16)), shipped.str());
}

// scenarios/calibrated-history.yaml is what `umbrella calibrate` fits on the shipped record, so a
// change to the model, the history or the record that moves the fit shows here (regenerate it with
// the command in its header, and docs/validation.md's numbers with it).
TEST(History, TheShippedOverlayIsTheFitOfTheShippedRecord) {
  const Panel panel = history_panel(16);
  CalibrationOptions fit;
  fit.train_until = 1989;
  fit.bootstrap = 0;
  const Calibration c = calibrate(panel, Simulation(history().scenario, {}).base_parameters(), fit);
  const Scenario calibrated = load_scenario(kRoot + "/scenarios/history-1945.yaml",
                                            {kRoot + "/scenarios/calibrated-history.yaml"});
  ASSERT_EQ(c.coefficients.size(), 18u);
  for (const CoefficientEstimate& e : c.coefficients) {
    const ParamSpec& shipped = calibrated.parameters[static_cast<std::size_t>(e.param)];
    EXPECT_NEAR(shipped.value, e.estimate, 1e-9) << info(e.param).name;
    EXPECT_LE(shipped.uncertainty.lower, e.estimate) << info(e.param).name;
    EXPECT_GE(shipped.uncertainty.upper, e.estimate) << info(e.param).name;
  }
}

}  // namespace
}  // namespace umbrella
