// Morris elementary effects against functions whose effects are known: a linear function (every
// effect is c_i times the range), one with an interaction, and a design worked by hand.
#include "analysis/morris.h"

#include <gtest/gtest.h>

#include <cmath>

#include "../error_catalogue.h"
#include "analysis/samplers.h"

namespace umbrella::sa {
namespace {

Problem make_problem(const std::vector<std::tuple<const char*, double, double>>& bounds) {
  Problem problem;
  problem.file = "p.txt";
  for (const auto& [name, lower, upper] : bounds) {
    problem.parameters.push_back(uniform_parameter(name, lower, upper));
  }
  return problem;
}

template <typename F>
MorrisIndices analyse(const Problem& problem, F f, std::size_t r, std::uint64_t seed) {
  const Table design = sample(problem, SampleMethod::morris, {.n = r, .seed = seed});
  std::vector<double> y(design.rows());
  for (std::size_t i = 0; i < y.size(); ++i) y[i] = f(&design.values[i * problem.size()]);
  return morris_indices(morris_steps(design, problem, 4), y, problem.size(), {.seed = seed});
}

TEST(Morris, LinearFunctionHasEffectsCTimesTheRangeAndNoSpread) {
  // y = x1 + 2 x2 - 3 x3 on [0, 1] x [-1, 3] x [10, 12]: a step of Δ of the range changes y by
  // c_i Δ (upper - lower), so every elementary effect of x_i is c_i (upper - lower).
  const Problem problem = make_problem({{"x1", 0, 1}, {"x2", -1, 3}, {"x3", 10, 12}});
  const auto f = [](const double* x) { return x[0] + 2.0 * x[1] - 3.0 * x[2]; };
  const MorrisIndices got = analyse(problem, f, 20, 1);
  const std::vector<double> effect = {1.0, 8.0, -6.0};
  for (std::size_t j = 0; j < 3; ++j) {
    EXPECT_NEAR(got.mu[j], effect[j], 1e-12);
    EXPECT_NEAR(got.mu_star[j], std::abs(effect[j]), 1e-12);
    EXPECT_NEAR(got.sigma[j], 0.0, 1e-12);
    EXPECT_NEAR(got.mu_star_conf[j], 0.0, 1e-12);
  }
}

TEST(Morris, OnlyInteractingFactorsHaveSpread) {
  // y = x1 + 2 x2 + 4 x3 x4 on [0, 1]^4: the effect of x3 is 4 x4 and of x4 is 4 x3, which vary
  // between trajectories; x1 and x2 act alone.
  const Problem problem = make_problem({{"x1", 0, 1}, {"x2", 0, 1}, {"x3", 0, 1}, {"x4", 0, 1}});
  const auto f = [](const double* x) { return x[0] + 2.0 * x[1] + 4.0 * x[2] * x[3]; };
  const MorrisIndices got = analyse(problem, f, 40, 2);
  EXPECT_NEAR(got.mu[0], 1.0, 1e-12);
  EXPECT_NEAR(got.mu[1], 2.0, 1e-12);
  EXPECT_NEAR(got.sigma[0], 0.0, 1e-12);
  EXPECT_NEAR(got.sigma[1], 0.0, 1e-12);
  EXPECT_GT(got.sigma[2], 0.5);
  EXPECT_GT(got.sigma[3], 0.5);
  // The other factor is 0 or 1/3 at the low end of a step and 2/3 or 1 at the high end, so an
  // effect 4 x of x3 lies in [0, 4]: positive on average, mu = mu_star.
  EXPECT_GT(got.mu[2], 0.0);
  EXPECT_DOUBLE_EQ(got.mu[2], got.mu_star[2]);
  EXPECT_GT(got.mu_star_conf[2], 0.0);
}

Table hand_design() {
  // Two trajectories of D = 2 on [0, 1] with p = 4 (Δ = 2/3): the first steps x1 up then x2 up,
  // the second x2 down then x1 down.
  Table design;
  design.file = "d.csv";
  design.columns = {"x1", "x2"};
  design.values = {0, 1.0 / 3, 2.0 / 3, 1.0 / 3, 2.0 / 3, 1,  //
                   1, 2.0 / 3, 1,       0,       1.0 / 3, 0};
  design.lines = {2, 3, 4, 5, 6, 7};
  return design;
}

TEST(Morris, HandWorkedDesignSignsEffectsByTheStepDirection) {
  const Problem problem = make_problem({{"x1", 0, 1}, {"x2", 0, 1}});
  const std::vector<MorrisStep> steps = morris_steps(hand_design(), problem, 4);
  ASSERT_EQ(steps.size(), 4U);
  EXPECT_EQ(steps[0].parameter, 0U);
  EXPECT_TRUE(steps[0].up);
  EXPECT_EQ(steps[2].parameter, 1U);
  EXPECT_FALSE(steps[2].up);
  // y along the trajectories: 1, 3, 2 and 5, 4, 0. Effects (higher minus lower, over 2/3):
  // x1: (3 - 1) / Δ = 3 and (4 - 0) / Δ = 6; x2: (2 - 3) / Δ = -1.5 and (5 - 4) / Δ = 1.5.
  const std::vector<double> y = {1, 3, 2, 5, 4, 0};
  const MorrisIndices got = morris_indices(steps, y, 2, {});
  EXPECT_NEAR(got.mu[0], 4.5, 1e-12);
  EXPECT_NEAR(got.mu_star[0], 4.5, 1e-12);
  EXPECT_NEAR(got.sigma[0], std::sqrt(4.5), 1e-12);
  EXPECT_NEAR(got.mu[1], 0.0, 1e-12);
  EXPECT_NEAR(got.mu_star[1], 1.5, 1e-12);
  EXPECT_NEAR(got.sigma[1], std::sqrt(4.5), 1e-12);
  EXPECT_EQ(to_json(got, {"x1", "x2"}).dump().substr(0, 30), R"({"mu":{"x1":4.5,"x2":0.0},"mu_)");
}

std::string steps_error(const Table& design, int levels) {
  try {
    morris_steps(design, make_problem({{"x1", 0, 1}, {"x2", 0, 1}}), levels);
  } catch (const InputError& e) {
    umbrella::testing::expect_catalogued(e.what());
    return e.what();
  }
  return "no error";
}

TEST(Morris, DesignsThatAreNotTrajectoriesAreRejectedAtTheirRow) {
  EXPECT_EQ(steps_error(hand_design(), 6),
            "d.csv:3: x1: expected a step of Δ(upper - lower) = 0.6 for 6 levels, got "
            "0.6666666666666666; was the design sampled with other --levels?");
  Table both = hand_design();
  both.values[3] = 0.0;  // row 2 now moves x1 and x2
  EXPECT_EQ(steps_error(both, 4),
            "d.csv:3: expected a Morris step, one parameter changed from the row before, got 2 "
            "(x1, x2)");
  Table twice = hand_design();
  twice.values[4] = 0.0;  // row 3 moves x1 back instead of moving x2
  twice.values[5] = 1.0 / 3;
  EXPECT_EQ(steps_error(twice, 4),
            "d.csv:4: x1: expected each parameter to move once per trajectory, but x1 moved "
            "already at line 3");
  Table short_design = hand_design();
  short_design.values.resize(10);
  short_design.lines.resize(5);
  EXPECT_EQ(steps_error(short_design, 4),
            "d.csv: expected r(D+1) rows, a multiple of 3 for D = 2 parameters with r >= 2 "
            "trajectories (from sample --method morris), got 5");
}

}  // namespace
}  // namespace umbrella::sa
