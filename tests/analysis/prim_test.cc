// PRIM on synthetic tables whose cases are a known box: the chosen box must find that box, leave
// the noise column alone, and the trajectory must behave as peeling implies.
#include "analysis/prim.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <random>

#include "core/error.h"

namespace umbrella::sa {
namespace {

// Uniform numbers in [0, 1) from mt19937_64's raw output, which the standard fixes (unlike its
// distributions), so the table is the same on every platform.
sa::Table uniform_table(std::size_t rows, std::size_t columns, std::uint64_t seed) {
  std::mt19937_64 engine(seed);
  sa::Table table;
  for (std::size_t c = 0; c < columns; ++c) table.columns.push_back("x" + std::to_string(c + 1));
  for (std::size_t i = 0; i < rows * columns; ++i) {
    table.values.push_back(static_cast<double>(engine() >> 11) * 0x1.0p-53);
  }
  return table;
}

// The planted scenario: x1 > 0.7 and x2 < 0.4; x3 is noise.
std::vector<bool> planted_cases(const sa::Table& x) {
  std::vector<bool> cases(x.rows());
  for (std::size_t r = 0; r < x.rows(); ++r) cases[r] = x.at(r, 0) > 0.7 && x.at(r, 1) < 0.4;
  return cases;
}

// Options differing from the defaults only where the test says (designated initialisers would
// leave out the others, which -Wmissing-field-initializers forbids).
PrimOptions options(double alpha, double min_mass, std::optional<std::size_t> step = {},
                    bool paste = false) {
  PrimOptions o;
  o.alpha = alpha;
  o.min_mass = min_mass;
  o.step = step;
  o.paste = paste;
  return o;
}

const PrimRestriction* restriction_of(const PrimResult& result, std::size_t column) {
  for (const PrimRestriction& r : result.restrictions) {
    if (r.column == column) return &r;
  }
  return nullptr;
}

TEST(Prim, RecoversThePlantedBoxAndLeavesTheNoiseColumnFree) {
  const sa::Table x = uniform_table(2000, 3, 7);
  const PrimResult result = prim(x, planted_cases(x), {});
  ASSERT_NE(restriction_of(result, 0), nullptr);
  ASSERT_NE(restriction_of(result, 1), nullptr);
  EXPECT_EQ(restriction_of(result, 2), nullptr);
  EXPECT_NEAR(restriction_of(result, 0)->lower, 0.7, 0.03);
  EXPECT_NEAR(restriction_of(result, 1)->upper, 0.4, 0.03);
  EXPECT_GT(result.box.density, 0.95);
  EXPECT_GE(result.box.coverage, 0.5);
  EXPECT_LT(restriction_of(result, 0)->p_value, 1e-6);
  EXPECT_LT(restriction_of(result, 1)->p_value, 1e-6);
}

TEST(Prim, TrajectoryLosesCoverageAndMassAtEveryStepAndKeepsTheMinimumMass) {
  const sa::Table x = uniform_table(500, 3, 11);
  const PrimResult result = prim(x, planted_cases(x), options(0.1, 0.2));
  ASSERT_GT(result.trajectory.size(), 5U);
  EXPECT_DOUBLE_EQ(result.trajectory.front().coverage, 1.0);
  EXPECT_DOUBLE_EQ(result.trajectory.front().mass, 1.0);
  EXPECT_EQ(result.trajectory.front().restricted, 0U);
  for (std::size_t s = 1; s < result.trajectory.size(); ++s) {
    EXPECT_LE(result.trajectory[s].coverage, result.trajectory[s - 1].coverage) << s;
    EXPECT_LT(result.trajectory[s].mass, result.trajectory[s - 1].mass) << s;
    EXPECT_GE(result.trajectory[s].mass, 0.2) << s;
  }
  // Peeling stopped because one more peel of about 10% would have gone below the minimum.
  EXPECT_LT(result.trajectory.back().mass * 0.9, 0.2 + 0.01);
}

TEST(Prim, IsDeterministic) {
  const sa::Table x = uniform_table(400, 4, 3);
  const PrimResult a = prim(x, planted_cases(x), options(0.05, 0.05, {}, true));
  const PrimResult b = prim(x, planted_cases(x), options(0.05, 0.05, {}, true));
  ASSERT_EQ(a.trajectory.size(), b.trajectory.size());
  for (std::size_t s = 0; s < a.trajectory.size(); ++s) {
    EXPECT_EQ(a.trajectory[s].box.lower, b.trajectory[s].box.lower);
    EXPECT_EQ(a.trajectory[s].box.upper, b.trajectory[s].box.upper);
  }
  EXPECT_EQ(a.chosen, b.chosen);
  EXPECT_EQ(a.box.box.lower, b.box.box.lower);
}

TEST(Prim, TheDefaultStepIsTheDensestCoveringHalfTheCases) {
  const sa::Table x = uniform_table(600, 3, 5);
  const PrimResult result = prim(x, planted_cases(x), {});
  for (const PrimStep& step : result.trajectory) {
    if (step.coverage >= 0.5) {
      EXPECT_LE(step.density, result.box.density);
    }
  }
  const PrimResult first = prim(x, planted_cases(x), options(0.05, 0.05, 1));
  EXPECT_EQ(first.chosen, 1U);
  EXPECT_EQ(first.box.rows, result.trajectory[1].rows);
  EXPECT_THROW(prim(x, planted_cases(x), options(0.05, 0.05, result.trajectory.size())),
               UsageError);
}

TEST(Prim, PastingWidensAnOverPeeledBoxAndRaisesItsDensity) {
  // Noisy cases (80% inside the planted box, 5% outside) make the last steps peel on noise, so
  // pasting the last step back out must find denser rows.
  const sa::Table x = uniform_table(600, 3, 9);
  std::mt19937_64 engine(9);
  std::vector<bool> cases = planted_cases(x);
  for (std::size_t r = 0; r < cases.size(); ++r) {
    cases[r] = cases[r] ? engine() % 10 < 8 : engine() % 20 == 0;
  }
  const std::size_t last = prim(x, cases, {}).trajectory.size() - 1;
  const PrimResult peeled = prim(x, cases, options(0.05, 0.05, last));
  const PrimResult pasted = prim(x, cases, options(0.05, 0.05, last, true));
  EXPECT_GT(pasted.box.density, peeled.box.density);
  EXPECT_GT(pasted.box.rows, peeled.box.rows);
  for (std::size_t c = 0; c < 3; ++c) {
    EXPECT_LE(pasted.box.box.lower[c], peeled.box.box.lower[c]);
    EXPECT_GE(pasted.box.box.upper[c], peeled.box.box.upper[c]);
  }
}

TEST(Prim, PeelsADiscreteColumnPastWholeTies) {
  // d takes 0, 1 or 2; the cases are exactly d = 2, so the box must be d in [2, 2].
  sa::Table x;
  x.columns = {"d", "noise"};
  std::vector<bool> cases;
  const sa::Table noise = uniform_table(300, 1, 13);
  for (std::size_t r = 0; r < 300; ++r) {
    x.values.push_back(static_cast<double>(r % 3));
    x.values.push_back(noise.values[r]);
    cases.push_back(r % 3 == 2);
  }
  const PrimResult result = prim(x, cases, {});
  ASSERT_NE(restriction_of(result, 0), nullptr);
  EXPECT_EQ(restriction_of(result, 0)->lower, 2.0);
  EXPECT_EQ(restriction_of(result, 0)->upper, 2.0);
  EXPECT_DOUBLE_EQ(result.box.density, 1.0);
  EXPECT_DOUBLE_EQ(result.box.coverage, 1.0);
}

TEST(Prim, RefusesBadInput) {
  const sa::Table x = uniform_table(50, 2, 1);
  EXPECT_THROW(prim(x, std::vector<bool>(50, false), {}), UsageError);
  EXPECT_THROW(prim(x, std::vector<bool>(49, true), {}), UsageError);
  EXPECT_THROW(prim(x, std::vector<bool>(50, true), options(0.5, 0.05)), UsageError);
  EXPECT_THROW(prim(x, std::vector<bool>(50, true), options(0.05, 0.0)), UsageError);
}

TEST(Prim, BinomialUpperTail) {
  EXPECT_NEAR(binomial_upper_tail(3, 5, 0.5), 0.5, 1e-12);
  EXPECT_NEAR(binomial_upper_tail(1, 3, 0.5), 0.875, 1e-12);
  EXPECT_NEAR(binomial_upper_tail(2, 2, 0.3), 0.09, 1e-12);
  EXPECT_EQ(binomial_upper_tail(0, 4, 0.1), 1.0);
  EXPECT_EQ(binomial_upper_tail(5, 4, 0.1), 0.0);
}

}  // namespace
}  // namespace umbrella::sa
