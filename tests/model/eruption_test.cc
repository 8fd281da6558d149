#include "model/crisis/eruption.h"

#include <gtest/gtest.h>

#include <cmath>

#include "baseline_moment.h"
#include "engine/simulation.h"
#include "model/crisis/setting.h"
#include "model/crisis/yearly.h"

namespace umbrella {
namespace {

using testing::baseline_moment;

double logit(double p) {
  return std::log(p / (1.0 - p));
}

std::size_t at(EruptionCovariate c) {
  return static_cast<std::size_t>(c);
}

TEST(Eruption, ZeroCoefficientsKeepTheRateExactly) {
  const Simulation::Moment m = baseline_moment(2030);
  EXPECT_FALSE(eruption_depends_on_world(m.params));
  const EruptionCovariates x{0.3, 0.7, 0.1, 1.0};
  for (const double rate : {0.0, 0.027, 0.06, 0.093, 1.0}) {
    EXPECT_EQ(eruption_hazard(rate, m.params, x, EruptionCovariates{}), rate);
  }
}

TEST(Eruption, EachCoefficientMovesTheLogOddsByItsCovariatesChange) {
  Simulation::Moment m = baseline_moment(2030);
  const EruptionCovariates reference{0.2, 0.4, 0.0, 0.0};
  for (int k = 0; k < kEruptionCovariateCount; ++k) {
    Parameters params = m.params;
    params[kEruptionCoefficients[static_cast<std::size_t>(k)]] = 1.5;
    EXPECT_TRUE(eruption_depends_on_world(params));
    EruptionCovariates x = reference;
    x[static_cast<std::size_t>(k)] += 0.25;
    EXPECT_NEAR(logit(eruption_hazard(0.06, params, x, reference)) - logit(0.06), 1.5 * 0.25, 1e-12)
        << name(static_cast<EruptionCovariate>(k));
    EXPECT_EQ(eruption_hazard(0.06, params, reference, reference), 0.06);
  }
}

TEST(Eruption, CovariatesAreReadOffTheWorld) {
  Simulation::Moment m = baseline_moment(2030);
  const auto f = static_cast<std::size_t>(m.world.find_flashpoint("CHN-TWN"));
  RuntimeState& rt = m.state;
  rt.year = 2030;
  rt.flashpoints[f].eruption.last_crisis_year = 2027;
  const EruptionCovariates x = eruption_covariates(m.world, rt, f);
  EXPECT_DOUBLE_EQ(x[at(EruptionCovariate::doubt)], 1.0 - rt.flashpoints[f].belief.value);
  EXPECT_DOUBLE_EQ(
      x[at(EruptionCovariate::theater)],
      crisis_setting(m.world, m.index, m.params, rt, static_cast<int>(f)).success_theater);
  EXPECT_EQ(x[at(EruptionCovariate::recurrence)], 1.0);  // three years before
  rt.flashpoints[f].eruption.last_crisis_year = 2026;
  EXPECT_EQ(eruption_covariates(m.world, rt, f)[at(EruptionCovariate::recurrence)], 0.0);
}

// The shift compares this year's strategic share with that of five years before, and starts at
// zero when there is no past.
TEST(Eruption, ShiftIsTheGainInStrategicShareOverFiveYears) {
  Simulation::Moment m = baseline_moment(2030);
  const auto f = static_cast<std::size_t>(m.world.find_flashpoint("CHN-TWN"));
  RuntimeState& rt = m.state;
  const Flashpoint& flashpoint = m.world.flashpoints[f];
  rt.flashpoints[f].eruption = EruptionMemory{};
  Forces& challenger = rt.states[flashpoint.adversary].arsenal.strategic;
  Forces& patron = rt.states[flashpoint.patron].arsenal.strategic;
  patron = {1000.0, 0.0};
  std::vector<double> shares;
  for (int year = 2030; year < 2041; ++year) {
    rt.year = year;
    challenger = {100.0 * (year - 2029), 0.0};
    note_strategic_share(m.world, rt, f);
    const double share = challenger.total() / (challenger.total() + 1000.0);
    shares.push_back(share);
    // Before five years have passed, the first year's share stands for the past.
    const double expected = share - shares[static_cast<std::size_t>(std::max(0, year - 2035))];
    EXPECT_NEAR(eruption_covariates(m.world, rt, f)[at(EruptionCovariate::shift)], expected, 1e-15)
        << year;
  }
}

// Drawn eruptions follow the hazard: with a crisis last year and a recurrence coefficient of 2,
// a flashpoint whose rate is 0.02 erupts at logistic(logit(0.02) + 2), and remembers the year.
TEST(Eruption, CrisesEruptAtTheWorldDependentHazard) {
  Simulation::Moment m = baseline_moment(2030);
  for (Flashpoint& f : m.world.flashpoints) f.eruption_rate = 0.02;
  // Only recurrence moves the hazard; it was 0 in the reference year.
  m.params[ParamId::eruption_recurrence] = 2.0;
  m.state.year = 2030;
  for (FlashpointDynamics& d : m.state.flashpoints) {
    d.eruption.has_reference = true;
    d.eruption.reference = EruptionCovariates{};
    d.eruption.last_crisis_year = 2029;
  }
  const double expected = 1.0 / (1.0 + std::exp(-(logit(0.02) + 2.0)));
  const int draws = 20000;
  int crises = 0;
  for (std::uint32_t r = 0; r < draws; ++r) {
    RuntimeState rt = m.state;
    update_crises(m.world, m.index, m.params, rt, {7, 0, r, 2030, StreamPurpose::crisis}, nullptr);
    for (const FlashpointDynamics& d : rt.flashpoints) {
      crises += d.crisis;
      EXPECT_EQ(d.eruption.last_crisis_year, d.crisis ? 2030.0 : 2029.0);
    }
  }
  const double n = draws * static_cast<double>(m.world.flashpoints.size());
  EXPECT_NEAR(crises / n, expected, 4.0 * std::sqrt(expected * (1.0 - expected) / n));
}

}  // namespace
}  // namespace umbrella
