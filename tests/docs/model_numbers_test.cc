// docs/model.md quotes parameters' numbers by the convention of quoted_parameters.h; each must
// be the baseline's (scenarios/baseline-2025.yaml, loaded through the loader), the YAML being
// the one source of every number.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "core/input_file.h"
#include "quoted_parameters.h"
#include "scenario/loader.h"

namespace umbrella::testing {
namespace {

namespace fs = std::filesystem;

const Scenario& baseline() {
  static const Scenario scenario =
      load_scenario((fs::path(UMBRELLA_SOURCE_DIR) / "scenarios" / "baseline-2025.yaml").string());
  return scenario;
}

std::vector<std::string> messages(std::string_view text) {
  std::vector<std::string> out;
  for (const DocProblem& problem : check_quoted_parameters(text, baseline())) {
    out.push_back(fmt::format("line {}: {}", problem.line, problem.message));
  }
  return out;
}

TEST(ModelDoc, EveryQuotedParameterNumberIsTheBaselines) {
  const std::optional<std::string> doc =
      try_read_input_file((fs::path(UMBRELLA_SOURCE_DIR) / "docs" / "model.md").string());
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(messages(*doc), std::vector<std::string>{});
  // The convention is in use: the doc quotes most parameters by it.
  std::size_t quoted = 0;
  for (std::size_t i = 0; i < kParamCount; ++i) {
    const std::string key = std::string("`") + info(static_cast<ParamId>(i)).name + "` (";
    if (doc->find(key) != std::string::npos) ++quoted;
  }
  EXPECT_GT(quoted, kParamCount / 2);
}

TEST(QuotedParameters, AcceptTheBaselinesValueAndRange) {
  EXPECT_EQ(messages("m = `credibility.memory` (0.9, [0.8, 0.97]: half-life 7 years)\n"
                     "`credibility.memory` (0.9) and `arsenal.reaction` (0.2 [0, 0.5])"),
            std::vector<std::string>{});
}

TEST(QuotedParameters, ReportAChangedValue) {
  EXPECT_EQ(messages("intro\nm = `credibility.memory` (0.8), half-life 5 years"),
            std::vector<std::string>{
                "line 2: `credibility.memory`: quoted 0.8, the scenario's value is 0.9"});
}

TEST(QuotedParameters, ReportAChangedRange) {
  EXPECT_EQ(messages("`credibility.memory` (0.9, [0.8, 1])"),
            std::vector<std::string>{"line 1: `credibility.memory`: quoted the range [0.8, 1], "
                                     "the scenario's is [0.8, 0.97]"});
}

TEST(QuotedParameters, ReadANegativeNumberWithATypographicMinus) {
  EXPECT_EQ(messages("`proliferation.acquire.intercept` (\u22123 [\u22125, \u22121])"),
            std::vector<std::string>{});
  EXPECT_EQ(messages("`proliferation.acquire.intercept` (3)"),
            std::vector<std::string>{"line 1: `proliferation.acquire.intercept`: quoted 3, the "
                                     "scenario's value is -3"});
}

// A parameter an assumption sets has no value of its own: the default view's is quoted.
TEST(QuotedParameters, HoldAParameterAViewSetsToTheDefaultView) {
  EXPECT_EQ(messages("`crisis.taboo_weight` (1, [0.25, 1.5])"), std::vector<std::string>{});
  EXPECT_EQ(messages("`crisis.taboo_weight` (0.25)"),
            std::vector<std::string>{
                "line 1: `crisis.taboo_weight`: quoted 0.25, the scenario's value is 1"});
}

TEST(QuotedParameters, ReportNumbersTheConventionWouldMiss) {
  EXPECT_EQ(
      messages("`credibility.memroy` (0.9); `...memory` (0.9); `credibility.memory`, 0.9"),
      (std::vector<std::string>{
          "line 1: `credibility.memroy`: no parameter of that name",
          "line 1: `credibility.memory`: a number after it not in parentheses, write "
          "`credibility.memory` (VALUE[, [LOW, HIGH]])",
          "line 1: `...memory` (0.9: a number after an abbreviated key, write the full key"}));
}

TEST(QuotedParameters, IgnoreOtherKeysAndProse) {
  EXPECT_EQ(messages("`src/model/regime.cc` (2 files); `yearly.cc` (1); "
                     "`crisis.taboo_weight` (assumption `nuclear_taboo`)"),
            std::vector<std::string>{});
}

}  // namespace
}  // namespace umbrella::testing
