// Sobol' indices: the Ishigami function's analytic indices (the reference check), the bootstrap
// intervals' coverage, the layout check and the JSON shape.
#include "analysis/sobol.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <numbers>

#include "../error_catalogue.h"
#include "analysis/samplers.h"

namespace umbrella::sa {
namespace {

constexpr double kA = 7.0, kB = 0.1;
constexpr double kPi = std::numbers::pi;

double ishigami(const double* x) {
  return std::sin(x[0]) + kA * std::pow(std::sin(x[1]), 2) +
         kB * std::pow(x[2], 4) * std::sin(x[0]);
}

// Ishigami & Homma (1990), x_i ~ U(-π, π). With E[sin² x] = 1/2, E[sin⁴ x] = 3/8, E[x⁴] = π⁴/5
// and E[x⁸] = π⁸/9:
//   V1  = Var(sin x1 (1 + b x3⁴ averaged over x3)) = (1 + bπ⁴/5)² / 2
//   V2  = a² Var(sin² x2) = a² (3/8 - 1/4) = a²/8,   V3 = 0
//   V13 = E[sin² x1] Var(b x3⁴) = b² π⁸ (1/9 - 1/25) / 2 = 8 b² π⁸ / 225
//   V   = V1 + V2 + V13 = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2
// For a = 7, b = 0.1: V1 = 4.3459, V2 = 6.125, V13 = 3.3737, V = 13.8446, so
// S1 = (0.3139, 0.4424, 0) and ST = ((V1 + V13)/V, V2/V, V13/V) = (0.5576, 0.4424, 0.2437).
struct Analytic {
  std::array<double, 3> s1, st;
};

Analytic ishigami_indices() {
  const double pi4 = std::pow(kPi, 4), pi8 = std::pow(kPi, 8);
  const double v1 = 0.5 * std::pow(1.0 + kB * pi4 / 5.0, 2);
  const double v2 = kA * kA / 8.0;
  const double v13 = 8.0 * kB * kB * pi8 / 225.0;
  const double v = v1 + v2 + v13;
  return {{v1 / v, v2 / v, 0.0}, {(v1 + v13) / v, v2 / v, v13 / v}};
}

Problem ishigami_problem() {
  Problem problem;
  for (const char* name : {"x1", "x2", "x3"}) {
    problem.parameters.push_back(uniform_parameter(name, -kPi, kPi));
  }
  return problem;
}

std::vector<double> run_ishigami(const Table& design) {
  std::vector<double> y(design.rows());
  for (std::size_t i = 0; i < y.size(); ++i) y[i] = ishigami(&design.values[i * 3]);
  return y;
}

TEST(Ishigami, AnalyticIndicesAreThePublishedOnes) {
  const Analytic exact = ishigami_indices();
  EXPECT_NEAR(exact.s1[0], 0.3139, 5e-5);
  EXPECT_NEAR(exact.s1[1], 0.4424, 5e-5);
  EXPECT_NEAR(exact.st[0], 0.5576, 5e-5);
  EXPECT_NEAR(exact.st[1], 0.4424, 5e-5);
  EXPECT_NEAR(exact.st[2], 0.2437, 5e-5);
}

TEST(Ishigami, IndicesWithin002OfTheAnalyticAtN8192AndIntervalsCoverThem) {
  const Analytic exact = ishigami_indices();
  const Table design = sample(ishigami_problem(), SampleMethod::saltelli, {.n = 8192, .seed = 1});
  const SobolIndices got = sobol_indices(run_ishigami(design), 3, {.seed = 1});
  for (std::size_t j = 0; j < 3; ++j) {
    EXPECT_NEAR(got.s1[j], exact.s1[j], 0.02) << "S1 of x" << j + 1;
    EXPECT_NEAR(got.st[j], exact.st[j], 0.02) << "ST of x" << j + 1;
    EXPECT_NEAR(got.s1[j], exact.s1[j], got.s1_conf[j]) << "S1 interval of x" << j + 1;
    EXPECT_NEAR(got.st[j], exact.st[j], got.st_conf[j]) << "ST interval of x" << j + 1;
    // At N = 8192 the intervals are a few hundredths wide, not zero and not vacuous.
    EXPECT_GT(got.s1_conf[j], 0.001);
    EXPECT_LT(got.s1_conf[j], 0.05);
  }
  EXPECT_FALSE(got.constant_output);
}

TEST(Ishigami, BootstrapIntervalsCoverTheTruthAtLeastNominallyOverSeeds) {
  // 30 independent designs at N = 1024: of the 180 intervals, a 95% procedure misses about 9.
  // The bootstrap treats quasi-random base points as independent, which overstates their
  // error, so coverage should if anything exceed 95%; 90% allows for chance.
  const Analytic exact = ishigami_indices();
  int covered = 0, total = 0;
  for (std::uint64_t seed = 100; seed < 130; ++seed) {
    const Table design =
        sample(ishigami_problem(), SampleMethod::saltelli, {.n = 1024, .seed = seed});
    const SobolIndices got = sobol_indices(run_ishigami(design), 3, {.seed = seed});
    for (std::size_t j = 0; j < 3; ++j) {
      covered += std::abs(got.s1[j] - exact.s1[j]) <= got.s1_conf[j];
      covered += std::abs(got.st[j] - exact.st[j]) <= got.st_conf[j];
      total += 2;
    }
  }
  EXPECT_GE(covered, total * 9 / 10) << covered << " of " << total;
}

TEST(SobolIndices, AnAdditiveModelHasEqualFirstAndTotalIndices) {
  // y = x1 + 2 x2 on U(0, 1): S = (1, 4) / 5 and no interaction, so ST = S1.
  Problem problem;
  problem.parameters = {uniform_parameter("x1", 0, 1), uniform_parameter("x2", 0, 1)};
  const Table design = sample(problem, SampleMethod::saltelli, {.n = 4096, .seed = 2});
  std::vector<double> y(design.rows());
  for (std::size_t i = 0; i < y.size(); ++i) y[i] = design.at(i, 0) + 2.0 * design.at(i, 1);
  const SobolIndices got = sobol_indices(y, 2, {});
  EXPECT_NEAR(got.s1[0], 0.2, 0.01);
  EXPECT_NEAR(got.s1[1], 0.8, 0.01);
  EXPECT_NEAR(got.st[0], 0.2, 0.01);
  EXPECT_NEAR(got.st[1], 0.8, 0.01);
}

TEST(SobolIndices, SameSeedSameIntervalsAndAConstantOutputGivesZeros) {
  const Table design = sample(ishigami_problem(), SampleMethod::saltelli, {.n = 64, .seed = 4});
  const std::vector<double> y = run_ishigami(design);
  const SobolIndices one = sobol_indices(y, 3, {.seed = 5});
  const SobolIndices two = sobol_indices(y, 3, {.seed = 5});
  const SobolIndices other = sobol_indices(y, 3, {.seed = 6});
  EXPECT_EQ(one.s1_conf, two.s1_conf);
  EXPECT_EQ(one.s1, other.s1);  // the point estimates do not depend on the bootstrap
  EXPECT_NE(one.s1_conf, other.s1_conf);

  const SobolIndices flat = sobol_indices(std::vector<double>(design.rows(), 3.0), 3, {});
  EXPECT_TRUE(flat.constant_output);
  EXPECT_EQ(flat.s1, (std::vector<double>{0, 0, 0}));
  EXPECT_EQ(flat.st_conf, (std::vector<double>{0, 0, 0}));
  EXPECT_THROW(sobol_indices(std::vector<double>(11, 1.0), 3, {}), std::invalid_argument);
}

std::string layout_error(const Table& design) {
  try {
    saltelli_base_points(design);
  } catch (const InputError& e) {
    umbrella::testing::expect_catalogued(e.what());
    return e.what();
  }
  return "no error";
}

TEST(SaltelliLayout, RejectsOtherDesignsAtTheFirstRowThatDoesNotFit) {
  Table design = sample(ishigami_problem(), SampleMethod::saltelli, {.n = 4, .seed = 4});
  design.file = "d.csv";
  for (std::size_t i = 0; i < design.rows(); ++i) design.lines.push_back(static_cast<int>(i) + 2);
  Table short_design = design;
  short_design.values.resize(short_design.values.size() - 3);
  short_design.lines.pop_back();
  EXPECT_EQ(layout_error(short_design),
            "d.csv: expected N(D+2) rows, a multiple of 5 for D = 3 parameters (a Saltelli design "
            "without second-order rows, from sample --method saltelli), got 19");

  // Base point 2 (rows 5-9, lines 7-11): spoil AB^(2)'s first column.
  design.values[7 * 3 + 0] += 0.5;
  const std::string message = layout_error(design);
  EXPECT_EQ(message.substr(0, message.find(", got")),
            "d.csv:9: x1: expected row AB^(2) of base point 2 of a Saltelli design, which takes x1 "
            "from A (line 7)");

  const Table mc = sample(ishigami_problem(), SampleMethod::monte_carlo, {.n = 20, .seed = 4});
  EXPECT_NE(layout_error(mc), "no error");
}

TEST(SobolJson, HasTheDocumentedShapeAndFlagsNegativeEstimates) {
  SobolIndices indices;
  indices.s1 = {0.5, -0.01};
  indices.s1_conf = {0.1, 0.02};
  indices.st = {0.6, 0.01};
  indices.st_conf = {0.1, 0.005};
  const nlohmann::ordered_json json = to_json(indices, {"b", "a"});
  EXPECT_EQ(json.dump(),
            R"({"S1":{"b":0.5,"a":-0.01},"S1_conf":{"b":0.1,"a":0.02},"ST":{"b":0.6,"a":0.01},)"
            R"("ST_conf":{"b":0.1,"a":0.005},"S1_negative":["a"]})");
  const std::string table = to_table(indices, {"b", "a"});
  EXPECT_NE(table.find("-0.0100*"), std::string::npos) << table;
  EXPECT_NE(table.find("* negative estimate"), std::string::npos) << table;
}

}  // namespace
}  // namespace umbrella::sa
