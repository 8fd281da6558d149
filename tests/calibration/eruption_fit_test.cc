// The eruption hazard against the crisis record (docs/validation.md#the-eruption-hazard): the
// flashpoint-year panel along the history, and the fit's recovery of known coefficients.
#include "calibration/eruption_fit.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "core/rng.h"
#include "model/logistic.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

const std::string kRoot = UMBRELLA_SOURCE_DIR;

struct History {
  Scenario scenario;
  CrisisRecord crises;
  ProliferationRecord proliferation;
};

const History& history() {
  static const History h{load_scenario(kRoot + "/scenarios/history-1945.yaml",
                                       {kRoot + "/scenarios/history/crises.yaml"}),
                         read_crisis_record(kRoot + "/data/record/crises.csv"),
                         ProliferationRecord::read(kRoot + "/data/record/proliferation.csv")};
  return h;
}

const EruptionPanel& panel() {
  static const EruptionPanel p = [] {
    RunOptions run;
    run.seed = 2025;
    return build_eruption_panel({&history().scenario, run, &history().crises,
                                 &history().proliferation, std::string(kPrimaryCoding), 4, 1950,
                                 2024});
  }();
  return p;
}

TEST(EruptionPanel, HoldsEveryYearAtRiskAndTheRecordsCrisesInThem) {
  std::map<std::string, std::pair<int, int>> span;  // first and last year at risk
  std::map<std::string, std::vector<int>> events;
  for (const EruptionRow& row : panel().rows) {
    auto [it, fresh] = span.try_emplace(row.flashpoint, row.year, row.year);
    if (!fresh) {
      EXPECT_EQ(row.year, it->second.second + 1) << row.flashpoint;  // no gap
      it->second.second = row.year;
    }
    if (row.event) events[row.flashpoint].push_back(row.year);
  }
  // The alliances of history-1945.yaml: the US-ROC treaty from 1955 and the Taiwan Relations
  // Act from 1980; the US-ROK treaty from 1954; Germany in NATO from 1955; US-Japan from 1952.
  EXPECT_EQ(span.at("CHN-TWN").first, 1955);
  EXPECT_EQ(span.at("PRK-KOR").first, 1954);
  EXPECT_EQ(span.at("CHN-TWN").second, 2024);
  // The record's crises of each pair while its alliance stood (data/record/crises.csv).
  EXPECT_EQ(events.at("CHN-TWN"), (std::vector<int>{1958, 1995, 2022}));
  EXPECT_EQ(events.at("PRK-KOR"), (std::vector<int>{1968, 1976, 1994, 2010, 2013, 2017}));
  EXPECT_EQ(events.at("CHN-JPN"), (std::vector<int>{2010, 2012}));
  EXPECT_EQ(events.at("RUS-DEU"), (std::vector<int>{1958, 1961}));
}

TEST(EruptionPanel, CovariatesStartAtZeroAndRecurrenceFollowsTheRecord) {
  std::map<std::string, int> seen;
  for (const EruptionRow& row : panel().rows) {
    if (seen[row.flashpoint]++ == 0) {
      for (const double x : row.x) EXPECT_EQ(x, 0.0) << row.flashpoint;
    }
  }
  for (const EruptionRow& row : panel().rows) {
    if (row.flashpoint != "PRK-KOR") continue;
    const double recurrence = row.x[static_cast<std::size_t>(EruptionCovariate::recurrence)];
    const bool expected = [&] {
      for (const int y : {1968, 1976, 1994, 2010, 2013, 2017}) {
        if (row.year > y && row.year - y <= 3) return true;
      }
      return false;
    }();
    EXPECT_EQ(recurrence, expected ? 1.0 : 0.0) << row.year;
  }
}

// Panels drawn from the model's own hazard on the history's covariates (twenty worlds each, so
// that the record's 13 crises become a few hundred): the 90% interval holds the true coefficient
// of each identified covariate in at least 85% of 400 panels (about 90% expected: 362, 356 and
// 350 here; with 50 panels the binomial noise alone would fail one in three seeds). The theater
// share does not vary in the history, so its coefficient stays at the judgment value.
TEST(EruptionFit, RecoversKnownCoefficients) {
  const std::map<std::string, double> intercept = {
      {"CHN-TWN", -3.0}, {"PRK-KOR", -2.5}, {"RUS-DEU", -3.5}, {"CHN-JPN", -3.2}};
  const EruptionCovariates truth{1.5, 2.0, 4.0, 0.8};
  Parameters judgment = history().scenario.parameter_values();
  const int panels = 400;
  std::array<int, kEruptionCovariateCount> covered{};
  for (int p = 0; p < panels; ++p) {
    Rng rng({11, static_cast<std::uint32_t>(p), 0, 0, StreamPurpose::calibration});
    EruptionPanel drawn;
    drawn.flashpoints = panel().flashpoints;
    drawn.replays = 1;
    for (int world = 0; world < 20; ++world) {
      for (const EruptionRow& row : panel().rows) {
        EruptionRow copy = row;
        double log_odds = intercept.at(row.flashpoint);
        for (std::size_t k = 0; k < truth.size(); ++k) log_odds += truth[k] * row.x[k];
        copy.event = rng.uniform() < logistic(log_odds);
        drawn.rows.push_back(copy);
      }
    }
    const EruptionFit fit = fit_eruption(drawn, judgment, {});
    ASSERT_TRUE(fit.converged);
    for (std::size_t k = 0; k < truth.size(); ++k) {
      const EruptionEstimate& e = fit.coefficients[k];
      const bool theater = k == static_cast<std::size_t>(EruptionCovariate::theater);
      ASSERT_EQ(e.identified, !theater);
      if (theater) {
        EXPECT_EQ(e.estimate, judgment[ParamId::eruption_theater]);
        continue;
      }
      covered[k] += e.lower <= truth[k] && truth[k] <= e.upper;
    }
  }
  for (std::size_t k = 0; k < truth.size(); ++k) {
    if (k == static_cast<std::size_t>(EruptionCovariate::theater)) continue;
    EXPECT_GE(covered[k], 340) << name(static_cast<EruptionCovariate>(k));
  }
}

TEST(EruptionFit, ScoresTheYearsAfterTheTrainingWindow) {
  const EruptionFit fit = fit_eruption(panel(), history().scenario.parameter_values(), {0, 1989});
  EXPECT_EQ(fit.last_year, 1989);
  EXPECT_EQ(fit.events, 5);  // 1958 twice, 1961, 1968, 1976
  EXPECT_EQ(fit.held_out.events, 8);
  EXPECT_EQ(fit.held_out.rows, fit.held_out_constant.rows);
  EXPECT_EQ(fit.held_out.rows + fit.rows, static_cast<int>(panel().rows.size()));
  EXPECT_LT(fit.held_out.log_score, 0.0);
  EXPECT_GT(fit.constant_log_likelihood, -1e9);
  EXPECT_LE(fit.constant_log_likelihood, fit.log_likelihood + 1e-9);
}

TEST(EruptionFit, OverlaySetsTheEstimates) {
  const EruptionFit fit = fit_eruption(panel(), history().scenario.parameter_values(), {});
  const std::string text = format_eruption_overlay(fit, "test");
  for (const EruptionEstimate& e : fit.coefficients) {
    if (!e.identified) {
      EXPECT_EQ(text.find(e.name), std::string::npos) << text;
      continue;
    }
    EXPECT_NE(text.find(e.name + ":\n    value: " + fmt::format("{}", e.estimate)),
              std::string::npos)
        << text;
  }
}

TEST(EruptionFit, RefusesAWindowWithoutCrises) {
  EXPECT_THROW(fit_eruption(panel(), history().scenario.parameter_values(), {1950, 1955}),
               UsageError);
}

}  // namespace
}  // namespace umbrella
