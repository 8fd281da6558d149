// The report library without a browser: number formats, HTML safety, the translation table, the
// results folder reader with its errors, sensitivity indices, and which sections a report has.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "../error_catalogue.h"
#include "core/error.h"
#include "engine/ensemble.h"
#include "engine/representative.h"
#include "engine/summary_io.h"
#include "report/compared_outcomes.h"
#include "report/html.h"
#include "report/number_format.h"
#include "report/report_document.h"
#include "scenario/loader.h"

namespace umbrella::report {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(NumberFormat, FixedDecimalsWithoutNegativeZero) {
  EXPECT_EQ(fixed(0.19512, 3), "0.195");
  EXPECT_EQ(fixed(-0.0001, 3), "0.000");
  EXPECT_EQ(fixed(-0.0006, 3), "-0.001");
  EXPECT_EQ(signed_fixed(0.0123, 3), "+0.012");
  EXPECT_EQ(signed_fixed(-0.0041, 3), "-0.004");
  EXPECT_EQ(signed_fixed(0.00001, 3), "0.000");
  EXPECT_EQ(percent(0.0421, 1), "4.2%");
  EXPECT_EQ(exact(0.1), "0.1");
}

TEST(Html, EscapesTextAndScripts) {
  EXPECT_EQ(escape_html("a<b & \"c\" 'd'>"), "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  EXPECT_EQ(json_for_script(R"({"x":"</script><!--"})"), R"({"x":"\u003c/script>\u003c!--"})");
  EXPECT_TRUE(inlinable_script("x.replace(/</g, '&lt;')"));
  EXPECT_FALSE(inlinable_script("s = '</SCRIPT>'"));
  EXPECT_FALSE(inlinable_script("s = '<!--'"));
}

std::size_t placeholders(const std::string& text) {
  std::size_t n = 0;
  for (std::size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at + 1)) ++n;
  return n;
}

TEST(Translations, EveryKeyInBothLanguagesWithTheSamePlaceholders) {
  for (const std::string& key : translation_keys()) {
    const std::string& en = text(Lang::en, key);
    const std::string& ja = text(Lang::ja, key);
    EXPECT_FALSE(en.empty()) << key;
    EXPECT_FALSE(ja.empty()) << key;
    EXPECT_EQ(placeholders(en), placeholders(ja)) << key;
  }
  EXPECT_EQ(state_name(Lang::ja, "JPN"), "日本");
  EXPECT_EQ(state_name(Lang::en, "XYZ"), "XYZ");
  EXPECT_THROW(text(Lang::en, "no.such.key"), std::out_of_range);
  EXPECT_THROW(parse_lang("fr"), UsageError);
}

// A run small enough for a unit test, as `umbrella run` would record it.
Summary small_run(const std::vector<LeverSetting>& levers, int to_year = 2036) {
  const std::string path = UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml";
  RunOptions options;
  options.seed = 3;
  options.replicates = 60;
  options.to_year = to_year;
  options.levers = levers;
  const Scenario scenario = load_scenario(path);
  Summary summary = run_ensemble(Simulation(scenario, options), scenario.name);
  summary.scenario_path = path;
  return summary;
}

class ResultsFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("umbrella-report-test-" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void write(const std::string& file, const std::string& content) {
    std::filesystem::create_directories((dir_ / file).parent_path());
    std::ofstream(dir_ / file) << content;
  }
  std::string error_of(const std::filesystem::path& dir) {
    try {
      read_results(dir);
    } catch (const InputError& e) {
      // docs/errors.md quotes it with the folder named `results`.
      std::string quoted = e.what();
      for (auto at = quoted.find(dir_.string()); at != std::string::npos;
           at = quoted.find(dir_.string())) {
        quoted.replace(at, dir_.string().size(), "results");
      }
      umbrella::testing::expect_catalogued(quoted);
      return e.what();
    }
    return "no error";
  }

  std::filesystem::path dir_;
};

TEST_F(ResultsFolder, ReadsTheBaselineFirstThenPoliciesByName) {
  const Summary base = small_run({});
  const Summary lever = small_run({{"restore_trust", 1.0}});
  write("theater_forces/summary.json", summary_to_json(lever));
  write("baseline/summary.json", summary_to_json(base));
  write("restore_trust/summary.json", summary_to_json(lever));
  const Results results = read_results(dir_);
  ASSERT_EQ(results.policies.size(), 3u);
  EXPECT_EQ(results.policies[0].name, "baseline");
  EXPECT_EQ(results.policies[1].name, "restore_trust");
  EXPECT_EQ(results.policies[2].name, "theater_forces");
  EXPECT_EQ(summary_to_json(results.policies[0].summary), summary_to_json(base));
  EXPECT_TRUE(results.sensitivity.empty());
}

TEST_F(ResultsFolder, NamesTheFileAndFieldOfBadInput) {
  EXPECT_THAT(error_of(dir_ / "missing"), HasSubstr("missing: no such folder"));
  EXPECT_THAT(error_of(dir_), HasSubstr("no summary.json"));
  write("summary.json", "{\"scenario\": ");
  EXPECT_THAT(error_of(dir_), HasSubstr("summary.json: malformed JSON"));
  std::string text = summary_to_json(small_run({}));
  const std::string key = "\"mean\": [";
  text.replace(text.find(key), key.size(), key + "0.5, ");
  write("summary.json", text);
  EXPECT_THAT(error_of(dir_), HasSubstr(": outcomes.credibility.JPN.mean: expected 12 values"));
}

TEST_F(ResultsFolder, RejectsPoliciesOverDifferentYears) {
  Summary other = small_run({});
  other.years.pop_back();
  for (SeriesSummary& s : other.series) {
    for (auto* band : {&s.mean, &s.p05, &s.p25, &s.p50, &s.p75, &s.p95}) {
      if (!band->empty()) band->pop_back();
    }
  }
  write("baseline/summary.json", summary_to_json(small_run({})));
  write("shorter/summary.json", summary_to_json(other));
  EXPECT_THAT(error_of(dir_),
              HasSubstr("shorter/summary.json: years: differ from those of baseline"));
}

TEST_F(ResultsFolder, ReadsSobolIndicesInDecreasingTotalOrder) {
  write("summary.json", summary_to_json(small_run({})));
  write("sensitivity.json", R"({"y": {"S1": {"a": 0.1, "b": 0.6}, "S1_conf": {"a": 0.01, "b": 0.02},
                                      "ST": {"a": 0.2, "b": 0.7}, "ST_conf": {"a": 0.01, "b": 0.02}}})");
  const Results results = read_results(dir_);
  ASSERT_EQ(results.sensitivity.size(), 1u);
  const auto& bars = results.sensitivity[0].bars;
  ASSERT_EQ(bars.size(), 4u);
  EXPECT_EQ(bars[0].parameter, "b");
  EXPECT_EQ(bars[0].index, "S1");
  EXPECT_EQ(bars[1].parameter, "a");
  EXPECT_EQ(bars[3].index, "ST");
  EXPECT_DOUBLE_EQ(bars[3].value, 0.2);
  write("sensitivity.json", R"({"y": {"mu_star": {"a": "big"}}})");
  EXPECT_THAT(error_of(dir_), HasSubstr("sensitivity.json: y.mu_star.a: expected a number"));
}

TEST_F(ResultsFolder, ReadsPairedDifferencesWithoutTheBaselineItself) {
  write("summary.json", summary_to_json(small_run({})));
  std::ifstream fixture(UMBRELLA_SOURCE_DIR "/tests/report/comparison.json");
  std::stringstream text;
  text << fixture.rdbuf();
  write("comparison.json", text.str());
  const Results results = read_results(dir_);
  ASSERT_TRUE(results.comparison.has_value());
  EXPECT_DOUBLE_EQ(results.comparison->confidence, 0.95);
  std::vector<std::string> rows;
  for (const PairedDifference& d : results.comparison->differences) {
    rows.push_back(d.policy + " " + d.outcome + (d.low ? "" : " (no interval)"));
  }
  EXPECT_THAT(rows, ::testing::ElementsAre("restore_trust credibility_JPN_2035",
                                           "restore_trust nuclear_armed_states_2045",
                                           "restore_trust acquired_KOR (share)",
                                           "restore_trust acquired_KOR (year) (no interval)",
                                           "restore_trust taiwan_invaded_by_2045",
                                           "bilateral_sharing credibility_JPN_2035",
                                           "bilateral_sharing taiwan_invaded_by_2045"));
  const OutcomeDefinition* invaded = results.comparison->definition("taiwan_invaded_by_2045");
  ASSERT_NE(invaded, nullptr);
  EXPECT_EQ(invaded->series + " " + invaded->subject + " " + invaded->reduce,
            "p_invasion CHN-TWN max");
  EXPECT_FALSE(invaded->year.has_value());
  EXPECT_EQ(results.comparison->definition("credibility_JPN_2035")->year, 2035);
  write("comparison.json", R"({"policies": {"x": {"y": {"low": 1}}}})");
  EXPECT_THAT(error_of(dir_), HasSubstr("comparison.json: policies.x.y.difference: missing"));
}

std::string report_of(const Results& results, Lang lang);

// A backcast of two years, as `umbrella backcast` writes it (docs/validation.md).
constexpr const char* kBackcast = R"({"first_year": 1990, "last_year": 1991, "replicates": 10,
  "years": [1990, 1991],
  "origins": [{"train_until": 1990, "held_out": [1991, 1991],
    "cumulative_states": {
      "explore": {"observed": [3, 4], "mean": [3.2, 3.9], "p05": [3, 3], "p95": [4, 5]},
      "pursue": {"observed": [1, 1], "mean": [1.1, 1.2], "p05": [1, 1], "p95": [2, 2]},
      "acquire": {"observed": [1, 1], "mean": [1, 1], "p05": [1, 1], "p95": [1, 1]}},
    "held_out_scores": [
      {"model": "fitted", "scores": {"explore": {"states_at_risk": 5, "onsets": 1, "brier": 0.1,
                                                 "log_score": 0.3, "auc": 0.75}}},
      {"model": "judgment", "scores": {"explore": {"states_at_risk": 5, "onsets": 1,
                                                   "brier": 0.2, "log_score": 0.6, "auc": null}}}],
    "reliability": [{"lower": 0, "upper": 0.1, "count": 4, "mean_predicted": 0.05,
                     "observed": 0.25}]}]})";

TEST_F(ResultsFolder, ReadsABackcastAndShowsItsValidationSection) {
  write("summary.json", summary_to_json(small_run({})));
  write("backcast.json", kBackcast);
  const Results results = read_results(dir_);
  ASSERT_TRUE(results.validation.has_value());
  const Validation& v = *results.validation;
  EXPECT_EQ(v.train_until, 1990);
  ASSERT_EQ(v.counts.size(), 3u);
  EXPECT_DOUBLE_EQ(v.counts[0].observed[1], 4.0);
  ASSERT_EQ(v.scores.size(), 2u);
  EXPECT_DOUBLE_EQ(*v.scores[0].auc, 0.75);
  EXPECT_FALSE(v.scores[1].auc.has_value());
  const std::string html = report_of(results, Lang::en);
  EXPECT_THAT(html, HasSubstr("<section id=\"validation\">"));
  EXPECT_THAT(html, HasSubstr("data-chart=\"validation_counts\""));
  EXPECT_THAT(html, HasSubstr("data-chart=\"validation_reliability\""));
  EXPECT_THAT(html, HasSubstr("<td>judgment values (null)</td><td>explored</td><td>5</td>"));
  write("backcast.json",
        R"({"last_year": 1991, "years": [1990, 1991], "origins": [{"train_until": 1990,
    "cumulative_states": {"explore": {"observed": [3], "mean": [3, 3], "p05": [3, 3], "p95": [3, 3]}}}]})");
  EXPECT_THAT(error_of(dir_),
              HasSubstr("backcast.json: origins[0].cumulative_states.explore.observed: expected a "
                        "list of 2 numbers, one per year"));
  const std::string head = R"({"last_year": 1991, "years": [1990, 1991], "origins": )";
  write("backcast.json", "[1]");
  EXPECT_THAT(error_of(dir_), HasSubstr("backcast.json: expected a JSON object"));
  write("backcast.json", head + "[]}");
  EXPECT_THAT(error_of(dir_), HasSubstr("backcast.json: origins: expected at least one origin"));
  std::string origin(kBackcast);
  origin = origin.substr(origin.find("[{\"train_until"));
  origin.pop_back();  // the closing brace of the whole file
  const std::string scores = "\"scores\": {\"explore\": {\"states_at_risk\"";
  std::string bad_scores = origin;
  bad_scores.replace(bad_scores.find(scores), scores.size(),
                     "\"scores\": {\"explore\": 1, \"x\": {\"y\"");
  write("backcast.json", head + bad_scores + "}");
  EXPECT_THAT(error_of(dir_),
              HasSubstr("backcast.json: origins[0].held_out_scores[fitted].scores.explore.: "
                        "expected an object of scores"));
  std::string bad_bins = origin;
  bad_bins.replace(bad_bins.find("\"reliability\": ["), 16, "\"reliability\": [1, ");
  write("backcast.json", head + bad_bins + "}");
  EXPECT_THAT(error_of(dir_),
              HasSubstr("backcast.json: origins[0].reliability: expected a list of bins"));
}

TEST(RepresentativeReplicate, StaysInsideTheEnsemblesBands) {
  const Scenario scenario = load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  RunOptions options;
  options.seed = 5;
  options.replicates = 200;
  const Simulation simulation(scenario, options);
  const Summary summary = run_ensemble(simulation, scenario.name);
  const std::uint32_t chosen = representative_replicate(simulation, summary, 200);
  std::vector<double> record(simulation.record_size());
  simulation.run_replicate(chosen, record, nullptr);
  int inside = 0;
  int cells = 0;
  for (const SeriesSummary& s : summary.series) {
    if (s.kind != OutcomeKind::quantity) continue;
    const std::size_t index = simulation.find_outcome(s.name, s.subject);
    for (std::size_t y = 0; y < summary.years.size(); ++y) {
      const double value = record[simulation.cell(index, summary.years[y])];
      inside += value >= s.p05[y] && value <= s.p95[y] ? 1 : 0;
      ++cells;
    }
  }
  EXPECT_GE(inside, cells * 95 / 100) << "replicate " << chosen;
}

// A report with stand-in scripts: what the sections hold does not depend on the chart libraries.
std::string report_of(const Results& results, Lang lang) {
  const ReportContext context{lang, 2035, &results, nullptr};
  return report_html(context, {{"stand-in.js", "window.x = 1;"}});
}

TEST(ReportDocument, ShowsOnlySectionsWithData) {
  Results results;
  results.policies.push_back({"baseline", "summary.json", small_run({})});
  const std::string one = report_of(results, Lang::en);
  EXPECT_THAT(one, HasSubstr("<section id=\"summary\">"));
  EXPECT_THAT(one, HasSubstr("data-chart=\"credibility\""));
  EXPECT_THAT(one, HasSubstr("data-chart=\"highest_rung\""));
  EXPECT_THAT(one, Not(HasSubstr("<section id=\"policies\">")));
  EXPECT_THAT(one, Not(HasSubstr("<section id=\"assumptions\">")));
  EXPECT_THAT(one, Not(HasSubstr("<section id=\"sensitivity\">")));
  EXPECT_THAT(one, Not(HasSubstr("<section id=\"validation\">")));

  results.policies.push_back(
      {"restore_trust", "summary.json", small_run({{"restore_trust", 1.0}})});
  const std::string two = report_of(results, Lang::en);
  EXPECT_THAT(two, HasSubstr("<section id=\"policies\">"));
  EXPECT_THAT(two, HasSubstr("data-policy=\"restore_trust\""));
  EXPECT_EQ(two, report_of(results, Lang::en));
  EXPECT_THAT(report_of(results, Lang::ja), HasSubstr("<html lang=\"ja\">"));
}

TEST(ReportDocument, SummaryCellsCarryTheExactMean) {
  Results results;
  results.policies.push_back({"baseline", "summary.json", small_run({})});
  const Summary& s = results.policies[0].summary;
  const std::string html = report_of(results, Lang::en);
  const std::string expected =
      "data-policy=\"baseline\" data-outcome=\"credibility\" "
      "data-subject=\"JPN\" data-year=\"2035\" data-value=\"" +
      exact(s.mean("credibility", "JPN", 2035)) + "\">" +
      fixed(s.mean("credibility", "JPN", 2035), 3) + "</td>";
  EXPECT_THAT(html, HasSubstr(expected));
}

// The answers come first: each question a policy of the comparison answers, its paired effect
// in percentage points with the interval, and what the interval says.
TEST(ReportDocument, AnswersTheEssaysQuestionsFirst) {
  Results results;
  results.policies.push_back({"baseline", "summary.json", small_run({})});
  EXPECT_THAT(report_of(results, Lang::en), Not(HasSubstr("<section id=\"answers\">")));
  std::ifstream file(UMBRELLA_SOURCE_DIR "/tests/report/comparison.json");
  results.comparison = read_comparison(nlohmann::ordered_json::parse(file), "comparison.json");
  const std::string html = report_of(results, Lang::en);
  const auto answers = html.find("<section id=\"answers\">");
  ASSERT_NE(answers, std::string::npos);
  EXPECT_LT(answers, html.find("<section id=\"summary\">"));
  EXPECT_THAT(html, HasSubstr("restore Japan&#39;s belief in the umbrella?</th><td>"
                              "bilateral_sharing</td><td>Credibility · Japan · 2035</td><td "
                              "class=\"num\">+4.60 pp [+4.30, +4.90]</td><td>raises it</td>"));
  // restore_trust's pursuit outcomes are not in this comparison: no row asks about them.
  EXPECT_THAT(html, Not(HasSubstr("keep South Korea from pursuing")));
  EXPECT_THAT(html, HasSubstr("the intervals show the chance in events only"));
}

Comparison fixture_comparison() {
  std::ifstream file(UMBRELLA_SOURCE_DIR "/tests/report/comparison.json");
  return read_comparison(nlohmann::ordered_json::parse(file), "comparison.json");
}

// The crisis outcomes of a comparison come right after the answers, named for people, with each
// policy's paired effect in percentage points and its interval, and the baseline's level.
TEST(ReportDocument, CrisisEffectsFollowTheAnswersWithLabelsAndPoints) {
  Results results;
  results.policies.push_back({"baseline", "summary.json", small_run({})});
  results.policies.push_back(
      {"restore_trust", "summary.json", small_run({{"restore_trust", 1.0}})});
  EXPECT_THAT(report_of(results, Lang::en), Not(HasSubstr("<section id=\"crisis_effects\">")));
  results.comparison = fixture_comparison();
  const std::string html = report_of(results, Lang::en);
  const auto answers = html.find("<section id=\"answers\">");
  const auto crises = html.find("<section id=\"crisis_effects\">");
  ASSERT_NE(crises, std::string::npos);
  EXPECT_LT(answers, crises);
  EXPECT_LT(crises, html.find("<section id=\"summary\">"));
  // The results end in 2036: "by" their last year.
  EXPECT_THAT(html, HasSubstr("<tr><th>Invasion · China–Taiwan · by 2036</th><td class=\"num\">"
                              "40.0%</td><td class=\"num\">-2.00 pp [-5.00, +1.00]</td><td "
                              "class=\"num\">-1.00 pp [-4.00, +2.00]</td></tr>"));
  EXPECT_THAT(report_of(results, Lang::ja), HasSubstr("侵攻 · 中国–台湾 · 2036年まで"));

  // An older file without definitions: the id in words, still a crisis by its words.
  for (OutcomeDefinition& d : results.comparison->outcomes) d.name += "-unused";
  const std::string old = report_of(results, Lang::en);
  EXPECT_THAT(old, HasSubstr("<section id=\"crisis_effects\">"));
  EXPECT_THAT(old, HasSubstr("<tr><th>Taiwan invaded by 2045</th>"));
}

// The two policy figures show the same outcomes in the same years, grouped by question: means
// (percent) and paired differences (percentage points).
TEST(ReportDocument, PolicyFiguresShareOutcomesGroupsAndUnits) {
  Results results;
  results.policies.push_back({"baseline", "summary.json", small_run({})});
  results.policies.push_back(
      {"restore_trust", "summary.json", small_run({{"restore_trust", 1.0}})});
  results.policies.push_back(
      {"bilateral_sharing", "summary.json", small_run({{"bilateral_sharing", 1.0}})});
  results.comparison = fixture_comparison();
  const ReportContext context{Lang::en, 2035, &results, nullptr};
  const std::vector<ComparedOutcome> outcomes = compared_outcomes(context);
  const Json means = mean_rows(context, outcomes);
  const Json paired = paired_rows(context, outcomes);
  std::set<std::string> mean_panels, paired_panels;
  for (const Json& row : means) mean_panels.insert(row["panel"].get<std::string>());
  for (const Json& row : paired) paired_panels.insert(row["panel"].get<std::string>());
  EXPECT_EQ(mean_panels, paired_panels);
  EXPECT_THAT(mean_panels, ::testing::Contains("Credibility · Japan · 2035"));
  EXPECT_THAT(mean_panels,
              ::testing::Contains("Armed · South Korea · ever by 2036 (share of runs)"));
  for (const Json& row : paired) {
    if (row["line"] == "bilateral_sharing" && row["outcome"] == "credibility_JPN_2035") {
      EXPECT_DOUBLE_EQ(row["centre"].get<double>(), 4.6);
      EXPECT_DOUBLE_EQ(row["lo"].get<double>(), 4.3);
      EXPECT_EQ(row["group"], "Do the allies believe in the umbrella?");
    }
  }
  // The summaries hold credibility in 2035: its mean and 90% band come from them, in percent.
  const Summary& base = results.policies[0].summary;
  for (const Json& row : means) {
    if (row["line"] == "baseline" && row["outcome"] == "credibility_JPN_2035") {
      EXPECT_DOUBLE_EQ(row["centre"].get<double>(),
                       rounded(100.0 * base.mean("credibility", "JPN", 2035)));
      EXPECT_LT(row["lo"].get<double>(), row["hi"].get<double>());
    }
  }
  EXPECT_EQ(group_titles(context, outcomes),
            (std::vector<std::string>{"Do the allies believe in the umbrella?",
                                      "Do the allies acquire the bomb?",
                                      "How many nuclear-armed states, how strong the NPT?",
                                      "Crises, invasions and nuclear use"}));
}

// A run that ends at the milestone shows each year once in the world table.
TEST(ReportDocument, TheWorldTableNamesEachYearOnce) {
  Results results;
  results.policies.push_back({"baseline", "summary.json", small_run({}, 2035)});
  const std::string html = report_of(results, Lang::en);
  EXPECT_THAT(html, HasSubstr("<th></th><th>2025</th><th>2035</th></tr>"));
  EXPECT_THAT(html, Not(HasSubstr("<th>2035</th><th>2035</th>")));
}

// Thin bands of a run with fixed numbers are not confidence: the report says which it is.
TEST(ReportDocument, SaysWhetherTheNumbersWereFixedOrDrawn) {
  Results results;
  results.policies.push_back({"baseline", "summary.json", small_run({})});
  EXPECT_THAT(report_of(results, Lang::en), HasSubstr("the bands show only the chance in events"));
  results.policies[0].summary.sample_uncertainty = true;
  const std::string drawn = report_of(results, Lang::en);
  EXPECT_THAT(drawn, Not(HasSubstr("the bands show only the chance in events")));
  EXPECT_THAT(drawn, HasSubstr("uncertain numbers drawn per replicate"));
}

}  // namespace
}  // namespace umbrella::report
