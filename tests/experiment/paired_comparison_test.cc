// Paired comparisons on a store: a policy against itself is exactly zero with a zero-width
// interval, and common random numbers make paired differences far less noisy than differences
// between runs that met other draws.
#include "experiment/paired_comparison.h"

#include <gtest/gtest.h>

#include <cmath>

#include "experiment/runner.h"
#include "experiment_files.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;
using testing::TemporaryFolder;

// Runs `definition` (appended to the baseline scenario line) and opens its store.
fs::path run_experiment_text(const TemporaryFolder& folder, const std::string& definition) {
  const fs::path file =
      testing::write_file(folder.path() / "experiment.yaml",
                          "scenario: " + testing::kBaselineScenario + "\n" + definition);
  const Experiment experiment = load_experiment(file.string());
  RunnerOptions options;
  options.threads = 2;
  options.program_version = "test";
  run_experiment(Plan(experiment), folder.path() / "out", options);
  return folder.path() / "out" / "results.sqlite";
}

TEST(PairedComparison, PolicyAgainstItselfIsExactlyZero) {
  TemporaryFolder folder("umbrella-self");
  ResultsStore store(run_experiment_text(folder, R"(
uncertainties:
  parameters:
    credibility.memory: {range: [0.8, 1.0]}
levers: [restore_trust]
policies:
  trust: {restore_trust: 1}
outcomes:
  cred: {series: credibility KOR, reduce: value, year: 2030}
  first: {series: p_hedging JPN, reduce: first_year, when: ">= 1"}
  npt: {series: npt_strength world, reduce: mean}
samples: 10
replicates: 6
seed: 3
years: {from: 2025, to: 2030}
)"));
  const StoredExperiment stored = store.read();
  for (const std::string baseline : {"baseline", "trust"}) {
    const Comparison comparison = compare_policies(store, stored, baseline);
    EXPECT_EQ(comparison.pairs, 60U);
    for (const PolicyComparison& policy : comparison.policies) {
      if (policy.policy != baseline) continue;
      ASSERT_EQ(policy.differences.size(), 4U);  // first_year gives a share and a year
      for (const PairedDifference& d : policy.differences) {
        EXPECT_EQ(d.difference, 0.0) << d.outcome << " " << d.measure;
        EXPECT_EQ(d.low, 0.0) << d.outcome << " " << d.measure;
        EXPECT_EQ(d.high, 0.0) << d.outcome << " " << d.measure;
        EXPECT_EQ(d.baseline, d.policy);
      }
    }
  }
  EXPECT_THROW(compare_policies(store, stored, "nobody"), UsageError);
}

double variance(const std::vector<double>& values) {
  double mean = 0.0;
  for (double v : values) mean += v;
  mean /= static_cast<double>(values.size());
  double squares = 0.0;
  for (double v : values) squares += (v - mean) * (v - mean);
  return squares / static_cast<double>(values.size() - 1);
}

// Replicate r under the lever paired with replicate r of the baseline (the same draws) against
// replicate r paired with replicate r + 1 (other draws, as two independent runs would be).
TEST(PairedComparison, CommonRandomNumbersShrinkTheVarianceOfDifferences) {
  TemporaryFolder folder("umbrella-crn");
  ResultsStore store(run_experiment_text(folder, R"(
levers: [restore_trust]
policies:
  trust: {restore_trust: 1}
outcomes:
  cred_JPN: {series: credibility JPN, reduce: value, year: 2035}
  npt: {series: npt_strength world, reduce: mean}
samples: 1
replicates: 400
seed: 2025
years: {from: 2025, to: 2035}
)"));
  std::vector<std::vector<double>> base(2), trust(2);
  for (auto [policy, out] : {std::pair{0U, &base}, std::pair{1U, &trust}}) {
    ResultsStore::Runs runs(store, policy);
    while (runs.next()) {
      for (std::size_t o = 0; o < 2; ++o) (*out)[o].push_back(runs.values()[o]);
    }
  }
  for (std::size_t o = 0; o < 2; ++o) {
    const std::size_t n = base[o].size();
    ASSERT_EQ(n, 400U);
    std::vector<double> paired, unpaired;
    for (std::size_t r = 0; r < n; ++r) {
      paired.push_back(trust[o][r] - base[o][r]);
      unpaired.push_back(trust[o][r] - base[o][(r + 1) % n]);
    }
    EXPECT_GT(variance(unpaired), 0.0);
    // restore_trust changes how many acts the patron draws, so the streams drift apart after
    // 2026 and pairing removes less than for a structural lever: measured 0.28 of the unpaired
    // variance for credibility and less for the regime; the margin covers sampling error.
    EXPECT_LT(variance(paired), 0.5 * variance(unpaired))
        << "outcome " << o << ": " << variance(paired) << " vs " << variance(unpaired);
  }
}

}  // namespace
}  // namespace umbrella::experiment
