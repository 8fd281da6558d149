// The backcast: its observed curves are the record's, its simulated ones are ordered bands, and
// its results do not depend on the number of threads.
#include "calibration/backcast.h"

#include <gtest/gtest.h>

#include "cli/option_spelling.h"
#include "core/error.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

const std::string kFixtures = std::string(UMBRELLA_SOURCE_DIR) + "/tests/calibration/fixtures/";

struct History {
  Scenario scenario = load_scenario(kFixtures + "synthetic-world.yaml", {});
  ProliferationRecord record = ProliferationRecord::read(kFixtures + "record.csv");
};

Backcast run(const History& s, int threads, std::vector<int> origins) {
  RunOptions options;
  options.seed = 7;
  options.replicates = 200;
  const Simulation sim(s.scenario, options);
  BackcastOptions b;
  b.origins = std::move(origins);
  b.replicates = 200;
  b.threads = threads;
  b.replays = 2;
  b.fit.bootstrap = 0;
  return run_backcast(sim, s.record, b);
}

TEST(Backcast, IsTheSameWhateverTheThreads) {
  const History s;
  EXPECT_EQ(to_json(run(s, 1, {1999, 2019})).dump(), to_json(run(s, 2, {1999, 2019})).dump());
}

TEST(Backcast, ObservedCurvesCountTheRecordsStatesAndBandsAreOrdered) {
  const History s;
  const Backcast b = run(s, 2, {1999});
  ASSERT_EQ(b.origins.size(), 1u);
  const OriginResult& o = b.origins[0];
  ASSERT_EQ(o.curves.size(), 3u);
  // The two armed states are counted at every stage from the start; the record's explorers
  // join them as they first explore.
  const StageCurve& explore = o.curves[0];
  EXPECT_EQ(explore.observed.front(), 2.0);
  int explorers = 0;
  for (const std::string& code : s.record.states()) {
    for (int y = 1950; y <= 2049; ++y) {
      if (s.record.status(code, y, "bleek2017") >= Stage::hedging) {
        ++explorers;
        break;
      }
    }
  }
  EXPECT_EQ(explore.observed.back(), 2.0 + explorers);
  for (const StageCurve& c : o.curves) {
    ASSERT_EQ(c.mean.size(), 100u);
    for (std::size_t y = 0; y < c.mean.size(); ++y) {
      // The mean of a skewed count may lie outside its 90% band; the band is ordered and the
      // counts lie between the armed states and all states.
      EXPECT_LE(c.p05[y], c.p95[y]);
      EXPECT_GE(c.mean[y], 2.0);
      EXPECT_LE(c.mean[y], 42.0);
      if (y > 0) {
        EXPECT_GE(c.observed[y], c.observed[y - 1]);
      }
    }
  }
  // Three models, each scored on the three stages over the same states at risk.
  ASSERT_EQ(o.models.size(), 3u);
  EXPECT_EQ(o.models[0].model, "fitted");
  EXPECT_EQ(o.models[1].model, "constant_hazard");
  EXPECT_EQ(o.models[2].model, "judgment");
  for (int k = 0; k < 3; ++k) {
    EXPECT_EQ(o.models[0].stages[k].states, o.models[2].stages[k].states);
    EXPECT_EQ(o.models[0].stages[k].events, o.models[1].stages[k].events);
  }
}

// The stage a replicate's record gives a state in a year, read from its p_* series.
Stage stage_in(const Simulation& sim, const std::vector<double>& record, const std::string& code,
               int year) {
  Stage stage = Stage::none;
  const Stage stages[] = {Stage::hedging, Stage::pursuit, Stage::acquired};
  const char* names[] = {"p_hedging", "p_pursuit", "p_acquired"};
  for (int k = 0; k < 3; ++k) {
    if (record[sim.cell(sim.find_outcome(names[k], code), year)] > 0.5) stage = stages[k];
  }
  return stage;
}

TEST(Forecast, FollowsTheRecordThroughTheOriginAndDrawsItsOwnAfter) {
  const History s;
  RunOptions options;
  options.seed = 7;
  const Simulation sim(s.scenario, options);
  const ProliferationStep along = follow_record(s.record, "bleek2017");
  std::vector<double> forecast(sim.record_size());
  std::vector<double> free(sim.record_size());
  int departures = 0;
  for (std::uint32_t r = 0; r < 20; ++r) {
    sim.forecast({0, r}, sim.base_parameters(), along, 1999, forecast);
    for (const std::string& code : s.record.states()) {
      for (int year = 1950; year <= 1999; ++year) {
        ASSERT_EQ(stage_in(sim, forecast, code, year), s.record.status(code, year, "bleek2017"))
            << code << " " << year;
      }
      for (int year = 2000; year <= 2049; ++year) {
        departures +=
            stage_in(sim, forecast, code, year) != s.record.status(code, year, "bleek2017") ? 1 : 0;
      }
    }
    // An origin before the history starts is a free run, draw for draw.
    sim.forecast({0, r}, sim.base_parameters(), along, 1949, forecast);
    sim.run_sample_replicate({0, r}, sim.base_parameters(), {}, free);
    ASSERT_EQ(forecast, free);
  }
  // After the origin the mechanism draws: simulated histories leave the record.
  EXPECT_GT(departures, 5000);
}

TEST(Backcast, AnOriginOutsideTheHistoryIsRefused) {
  const History s;
  try {
    run(s, 1, {2049});
    FAIL();
  } catch (const UsageError& e) {
    EXPECT_EQ(e.text(cli::command_line_option),
              "--train-until 2049: expected a year in the history before its last (1950-2048)");
    EXPECT_EQ(e.option(), "train-until");
  }
}

}  // namespace
}  // namespace umbrella
