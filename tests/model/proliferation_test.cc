#include "model/proliferation.h"

#include <gtest/gtest.h>

#include <cmath>

#include "model/logistic.h"
#include "model/regime.h"
#include "test_world.h"

namespace umbrella {
namespace {

double logit(double p) {
  return std::log(p / (1.0 - p));
}

struct ProliferationTest : ::testing::Test {
  World world = testing::small_world();
  WorldIndex index = build_index(world);
  Parameters params = testing::test_parameters();
  RuntimeState rt = initial_runtime(world);
  void SetUp() override {
    rt.year = 2030;
    rt.regime_strength = 0.7;
    for (StateDynamics& s : rt.states) s.assurance = 0.5;
    rt.states[1].threat = 0.8;
  }
  double hedge() { return proliferation_hazards(world, index, params, rt, 1).up; }
};

TEST_F(ProliferationTest, HazardRisesWithThreatAndFallsWithAssurance) {
  const double base = hedge();
  rt.states[1].threat = 0.9;
  EXPECT_GT(hedge(), base);
  rt.states[1].threat = 0.8;
  rt.states[1].assurance = 0.7;
  EXPECT_LT(hedge(), base);
  EXPECT_NEAR(logit(base) - logit(hedge()), 3.0 * 0.2, 1e-9);
}

TEST_F(ProliferationTest, RegimeStrengthLowersEveryHazard) {
  const double base = hedge();
  rt.regime_strength = 0.4;
  EXPECT_NEAR(logit(hedge()) - logit(base), 0.3, 1e-9);
}

TEST_F(ProliferationTest, RivalAcquisitionMultipliesExploringOddsByBleeksFactor) {
  const double base = hedge();
  rt.states[4].acquired_year = 2028;
  EXPECT_NEAR(std::exp(logit(hedge()) - logit(base)), std::exp(1.61), 1e-9);
  rt.year = 2040;  // outside the 10-year window
  EXPECT_NEAR(hedge(), base, 1e-12);
}

TEST_F(ProliferationTest, ThreatScalesWithAdversaryGrowth) {
  update_growth_factors(index, params, rt);
  EXPECT_NEAR(threat_to(world, index, rt, 1), 0.8, 1e-12);
  rt.states[4].arsenal.strategic.reserve += 600;  // arsenal 600 -> 1200
  update_growth_factors(index, params, rt);
  EXPECT_NEAR(threat_to(world, index, rt, 1), std::min(1.0, 0.8 * std::pow(2.0, 0.3)), 1e-12);
}

TEST_F(ProliferationTest, NptPartyLeavesBeforeAcquiring) {
  StateDynamics& s = rt.states[1];
  s.stage = Stage::pursuit;
  s.breakout_years = 1;
  params[ParamId::reverse_intercept] = -30;  // no reversal
  Rng rng({1, 0, 0, 2030, StreamPurpose::proliferation});
  update_proliferation(world, index, params, rt, rng, nullptr);
  EXPECT_EQ(s.stage, Stage::pursuit);  // breakout reached, but still an NPT party
  EXPECT_LT(s.notice_effective, 2031.0 + 0.25 + 1e-9);
  update_regime(world, params, rt, nullptr);
  EXPECT_EQ(s.npt, NptStatus::withdrawn);
  rt.year = 2031;
  Rng next({1, 0, 0, 2031, StreamPurpose::proliferation});
  update_proliferation(world, index, params, rt, next, nullptr);
  EXPECT_EQ(s.stage, Stage::acquired);
  EXPECT_EQ(rt.nuclear_armed, 3);
}

TEST_F(ProliferationTest, OnlyUnprotectedPursuersRiskPreventiveStrikes) {
  params[ParamId::preventive_strike] = 1.0;
  params[ParamId::reverse_intercept] = -30;
  rt.states[1].stage = Stage::pursuit;
  rt.states[1].breakout_years = 5;
  Rng rng({1, 0, 0, 2030, StreamPurpose::proliferation});
  update_proliferation(world, index, params, rt, rng, nullptr);
  EXPECT_EQ(rt.states[1].stage, Stage::pursuit);  // protected by a treaty ally
  rt.alliances[0].kind = AllianceKind::partner;
  update_proliferation(world, index, params, rt, rng, nullptr);
  EXPECT_EQ(rt.states[1].stage, Stage::hedging);
  EXPECT_DOUBLE_EQ(rt.states[1].breakout_years, 7.0);
}

TEST_F(ProliferationTest, AcquisitionLowersRegimeAndRaisesOthersHazards) {
  const double before = proliferation_hazards(world, index, params, rt, 2).up;
  ++rt.acquisitions_this_year;
  update_regime(world, params, rt, nullptr);
  EXPECT_NEAR(rt.regime_strength, 0.6, 1e-12);
  EXPECT_GT(proliferation_hazards(world, index, params, rt, 2).up, before);
}

TEST_F(ProliferationTest, YearlyTransitionFrequenciesMatchHazards) {
  const Hazards h = proliferation_hazards(world, index, params, rt, 1);
  const int n = 40000;
  int up = 0;
  for (int r = 0; r < n; ++r) {
    RuntimeState copy = rt;
    Rng rng({7, 0, static_cast<std::uint32_t>(r), 2030, StreamPurpose::proliferation});
    update_proliferation(world, index, params, copy, rng, nullptr);
    if (copy.states[1].stage == Stage::hedging) ++up;
  }
  const double se = std::sqrt(h.up * (1.0 - h.up) / n);
  EXPECT_NEAR(static_cast<double>(up) / n, h.up, 4.0 * se);
}

}  // namespace
}  // namespace umbrella
