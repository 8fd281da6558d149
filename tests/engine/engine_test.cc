#include <gtest/gtest.h>

#include <cstring>
#include <limits>
#include <stdexcept>
#include <vector>

#include "../model/test_world.h"
#include "engine/ensemble.h"
#include "engine/simulation.h"
#include "engine/summary_io.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

Scenario small_scenario() {
  Scenario s;
  s.name = "small";
  s.start_year = 2025;
  s.end_year = 2040;
  s.world = testing::small_world();
  const Parameters p = testing::test_parameters();
  for (std::size_t i = 0; i < kParamCount; ++i) {
    s.parameters[i].value = p.values[i];
    s.parameters[i].defined = true;
  }
  s.parameters[static_cast<std::size_t>(ParamId::patron_neglect_rate)].value = 2.0;
  s.parameters[static_cast<std::size_t>(ParamId::patron_support_rate)].value = 1.0;
  Distribution memory;
  memory.kind = Distribution::Kind::uniform;
  memory.lower = 0.8;
  memory.upper = 0.97;
  s.parameters[static_cast<std::size_t>(ParamId::memory)].uncertainty = memory;
  Lever trust;
  trust.name = "trust";
  trust.from_year = 2027;
  trust.set = {{ParamId::patron_neglect_rate, 0.0, {}}, {ParamId::patron_support_rate, 3.0, {}}};
  s.levers.push_back(trust);
  Lever sharing;
  sharing.name = "sharing";
  sharing.from_year = 2028;
  Event change;
  change.date = {2028, 1, 0};
  change.kind = EventKind::alliance_change;
  change.alliance_change.alliance = 0;
  change.alliance_change.sharing = Sharing::bilateral;
  sharing.events.push_back(change);
  s.levers.push_back(sharing);
  return s;
}

Summary run(const Scenario& s, RunOptions options) {
  const Simulation sim(s, options);
  return run_ensemble(sim, s.name);
}

TEST(Engine, BitIdenticalForAnyThreadCount) {
  const Scenario s = small_scenario();
  RunOptions options;
  options.replicates = 300;
  options.sample_uncertainty = true;
  options.threads = 1;
  const std::string one = summary_to_json(run(s, options));
  options.threads = 2;
  EXPECT_EQ(one, summary_to_json(run(s, options)));
  options.threads = 7;
  EXPECT_EQ(one, summary_to_json(run(s, options)));
}

TEST(Engine, SeedChangesTheDraws) {
  const Scenario s = small_scenario();
  RunOptions options;
  options.replicates = 200;
  const Summary a = run(s, options);
  options.seed = 99;
  const Summary b = run(s, options);
  EXPECT_NE(a.mean("credibility", "ALA", 2040), b.mean("credibility", "ALA", 2040));
}

TEST(Engine, ReplicateReplaysAloneAsInTheEnsemble) {
  const Scenario s = small_scenario();
  RunOptions options;
  options.replicates = 5;
  const Simulation sim(s, options);
  std::vector<double> alone(sim.record_size()), again(sim.record_size());
  Trace trace;
  sim.run_replicate(3, alone, &trace);
  sim.run_replicate(3, again, nullptr);
  EXPECT_EQ(alone, again);  // tracing changes nothing
  EXPECT_FALSE(trace.lines().empty());
}

TEST(Engine, LeverAtZeroIntensityIsTheBaseline) {
  const Scenario s = small_scenario();
  RunOptions options;
  options.replicates = 100;
  const std::string baseline = summary_to_json(run(s, options));
  options.levers = {{"trust", 0.0}, {"sharing", 0.0}};
  Summary zero = run(s, options);
  zero.levers.clear();
  EXPECT_EQ(baseline, summary_to_json(zero));
}

TEST(Engine, LeversActFromTheirYear) {
  const Scenario s = small_scenario();
  RunOptions options;
  options.replicates = 400;
  const Summary base = run(s, options);
  options.levers = {{"trust", 1.0}};
  const Summary trust = run(s, options);
  // Common random numbers: identical before the lever's year, better after it.
  EXPECT_EQ(base.mean("credibility", "ALA", 2026), trust.mean("credibility", "ALA", 2026));
  EXPECT_GT(trust.mean("credibility", "ALA", 2035), base.mean("credibility", "ALA", 2035) + 0.02);
  options.levers = {{"sharing", 1.0}};
  const Summary sharing = run(s, options);
  EXPECT_EQ(base.mean("credibility", "ALA", 2027), sharing.mean("credibility", "ALA", 2027));
  EXPECT_GT(sharing.mean("credibility", "ALA", 2030), base.mean("credibility", "ALA", 2030));
  EXPECT_EQ(base.mean("credibility", "ALC", 2030), sharing.mean("credibility", "ALC", 2030));
}

TEST(Engine, UnknownLeverOrYearsAreUsageErrors) {
  const Scenario s = small_scenario();
  RunOptions options;
  options.levers = {{"nope", 1.0}};
  EXPECT_THROW(Simulation(s, options), UsageError);
  options.levers.clear();
  options.from_year = 2020;
  EXPECT_THROW(Simulation(s, options), UsageError);
}

TEST(Engine, ProbabilitiesCarryWilsonIntervals) {
  const Scenario s = small_scenario();
  RunOptions options;
  options.replicates = 500;
  const Summary summary = run(s, options);
  const SeriesSummary* hedge = summary.find("p_hedging", "ALA");
  ASSERT_NE(hedge, nullptr);
  for (std::size_t y = 0; y < summary.years.size(); ++y) {
    const Interval ci = wilson_interval(hedge->mean[y] * 500, 500, 1.6448536269514722);
    EXPECT_DOUBLE_EQ(hedge->p05[y], ci.low);
    EXPECT_DOUBLE_EQ(hedge->p95[y], ci.high);
    EXPECT_LE(hedge->p05[y], hedge->mean[y]);
    EXPECT_GE(hedge->p95[y], hedge->mean[y]);
  }
  const SeriesSummary* acquired = summary.find("p_acquired", "ALA");
  const SeriesSummary* pursuit = summary.find("p_pursuit", "ALA");
  for (std::size_t y = 0; y < summary.years.size(); ++y) {
    EXPECT_LE(acquired->mean[y], pursuit->mean[y]);
    EXPECT_LE(pursuit->mean[y], hedge->mean[y]);
  }
}

// A recorder of a few outcomes (an experiment's) writes those cells as the full recorder does,
// to the bit, and leaves every other cell as it was; over enough replicates of the baseline that
// crises fill the flashpoints' outcomes, and for every measure of the catalogue.
TEST(Engine, ARecorderOfSomeOutcomesWritesThoseAndNoOther) {
  const Scenario s = load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  const Simulation sim(s, RunOptions{});
  // Every fourth outcome, and the first of each measure, so that every measure is read.
  std::vector<std::size_t> chosen;
  std::vector<bool> is_chosen(sim.outcomes().size(), false);
  std::vector<bool> measured(kMeasureCount, false);
  for (std::size_t i = 0; i < sim.outcomes().size(); ++i) {
    const auto m = static_cast<std::size_t>(sim.outcomes()[i].probe.measure);
    if (i % 4 != 0 && measured[m]) continue;
    measured[m] = true;
    chosen.push_back(i);
    is_chosen[i] = true;
  }
  ASSERT_EQ(std::count(measured.begin(), measured.end(), true), kMeasureCount);
  ASSERT_LT(chosen.size(), sim.outcomes().size() / 2);
  // Given out of order and twice, as a caller might.
  std::vector<std::size_t> given(chosen.rbegin(), chosen.rend());
  given.push_back(chosen.front());
  const Recorder some = sim.recorder_of(given);

  constexpr double kUntouched = -7.0;
  int crisis_cells = 0;
  for (std::uint32_t r = 0; r < 40; ++r) {
    std::vector<double> full(sim.record_size());
    std::vector<double> part(sim.record_size(), kUntouched);
    sim.run_sample_replicate({0, r}, sim.base_parameters(), {}, full);
    sim.run_sample_replicate({0, r}, sim.base_parameters(), {}, part, &some);
    for (int year = sim.first_year(); year <= sim.last_year(); ++year) {
      for (std::size_t i = 0; i < sim.outcomes().size(); ++i) {
        const std::size_t c = sim.cell(i, year);
        if (is_chosen[i]) {
          ASSERT_EQ(std::memcmp(&full[c], &part[c], sizeof(double)), 0) << i << " " << year;
          if (sim.outcomes()[i].probe.measure == Measure::p_crisis && full[c] == 1.0) {
            ++crisis_cells;
          }
        } else {
          ASSERT_EQ(part[c], kUntouched) << i << " " << year;
        }
      }
    }
  }
  EXPECT_GT(crisis_cells, 0);  // a flashpoint's outcomes were written in a year of crisis too
  EXPECT_THROW((void)sim.recorder_of({sim.outcomes().size()}), std::out_of_range);
}

TEST(Summary, WilsonAndQuantileAgainstHandValues) {
  const Interval ci = wilson_interval(10, 100, 1.6448536269514722);
  EXPECT_NEAR(ci.low, 0.06072, 1e-5);
  EXPECT_NEAR(ci.high, 0.16036, 1e-5);
  std::vector<double> v{5, 1, 4, 2, 3};
  EXPECT_DOUBLE_EQ(quantile_of(v, 0.5), 3.0);
  EXPECT_DOUBLE_EQ(quantile_of(v, 0.05), 1.2);
}

TEST(SummaryIo, JsonRoundTrip) {
  const Scenario s = small_scenario();
  RunOptions options;
  options.replicates = 20;
  const Summary summary = run(s, options);
  const std::string json = summary_to_json(summary);
  EXPECT_EQ(json, summary_to_json(summary_from_json(json, "summary.json")));
  EXPECT_THROW(summary_from_json("{\"scenario\": 1}", "bad.json"), InputError);
}

// JSON has no infinity: nlohmann wrote null (1e308 warheads once got that far). The loader's
// bounds keep every outcome finite, so one that is not is a bug, never a written file.
TEST(SummaryIo, ANonFiniteValueIsABugNotANull) {
  const Scenario s = small_scenario();
  RunOptions options;
  options.replicates = 2;
  Summary summary = run(s, options);
  ASSERT_FALSE(summary.series.empty());
  summary.series.back().mean.back() = std::numeric_limits<double>::infinity();
  EXPECT_THROW(summary_to_json(summary), std::logic_error);
}

}  // namespace
}  // namespace umbrella
