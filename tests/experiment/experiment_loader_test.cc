// Experiment files that load: the shipped essay experiment, and the distributions the format
// adds to the scenario's (discrete weights, a normal truncated to the parameter's domain).
#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

#include "core/error.h"
#include "experiment/experiment.h"
#include "experiment_files.h"

namespace umbrella::experiment {
namespace {

TEST(ExperimentLoader, ReadsTheEssayExperiment) {
  const Experiment e = load_experiment(std::string(UMBRELLA_SOURCE_DIR) +
                                       "/scenarios/experiments/essay-remedies.yaml");
  EXPECT_EQ(e.name, "essay-remedies");
  ASSERT_EQ(e.policies.size(), 6U);
  EXPECT_EQ(e.policies.front().name, "baseline");
  EXPECT_TRUE(e.policies.front().levers.empty());
  EXPECT_EQ(e.policies.back().name, "all_four");
  EXPECT_EQ(e.policies.back().levers.size(), 4U);
  EXPECT_EQ(e.scenario.name, "baseline-2025+events-2026");
  EXPECT_GT(e.uncertainties.size(), 20U);  // every ranged parameter of the scenario
  EXPECT_EQ(e.sampler, sa::SampleMethod::latin_hypercube);
  EXPECT_EQ(e.to_year, 2035);
}

TEST(ExperimentLoader, ExplicitUncertaintiesOverrideTheScenarioRangesInParameterOrder) {
  testing::TemporaryFolder folder("umbrella-loader");
  const auto file =
      testing::write_file(folder.path() / "e.yaml", "scenario: " + testing::kBaselineScenario + R"(
uncertainties:
  use_scenario_ranges: true
  parameters:
    patron.neglect_rate: {dist: {kind: discrete, values: [1, 2, 5], weights: [0.5, 0.3, 0.2]}}
    credibility.memory: {dist: {kind: normal, mean: 0.9, sd: 0.05}}
outcomes:
  peak: {series: nuclear_armed_states world, reduce: max}
samples: 2
replicates: 1
seed: 0
)");
  const Experiment e = load_experiment(file.string());
  // Parameters in the parameter list's order, then the World's numbers in the scenario's.
  for (std::size_t i = 1; i < e.uncertainties.size(); ++i) {
    const Uncertainty& a = e.uncertainties[i - 1];
    const Uncertainty& b = e.uncertainties[i];
    EXPECT_LT(std::pair(a.param, a.world_number), std::pair(b.param, b.world_number));
  }
  const auto in_world = std::count_if(e.uncertainties.begin(), e.uncertainties.end(),
                                      [](const Uncertainty& u) { return u.in_world(); });
  EXPECT_EQ(static_cast<std::size_t>(in_world), e.scenario.uncertainties.size());
  for (const Uncertainty& u : e.uncertainties) {
    if (u.param == ParamId::patron_neglect_rate) {
      EXPECT_EQ(u.distribution.kind, Distribution::Kind::discrete);
      EXPECT_EQ(u.distribution.weights, (std::vector<double>{0.5, 0.3, 0.2}));
    }
    if (u.param == ParamId::memory) {
      EXPECT_EQ(u.distribution.kind, Distribution::Kind::normal);
      EXPECT_EQ(u.distribution.lower, 0.0);  // the parameter's domain
      EXPECT_EQ(u.distribution.upper, 1.0);
    }
  }
}

// A sampled assumption is a discrete uncertainty on the indices of its views in the scenario's
// list, after the parameters; a view held fixed stays a choice.
TEST(ExperimentLoader, SampledViewsAreADiscreteUncertaintyAfterTheParameters) {
  testing::TemporaryFolder folder("umbrella-loader-views");
  const auto file =
      testing::write_file(folder.path() / "e.yaml", "scenario: " + testing::kBaselineScenario + R"(
assumptions:
  theater_balance: {views: [adds_little, essay]}
  nuclear_taboo: usable
uncertainties:
  parameters:
    credibility.memory: {range: [0.8, 1.0]}
outcomes:
  peak: {series: nuclear_armed_states world, reduce: max}
samples: 2
replicates: 1
seed: 0
)");
  const Experiment e = load_experiment(file.string());
  ASSERT_EQ(e.uncertainties.size(), 2U);
  EXPECT_EQ(e.uncertainties[0].param, ParamId::memory);
  const Uncertainty& views = e.uncertainties[1];
  EXPECT_EQ(views.name, "assumptions.theater_balance");
  EXPECT_FALSE(views.in_world());
  ASSERT_TRUE(views.assumption.has_value());
  EXPECT_EQ(e.scenario.assumptions[*views.assumption].name, "theater_balance");
  // essay, matters_some, adds_little in the scenario's order.
  EXPECT_EQ(views.distribution.kind, Distribution::Kind::discrete);
  EXPECT_EQ(views.distribution.values, (std::vector<double>{2, 0}));
  ASSERT_EQ(e.assumptions.size(), 1U);
  EXPECT_EQ(e.assumptions[0].name, "nuclear_taboo");
  EXPECT_EQ(e.assumptions[0].view, "usable");
}

TEST(ExperimentLoader, VariesANumberOfTheWorldWithinItsDomain) {
  testing::TemporaryFolder folder("umbrella-loader-world");
  // An experiment varying Taiwan's eruption rate over [0, `upper`].
  const auto varying = [&](const char* name, const char* upper) {
    return testing::write_file(folder.path() / name, "scenario: " + testing::kBaselineScenario + R"(
uncertainties:
  parameters:
    flashpoints.CHN-TWN.eruption_rate: {range: [0.0, )" + upper +
                                                         R"(]}
outcomes:
  peak: {series: nuclear_armed_states world, reduce: max}
samples: 2
replicates: 1
seed: 0
)");
  };
  const Experiment e = load_experiment(varying("e.yaml", "0.3").string());
  ASSERT_EQ(e.uncertainties.size(), 1U);
  const Uncertainty& u = e.uncertainties.front();
  EXPECT_TRUE(u.in_world());
  EXPECT_EQ(u.name, "flashpoints.CHN-TWN.eruption_rate");
  EXPECT_EQ(e.scenario.uncertainties[u.world_number].path, u.name);
  EXPECT_EQ(u.distribution.upper, 0.3);

  try {
    load_experiment(varying("bad.yaml", "1.5").string());
    ADD_FAILURE() << "a rate above 1 was accepted";
  } catch (const InputError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("bad.yaml:4:"), std::string::npos) << message;
    EXPECT_NE(message.find("[0, 1]"), std::string::npos) << message;
  }
}

TEST(DiscreteWeights, QuantileFollowsTheCumulativeWeights) {
  Distribution d;
  d.kind = Distribution::Kind::discrete;
  d.values = {1, 2, 5};
  d.weights = {5, 3, 2};
  EXPECT_EQ(quantile(d, 0.0), 1);
  EXPECT_EQ(quantile(d, 0.49), 1);
  EXPECT_EQ(quantile(d, 0.51), 2);
  EXPECT_EQ(quantile(d, 0.79), 2);
  EXPECT_EQ(quantile(d, 0.81), 5);
  EXPECT_EQ(quantile(d, 0.999), 5);
}

}  // namespace
}  // namespace umbrella::experiment
