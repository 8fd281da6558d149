// The designs: Sobol' points against the Joe-Kuo sequence, the net property of the scrambled
// points, Latin hypercube strata, the Saltelli row layout, Morris trajectories, determinism.
#include "analysis/samplers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "../error_catalogue.h"
#include "analysis/sobol.h"
#include "analysis/sobol_sequence.h"

namespace umbrella::sa {
namespace {

Problem uniform_problem(std::size_t d) {
  Problem problem;
  problem.file = "p.txt";
  for (std::size_t j = 0; j < d; ++j) {
    problem.parameters.push_back(
        uniform_parameter("x" + std::to_string(j + 1), -1.0 * static_cast<double>(j), 2.0));
  }
  return problem;
}

TEST(SobolSequence, UnscrambledPointsAreJoeKuos) {
  // Points of the 40-dimensional sequence with the new-joe-kuo-6.21201 direction numbers, as
  // scipy.stats.qmc.Sobol(d=40, scramble=False) gives them: dimensions 1, 2, 3, 4, 20, 39, 40.
  const std::vector<std::size_t> dims = {0, 1, 2, 3, 19, 38, 39};
  const std::vector<std::pair<std::size_t, std::vector<double>>> expected = {
      {0, {0, 0, 0, 0, 0, 0, 0}},
      {1, {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5}},
      {2, {0.75, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25}},
      {5, {0.875, 0.875, 0.125, 0.375, 0.625, 0.875, 0.375}},
      {1000,
       {0.2197265625, 0.0966796875, 0.5185546875, 0.6767578125, 0.7255859375, 0.3076171875,
        0.4794921875}},
      {1023,
       {0.0009765625, 0.7529296875, 0.6123046875, 0.1455078125, 0.3193359375, 0.9013671875,
        0.6982421875}},
  };
  const std::vector<double> points = sobol_points(1024, kMaxSobolDimensions, std::nullopt);
  for (const auto& [index, values] : expected) {
    for (std::size_t k = 0; k < dims.size(); ++k) {
      EXPECT_EQ(points[index * kMaxSobolDimensions + dims[k]], values[k])
          << "point " << index << ", dimension " << dims[k] + 1;
    }
  }
}

TEST(SobolSequence, ScrambledPointsKeepTheNetPropertyAndDependOnTheSeed) {
  const std::size_t n = 256;
  const std::vector<double> points = sobol_points(n, kMaxSobolDimensions, 7);
  for (std::size_t j = 0; j < kMaxSobolDimensions; ++j) {
    std::set<std::size_t> strata;
    for (std::size_t i = 0; i < n; ++i) {
      const double u = points[i * kMaxSobolDimensions + j];
      ASSERT_GE(u, 0.0);
      ASSERT_LT(u, 1.0);
      strata.insert(static_cast<std::size_t>(u * n));
    }
    EXPECT_EQ(strata.size(), n) << "dimension " << j + 1;
  }
  // The first two dimensions form a (0, m, 2)-net: each 16 x 16 grid cell holds one point.
  std::set<std::pair<int, int>> cells;
  for (std::size_t i = 0; i < n; ++i) {
    cells.insert({static_cast<int>(points[i * kMaxSobolDimensions] * 16),
                  static_cast<int>(points[i * kMaxSobolDimensions + 1] * 16)});
  }
  EXPECT_EQ(cells.size(), n);
  EXPECT_NE(points[0], 0.0);  // the origin is scrambled away
  EXPECT_EQ(points, sobol_points(n, kMaxSobolDimensions, 7));
  EXPECT_NE(points, sobol_points(n, kMaxSobolDimensions, 8));
}

TEST(LatinHypercube, HitsEachStratumOncePerColumn) {
  const std::size_t n = 37, d = 5;
  const std::vector<double> points = latin_hypercube_points(n, d, 11);
  for (std::size_t c = 0; c < d; ++c) {
    std::vector<int> hits(n, 0);
    for (std::size_t r = 0; r < n; ++r) {
      const double u = points[r * d + c];
      ASSERT_GE(u, 0.0);
      ASSERT_LT(u, 1.0);
      ++hits[static_cast<std::size_t>(u * static_cast<double>(n))];
    }
    EXPECT_EQ(std::count(hits.begin(), hits.end(), 1), static_cast<long>(n)) << "column " << c;
  }
  // Columns are permuted independently: the first two are not in the same stratum order.
  std::vector<std::size_t> first, second;
  for (std::size_t r = 0; r < n; ++r) {
    first.push_back(static_cast<std::size_t>(points[r * d] * static_cast<double>(n)));
    second.push_back(static_cast<std::size_t>(points[r * d + 1] * static_cast<double>(n)));
  }
  EXPECT_NE(first, second);
}

TEST(MonteCarlo, DrawsIndependentUniforms) {
  const std::vector<double> points = monte_carlo_points(4000, 3, 5);
  double sum = 0.0;
  for (double u : points) {
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  // The mean of 12,000 uniforms has standard deviation 1/sqrt(12 * 12000) = 0.0026.
  EXPECT_NEAR(sum / static_cast<double>(points.size()), 0.5, 0.013);
}

TEST(Saltelli, RowsAreABlocksWithBLast) {
  const std::size_t n = 16, d = 4;
  const Problem problem = uniform_problem(d);
  const Table design = sample(problem, SampleMethod::saltelli, {.n = n, .seed = 3});
  ASSERT_EQ(design.rows(), n * (d + 2));
  ASSERT_EQ(design.columns, problem.names());
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t a = i * (d + 2), b = a + d + 1;
    for (std::size_t j = 0; j < d; ++j) {
      EXPECT_NE(design.at(a, j), design.at(b, j));  // A and B are different points
      for (std::size_t c = 0; c < d; ++c) {
        // AB^(j) is A except in column j, which comes from B.
        EXPECT_EQ(design.at(a + 1 + j, c), design.at(c == j ? b : a, c));
      }
    }
  }
  EXPECT_EQ(saltelli_base_points(design), n);
  // A and B are the two halves of one Sobol' sequence, scaled to the bounds.
  const std::vector<double> base = sobol_points(n, 2 * d, 3);
  for (std::size_t j = 0; j < d; ++j) {
    EXPECT_EQ(design.at(0, j), scale(problem.parameters[j], base[j]));
    EXPECT_EQ(design.at(d + 1, j), scale(problem.parameters[j], base[d + j]));
  }
}

TEST(Morris, TrajectoriesStepOneFactorByDeltaOnTheGrid) {
  const std::size_t r = 50, d = 4;
  const int levels = 6;
  const double delta = morris_delta(levels);
  EXPECT_DOUBLE_EQ(morris_delta(4), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(delta, 0.6);
  const std::vector<double> points = morris_points(r, d, levels, 9);
  ASSERT_EQ(points.size(), r * (d + 1) * d);
  std::set<double> seen;
  int ups = 0;
  for (std::size_t t = 0; t < r; ++t) {
    std::set<std::size_t> moved;
    for (std::size_t k = 0; k <= d; ++k) {
      const double* row = &points[(t * (d + 1) + k) * d];
      for (std::size_t j = 0; j < d; ++j) {
        const double level = row[j] * (levels - 1);
        EXPECT_EQ(level, std::round(level));  // on the grid {0, 1/(p-1), ..., 1}
        seen.insert(row[j]);
        if (k == 0) continue;
        const double change = row[j] - (row - d)[j];  // the row before
        if (change == 0.0) continue;
        EXPECT_NEAR(std::abs(change), delta, 1e-15);
        EXPECT_TRUE(moved.insert(j).second) << "a factor moved twice";
        ups += change > 0.0;
      }
    }
    EXPECT_EQ(moved.size(), d);
  }
  EXPECT_EQ(seen.size(), static_cast<std::size_t>(levels));
  // Directions are fair coin flips: 200 steps, about half of them up.
  EXPECT_GT(ups, 70);
  EXPECT_LT(ups, 130);
}

TEST(Sample, SameSeedSameBytesAndScaledToTheBounds) {
  const Problem problem = uniform_problem(3);
  for (SampleMethod method : {SampleMethod::monte_carlo, SampleMethod::latin_hypercube,
                              SampleMethod::saltelli, SampleMethod::morris}) {
    const Table one = sample(problem, method, {.n = 8, .seed = 42});
    EXPECT_EQ(one.rows(), design_rows(method, 8, 3));
    EXPECT_EQ(format_table(one), format_table(sample(problem, method, {.n = 8, .seed = 42})));
    EXPECT_NE(format_table(one), format_table(sample(problem, method, {.n = 8, .seed = 43})));
    for (std::size_t i = 0; i < one.rows(); ++i) {
      for (std::size_t j = 0; j < 3; ++j) {
        EXPECT_GE(one.at(i, j), problem.parameters[j].dist.lower);
        EXPECT_LE(one.at(i, j), problem.parameters[j].dist.upper);
      }
    }
  }
}

std::string usage_error(const Problem& problem, SampleMethod method, SampleOptions options) {
  try {
    sample(problem, method, options);
  } catch (const UsageError& e) {
    umbrella::testing::expect_catalogued(umbrella::testing::printed(e));
    return umbrella::testing::printed(e);
  }
  return "no error";
}

TEST(Sample, RefusesWhatAMethodCannotDo) {
  EXPECT_EQ(usage_error(uniform_problem(21), SampleMethod::saltelli, {.n = 8}),
            "a Saltelli design here has at most 20 parameters (its Sobol' base needs 2D of the "
            "40 dimensions of the Joe-Kuo table written in), got 21");
  EXPECT_EQ(usage_error(uniform_problem(2), SampleMethod::morris, {.n = 8, .levels = 5}),
            "Morris needs an even number of levels p >= 2, so that the step p/(2(p-1)) joins two "
            "levels of the grid; got 5");
  EXPECT_EQ(usage_error(uniform_problem(2), SampleMethod::morris, {.n = 1}),
            "a Morris design needs at least 2 trajectories (sigma is a sample standard "
            "deviation), got 1");
  Problem discrete = uniform_problem(1);
  discrete.parameters[0].dist.kind = Distribution::Kind::discrete;
  discrete.parameters[0].dist.values = {0, 1};
  EXPECT_EQ(usage_error(discrete, SampleMethod::morris, {.n = 4}),
            "a Morris design needs continuous parameters, but x1 is discrete: two grid levels "
            "could give it the same value, and the step would not move it");
  EXPECT_EQ(usage_error(uniform_problem(2), SampleMethod::monte_carlo, {.n = 0}),
            "expected a sample size n >= 1, got 0");
  EXPECT_THROW(parse_sample_method("sobol"), UsageError);
  EXPECT_EQ(parse_sample_method("lhs"), SampleMethod::latin_hypercube);
}

}  // namespace
}  // namespace umbrella::sa
