// The experiment runner end to end on small experiments of the 2025 baseline: the same results
// on one and two threads, a resumed run ending as an uninterrupted one, a refused resume of a
// changed definition, and policy summaries that agree with `umbrella run`.
#include "experiment/runner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <utility>
#include <vector>

#include "engine/ensemble.h"
#include "engine/summary_io.h"
#include "experiment_files.h"
#include "scenario/loader.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;
using testing::TemporaryFolder;

std::string small_experiment() {
  return "scenario: " + testing::kBaselineScenario + R"(
uncertainties:
  parameters:
    credibility.memory: {range: [0.8, 1.0]}
    patron.neglect_rate: {range: [0, 10], dist: {kind: triangular, mode: 4}}
    proliferation.hedge.intercept: {dist: {kind: normal, mean: -6, sd: 1}}
levers: [restore_trust, bilateral_sharing]
policies:
  trust: {restore_trust: 1}
  sharing: {bilateral_sharing: 0.5}
outcomes:
  cred_JPN_2030: {series: credibility JPN, reduce: value, year: 2030}
  kor_pursues: {series: p_pursuit KOR, reduce: first_year, when: ">= 1"}
  armed_peak: {series: nuclear_armed_states world, reduce: max}
  npt_mean: {series: npt_strength world, reduce: mean}
sampler: lhs
samples: 12
replicates: 5
seed: 7
years: {from: 2025, to: 2030}
)";
}

const char* const kExports[] = {"runs.csv", "design.csv", "baseline/summary.json",
                                "trust/summary.json", "sharing/summary.json"};

RunnerOptions options_with(int threads) {
  RunnerOptions options;
  options.threads = threads;
  options.chunk_runs = 30;
  options.program_version = "test";
  return options;
}

void run_into(const fs::path& definition, const fs::path& out, const RunnerOptions& options) {
  const Experiment experiment = load_experiment(definition.string());
  const Plan plan(experiment);
  run_experiment(plan, out, options);
}

TEST(ExperimentRunner, OneAndTwoThreadsWriteTheSameBytes) {
  TemporaryFolder folder("umbrella-threads");
  const fs::path file = testing::write_file(folder.path() / "small.yaml", small_experiment());
  run_into(file, folder.path() / "one", options_with(1));
  run_into(file, folder.path() / "two", options_with(2));
  for (const char* name : kExports) {
    const std::string one = testing::read_file(folder.path() / "one" / name);
    ASSERT_FALSE(one.empty()) << name;
    EXPECT_EQ(one, testing::read_file(folder.path() / "two" / name)) << name;
  }
  // The store too: the same rows and aggregate states, committed in the same order.
  EXPECT_EQ(testing::read_file(folder.path() / "one" / "results.sqlite"),
            testing::read_file(folder.path() / "two" / "results.sqlite"));
}

TEST(ExperimentRunner, ResumedRunEndsAsAnUninterruptedOne) {
  TemporaryFolder folder("umbrella-resume");
  const fs::path file = testing::write_file(folder.path() / "small.yaml", small_experiment());
  run_into(file, folder.path() / "whole", options_with(2));

  RunnerOptions interrupted = options_with(2);
  interrupted.after_commit = [](std::uint64_t committed) {
    if (committed == 3) throw std::runtime_error("interrupted");
  };
  EXPECT_THROW(run_into(file, folder.path() / "split", interrupted), std::runtime_error);
  EXPECT_FALSE(fs::exists(folder.path() / "split" / "runs.csv"));
  EXPECT_THROW(run_into(file, folder.path() / "split", options_with(1)), UsageError)
      << "an existing store is continued only with resume";
  RunnerOptions resume = options_with(1);
  resume.resume = true;
  run_into(file, folder.path() / "split", resume);
  for (const char* name : kExports) {
    EXPECT_EQ(testing::read_file(folder.path() / "whole" / name),
              testing::read_file(folder.path() / "split" / name))
        << name;
  }
}

TEST(ExperimentRunner, RefusesToResumeAChangedDefinition) {
  TemporaryFolder folder("umbrella-changed");
  const fs::path file = testing::write_file(folder.path() / "small.yaml", small_experiment());
  run_into(file, folder.path() / "out", options_with(1));
  testing::write_file(file, small_experiment() + "# one more comment\n");
  RunnerOptions resume = options_with(1);
  resume.resume = true;
  try {
    run_into(file, folder.path() / "out", resume);
    FAIL() << "resumed a store of another definition";
  } catch (const UsageError& error) {
    EXPECT_NE(std::string(error.what()).find("changed"), std::string::npos) << error.what();
  }
  testing::write_file(file, small_experiment());
  resume.program_version = "another";
  EXPECT_THROW(run_into(file, folder.path() / "out", resume), UsageError);
}

// Without uncertainties, sample 0 replays the replicates of `umbrella run`: the means agree to
// the last bit, the probability bands exactly, and the quantity bands within a histogram bin.
TEST(ExperimentRunner, OneSampleWithoutUncertaintyMatchesRun) {
  TemporaryFolder folder("umbrella-matches-run");
  const fs::path file = testing::write_file(folder.path() / "plain.yaml",
                                            "scenario: " + testing::kBaselineScenario + R"(
outcomes:
  cred_JPN: {series: credibility JPN, reduce: value, year: 2032}
  pursuit_KOR: {series: p_pursuit KOR, reduce: value, year: 2032}
  armed: {series: nuclear_armed_states world, reduce: value, year: 2032}
samples: 1
replicates: 200
seed: 11
years: {from: 2025, to: 2032}
)");
  run_into(file, folder.path() / "out", options_with(2));
  const Summary experiment = summary_from_json(
      testing::read_file(folder.path() / "out" / "baseline" / "summary.json"), "summary.json");

  RunOptions options;
  options.seed = 11;
  options.replicates = 200;
  options.to_year = 2032;
  const Scenario scenario = load_scenario(testing::kBaselineScenario);
  const Summary run = run_ensemble(Simulation(scenario, options), scenario.name);
  ASSERT_EQ(experiment.series.size(), 3U);
  for (const SeriesSummary& s : experiment.series) {
    const SeriesSummary* other = run.find(s.name, s.subject);
    ASSERT_NE(other, nullptr) << s.name;
    const double tolerance = s.name == "credibility" ? 0.0005 : 0.0;
    for (std::size_t y = 0; y < s.mean.size(); ++y) {
      EXPECT_EQ(s.mean[y], other->mean[y]) << s.name << " " << experiment.years[y];
      EXPECT_NEAR(s.p05[y], other->p05[y], tolerance) << s.name << " " << experiment.years[y];
      EXPECT_NEAR(s.p95[y], other->p95[y], tolerance) << s.name << " " << experiment.years[y];
    }
  }
}

// A number of the World in the design: each sample runs its own eruption rate, and Taiwan is
// invaded more often where crises erupt more often; at the scenario's values nothing changes.
TEST(ExperimentPlan, WorldNumbersInTheDesignReachTheSimulation) {
  TemporaryFolder folder("umbrella-plan-world");
  const fs::path file = testing::write_file(folder.path() / "world.yaml",
                                            "scenario: " + testing::kBaselineScenario + R"(
uncertainties:
  parameters:
    flashpoints.CHN-TWN.eruption_rate: {range: [0.0, 0.3]}
outcomes:
  invaded: {series: p_invasion CHN-TWN, reduce: max}
sampler: lhs
samples: 16
replicates: 40
seed: 11
years: {from: 2025, to: 2040}
)");
  const Experiment experiment = load_experiment(file.string());
  const Plan plan(experiment);
  std::vector<std::pair<double, double>> rate_and_share;  // per sample
  std::vector<double> result(plan.result_size());
  for (std::uint32_t s = 0; s < plan.samples(); ++s) {
    double invaded = 0.0;
    for (std::uint32_t r = 0; r < plan.replicates(); ++r) {
      plan.run(0, s, r, result);
      invaded += result.back();
    }
    rate_and_share.emplace_back(plan.design().at(s, 0), invaded / plan.replicates());
  }
  std::sort(rate_and_share.begin(), rate_and_share.end());
  double low = 0.0;
  double high = 0.0;
  for (std::size_t i = 0; i < 8; ++i) {
    low += rate_and_share[i].second / 8;
    high += rate_and_share[i + 8].second / 8;
  }
  EXPECT_GT(high, low + 0.2) << "low-rate samples " << low << ", high-rate samples " << high;
  // The lowest stratum's rate is under 0.019 a year: at most a crisis or two in 16 years.
  EXPECT_LT(rate_and_share.front().second, 0.25);
}

// A sampled view reaches each run: a sample that drew a view gives, replicate by replicate, the
// results of the same sample in an experiment that holds that view fixed (the random streams
// are keyed by seed, sample and replicate alone), and the views differ.
TEST(ExperimentPlan, EachRunUsesItsSampledView) {
  TemporaryFolder folder("umbrella-plan-views");
  const auto experiment_with = [&](const std::string& name, const std::string& assumptions) {
    return load_experiment(
        testing::write_file(folder.path() / name, "scenario: " + testing::kBaselineScenario +
                                                      "\nassumptions: " + assumptions + R"(
outcomes:
  cred_JPN: {series: credibility JPN, reduce: value, year: 2030}
sampler: lhs
samples: 6
replicates: 2
seed: 3
years: {from: 2025, to: 2030}
)")
            .string());
  };
  const Experiment sampled = experiment_with(
      "sampled.yaml", "{reputation_vs_capability: {views: [past_actions, current_calculus]}}");
  const Experiment past = experiment_with("past.yaml", "{reputation_vs_capability: past_actions}");
  const Experiment current =
      experiment_with("current.yaml", "{reputation_vs_capability: current_calculus}");
  const Plan plan(sampled);
  const Plan plan_past(past);
  const Plan plan_current(current);
  std::vector<double> result(plan.result_size());
  std::vector<double> fixed(plan.result_size());
  std::set<double> drawn;
  for (std::uint32_t s = 0; s < plan.samples(); ++s) {
    const double view = plan.design().at(s, 0);
    drawn.insert(view);
    // The views' indices in the scenario's list: past_actions 0, mixed 1, current_calculus 2.
    const Plan& same = view == 0 ? plan_past : plan_current;
    for (std::uint32_t r = 0; r < plan.replicates(); ++r) {
      plan.run(0, s, r, result);
      same.run(0, s, r, fixed);
      EXPECT_EQ(result.back(), fixed.back()) << "sample " << s << " view " << view;
      plan_past.run(0, s, r, fixed);
      const double under_past = fixed.back();
      plan_current.run(0, s, r, fixed);
      EXPECT_NE(under_past, fixed.back());
    }
  }
  EXPECT_EQ(drawn, (std::set<double>{0, 2}));
}

}  // namespace
}  // namespace umbrella::experiment
