// Parameter files: SALib's plain `name lower upper` lines and the YAML form, with the exact
// messages of malformed files.
#include "analysis/problem.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "../error_catalogue.h"

namespace umbrella::sa {
namespace {

std::string plain_error(const std::string& text) {
  try {
    parse_plain_problem(text, "p.txt");
  } catch (const InputError& e) {
    umbrella::testing::expect_catalogued(e.what());
    return e.what();
  }
  return "no error";
}

std::string yaml_error(const std::string& text) {
  try {
    parse_yaml_problem(text, "p.yaml");
  } catch (const InputError& e) {
    umbrella::testing::expect_catalogued(e.what());
    return e.what();
  }
  return "no error";
}

TEST(PlainProblem, ReadsNamesAndBoundsSkippingCommentsAndBlankLines) {
  const Problem problem = parse_plain_problem(
      "# Ishigami\r\nx1 -3.14 3.14\r\n\n  x2\t0   1e3   # trailing comment\nx3 +1 2\n", "p.txt");
  ASSERT_EQ(problem.size(), 3U);
  EXPECT_EQ(problem.names(), (std::vector<std::string>{"x1", "x2", "x3"}));
  EXPECT_EQ(problem.parameters[1].dist.kind, Distribution::Kind::uniform);
  EXPECT_EQ(problem.parameters[1].dist.lower, 0.0);
  EXPECT_EQ(problem.parameters[1].dist.upper, 1000.0);
  EXPECT_EQ(problem.parameters[2].dist.lower, 1.0);
  EXPECT_EQ(to_string(problem.parameters[1].where), "p.txt:4:3");
}

TEST(PlainProblem, MalformedLinesNameTheirPlace) {
  EXPECT_EQ(plain_error("x1 0\n"),
            "p.txt:1:5: expected 3 fields `name lower upper` separated by blanks, got 2");
  EXPECT_EQ(plain_error("x1 0 1 group1\n"),
            "p.txt:1:8: expected 3 fields `name lower upper` separated by blanks, got 4 (SALib's "
            "optional group and distribution columns are not read here: the YAML form gives "
            "distributions)");
  EXPECT_EQ(plain_error("x1 0 1\nx2 zero 1\n"),
            "p.txt:2:4: x2: expected a number for the lower bound, got 'zero'");
  EXPECT_EQ(plain_error("x1 0 nan\n"),
            "p.txt:1:6: x1: expected a number for the upper bound, got 'nan'");
  EXPECT_EQ(plain_error("x1 1 1\n"),
            "p.txt:1:6: x1: expected an upper bound above the lower bound 1, got 1");
  EXPECT_EQ(plain_error("x1 0 1\n x1 0 2\n"),
            "p.txt:2:2: duplicate parameter x1 (first listed at p.txt:1:1)");
  EXPECT_EQ(plain_error("a,b 0 1\n"),
            "p.txt:1:1: expected a name without commas or double quotes (it heads a CSV "
            "column), got 'a,b'");
  EXPECT_EQ(plain_error("# nothing but comments\n\n"),
            "p.txt: expected at least one line `name lower upper`, got none");
}

TEST(YamlProblem, ReadsRangesAndTheScenarioFormatsDistributions) {
  const Problem problem = parse_yaml_problem(R"(parameters:
  a: {range: [0, 2]}
  b: {range: [0, 10], dist: {kind: triangular, mode: 2}}
  c: {range: [-1, 1], dist: {kind: normal, mean: 0, sd: 0.5}}
  d: {range: [0, 4], dist: {kind: beta, alpha: 2, beta: 3}}
  e: {dist: {kind: discrete, values: [1, 2, 5]}}
)",
                                             "p.yaml");
  ASSERT_EQ(problem.size(), 5U);
  EXPECT_EQ(problem.names(), (std::vector<std::string>{"a", "b", "c", "d", "e"}));
  EXPECT_EQ(problem.parameters[0].dist.kind, Distribution::Kind::uniform);
  EXPECT_EQ(problem.parameters[1].dist.kind, Distribution::Kind::triangular);
  EXPECT_EQ(problem.parameters[1].dist.c, 2.0);
  EXPECT_EQ(problem.parameters[2].dist.kind, Distribution::Kind::normal);
  EXPECT_EQ(problem.parameters[2].dist.b, 0.5);
  EXPECT_EQ(problem.parameters[3].dist.kind, Distribution::Kind::beta);
  EXPECT_EQ(problem.parameters[4].dist.lower, 1.0);
  EXPECT_EQ(problem.parameters[4].dist.upper, 5.0);
  EXPECT_EQ(to_string(problem.parameters[1].where), "p.yaml:3:3");
}

TEST(YamlProblem, MalformedSpecsNameTheirPlace) {
  EXPECT_EQ(yaml_error("parameters:\n  a: {rnage: [0, 1]}\n"),
            "p.yaml:2:7: parameters[a]: unknown key 'rnage' (expected one of range, dist)");
  EXPECT_EQ(yaml_error("parameters:\n  a: {range: [1, 0]}\n"),
            "p.yaml:2:18: parameters[a].range: expected a range [low, high] with low < high, "
            "got [1, 0]");
  EXPECT_EQ(yaml_error("parameters:\n  a: {range: [0, 1, 2]}\n"),
            "p.yaml:2:14: parameters[a].range: expected a range [low, high], got a list");
  EXPECT_EQ(yaml_error("parameters:\n  a: {range: [0, x]}\n"),
            "p.yaml:2:18: parameters[a].range: expected a number, got x");
  EXPECT_EQ(yaml_error("parameters:\n  a: {range: [0, 1], dist: {kind: triangular, mode: 3}}\n"),
            "p.yaml:2:53: parameters[a].dist.mode: expected a mode inside the range [0, 1], got 3");
  EXPECT_EQ(yaml_error("parameters:\n  a: {range: [0, 1], dist: {kind: lognormal}}\n"),
            "p.yaml:2:35: parameters[a].dist.kind: expected one of uniform, triangular, normal, "
            "beta, discrete, got lognormal");
  EXPECT_EQ(yaml_error("parameters:\n  a: {range: [0, 1], dist: {kind: normal, mean: 0}}\n"),
            "p.yaml:2:28: parameters[a].dist: missing required key 'sd'");
  EXPECT_EQ(yaml_error("parameters:\n  a: {dist: {kind: triangular, mode: 0}}\n"),
            "p.yaml:2:13: parameters[a].dist: expected a range for a triangular distribution, "
            "got none");
  EXPECT_EQ(yaml_error("parameters:\n  a: {}\n"),
            "p.yaml:2:6: parameters[a]: missing required key 'range'");
  EXPECT_EQ(yaml_error("parameters:\n  a: 3\n"),
            "p.yaml:2:6: parameters[a]: expected a map, got 3");
  EXPECT_EQ(yaml_error("parameters:\n  a: {range: [0, 1]}\n  a: {range: [0, 2]}\n"),
            "p.yaml:3:3: parameters: duplicate key 'a'");
  EXPECT_EQ(yaml_error("params:\n  a: {range: [0, 1]}\n"),
            "p.yaml:1:1: unknown key 'params' (expected one of parameters)");
  EXPECT_EQ(yaml_error("parameters: {a: {range: [0, 1]}\n"),
            "p.yaml:2:1: malformed YAML: did not find expected ',' or '}' (while parsing a "
            "flow mapping from line 1, column 13)");
}

TEST(Scale, UniformIsLinearUpToTheUpperBoundAndOthersUseTheirQuantile) {
  const SaParameter uniform = uniform_parameter("x", -2.0, 6.0);
  EXPECT_EQ(scale(uniform, 0.0), -2.0);
  EXPECT_EQ(scale(uniform, 0.25), 0.0);
  EXPECT_EQ(scale(uniform, 1.0), 6.0);
  const Problem problem = parse_yaml_problem(
      "parameters:\n  t: {range: [0, 1], dist: {kind: triangular, mode: 0}}\n", "p.yaml");
  // Triangular with mode 0 on [0, 1]: F(x) = 1 - (1 - x)^2, so the median is 1 - sqrt(1/2).
  EXPECT_NEAR(scale(problem.parameters[0], 0.5), 1.0 - std::sqrt(0.5), 1e-15);
}

}  // namespace
}  // namespace umbrella::sa
