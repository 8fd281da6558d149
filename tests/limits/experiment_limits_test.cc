// Each limit of core/limits.h on experiments, designs and runs: refused before any work starts,
// with the catalogued message (docs/errors.md).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "../error_catalogue.h"
#include "../experiment/experiment_files.h"
#include "../malformed_catalogue.h"
#include "analysis/problem.h"
#include "analysis/samplers.h"
#include "core/error.h"
#include "core/limits.h"
#include "engine/ensemble.h"
#include "experiment/experiment.h"
#include "experiment/plan.h"
#include "experiment/runner.h"
#include "scenario/loader.h"

namespace umbrella::testing {
namespace {

// An experiment on the baseline; `rest` adds or replaces top-level keys after the defaults.
std::string experiment(const std::string& rest) {
  return fmt::format("scenario: {}/scenarios/baseline-2025.yaml\nseed: 1\n{}", UMBRELLA_SOURCE_DIR,
                     rest);
}

const char* kOneOutcome = "outcomes: {o: {series: npt_strength world, reduce: max}}\n";
const char* kOneUncertainty =
    "uncertainties: {parameters: {credibility.memory: {range: [0.8, 1]}}}\n";

// The error loading the experiment `text` gives, relative to the folder.
std::string load_error(const std::string& text) {
  TemporaryFolder folder("umbrella-limits");
  try {
    experiment::load_experiment(write_file(folder.path() / "limits.yaml", text));
  } catch (const InputError& error) {
    return relative_to(folder.path(), error.what());
  }
  return "";
}

void expect_error(const std::string& text, const std::string& expected) {
  EXPECT_EQ(load_error(text), expected);
  expect_catalogued(expected);
}

TEST(ExperimentLimits, Policies) {
  std::string policies = "policies:\n";
  for (std::size_t p = 0; p < limits::kMaxPolicies; ++p)
    policies += fmt::format("  p{}: {{}}\n", p);
  expect_error(experiment(std::string(kOneOutcome) + "samples: 1\nreplicates: 1\n" + policies),
               "limits.yaml:262:3: policies[p255]: expected at most 256 policies (the baseline "
               "included) in all, got one more: p255");
}

TEST(ExperimentLimits, Outcomes) {
  std::string outcomes = "outcomes:\n";
  for (std::size_t o = 0; o <= limits::kMaxOutcomes; ++o) {
    outcomes += fmt::format("  o{}: {{series: npt_strength world, reduce: max}}\n", o);
  }
  expect_error(experiment("samples: 1\nreplicates: 1\n" + outcomes),
               "limits.yaml:506:3: outcomes[o500]: expected at most 500 outcomes in all, got one "
               "more: o500");
}

TEST(ExperimentLimits, NumbersOfTheDesign) {
  expect_error(
      experiment(std::string(kOneOutcome) + kOneUncertainty + "samples: 16777217\nreplicates: 1\n"),
      "limits.yaml:5:10: samples: expected a design of at most 16777216 numbers (rows x "
      "columns), got 16777217 rows of 1");
}

TEST(ExperimentLimits, Runs) {
  expect_error(experiment(std::string(kOneOutcome) + kOneUncertainty +
                          "samples: 1000000\nreplicates: 1001\n"),
               "limits.yaml:5:10: samples: expected at most 1000000000 runs (samples x replicates "
               "x policies), got 1001000000 (1000000 x 1001 x 1)");
}

TEST(ExperimentLimits, ValuesOfTheStore) {
  std::string outcomes = "outcomes:\n";
  for (int o = 0; o < 11; ++o) {
    outcomes += fmt::format("  o{}: {{series: npt_strength world, reduce: max}}\n", o);
  }
  expect_error(experiment(outcomes + kOneUncertainty + "samples: 1000000\nreplicates: 1000\n"),
               "limits.yaml:16:10: samples: expected a store of at most 10000000000 values (runs x "
               "outcomes), got 11000000000 (1000000000 x 11)");
}

TEST(ExperimentLimits, BinsOfTheStreamingSummaries) {
  const Scenario& scenario = load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  std::string outcomes = "outcomes:\n";
  for (const State& state : scenario.world.states) {
    if (state.stage == Stage::acquired) {
      outcomes += fmt::format("  w{0}: {{series: warheads {0}, reduce: max}}\n", state.code);
    }
  }
  for (const Alliance& alliance : scenario.world.alliances) {
    if (!alliance.primary) continue;
    outcomes += fmt::format("  c{0}: {{series: credibility {0}, reduce: max}}\n",
                            scenario.world.states[alliance.ally].code);
  }
  std::string policies = "policies:\n";
  for (std::size_t p = 1; p < limits::kMaxPolicies; ++p)
    policies += fmt::format("  p{}: {{}}\n", p);
  expect_error(experiment(outcomes + policies + "samples: 1\nreplicates: 1\n"),
               "limits.yaml:4:3: outcomes: expected summaries of at most 268435456 histogram bins "
               "(the bins of every quantity series x years x policies), got 333312000 (62000 x 21 "
               "x 256): record fewer series, years or policies");
}

TEST(ExperimentLimits, RunsPerChunk) {
  TemporaryFolder folder("umbrella-limits");
  const experiment::Experiment definition = experiment::load_experiment(
      write_file(folder.path() / "small.yaml",
                 experiment(std::string(kOneOutcome) + "samples: 2\nreplicates: 2\n")));
  const experiment::Plan plan(definition);
  experiment::RunnerOptions options;
  options.chunk_runs = 1'000'000'000;
  expect_quoted_error<UsageError>(
      [&] { experiment::run_experiment(plan, folder.path() / "out", options); },
      "--chunk-runs: expected at most 3050402 runs per chunk for this experiment (each run holds "
      "22 numbers, at most 134217728 for the chunks in memory), got 1000000000");
}

TEST(ExperimentLimits, ParametersOfAProblemFile) {
  TemporaryFolder folder("umbrella-limits");
  std::string lines;
  for (std::size_t p = 0; p <= limits::kMaxProblemParameters; ++p) {
    lines += fmt::format("x{} 0 1\n", p);
  }
  expect_quoted_error<InputError>(
      [&] { sa::read_problem(write_file(folder.path() / "params.txt", lines)); },
      "params.txt:10001:1: expected at most 10000 parameters in all, got one more: x10000",
      folder.path());
}

TEST(ExperimentLimits, SizeOfASampledDesign) {
  sa::Problem problem;
  problem.parameters.push_back({"x", {}, {}});
  problem.parameters.back().dist.kind = Distribution::Kind::uniform;
  problem.parameters.back().dist.upper = 1.0;
  expect_quoted_error<UsageError>(
      [&] { sa::sample(problem, sa::SampleMethod::saltelli, {.n = 8'000'000}); },
      "-n: expected a design of at most 16777216 numbers (rows x columns), got 24000000 rows of "
      "1");
}

TEST(RunLimits, ReplicatesKeptByRunReplicates) {
  const Scenario& scenario = load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  RunOptions options;
  options.replicates = 200'000;
  expect_quoted_error<UsageError>(
      [&] { run_records(Simulation(scenario, options)); },
      "--replicates: expected at most 166008 replicates of run_replicates (each keeps its 3234 "
      "numbers, at most 536870912 in all; run streams them instead), got 200000");
}

}  // namespace
}  // namespace umbrella::testing
