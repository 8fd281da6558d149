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
  rt.states[4].acquired_year = rt.last_acquisition_year = 2028;  // as acquiring sets them
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

// The exp of the hazard up is skipped when the draw is surely above it; with a trace it is always
// taken. Both ways must move the same states: the small world's states at none, one year drawn
// for 2,000 replicates at each of five intercepts (state 1's hazard from 0.9% to 90%).
TEST_F(ProliferationTest, SkippingTheHazardMovesTheSameStatesAsTakingIt) {
  int moved = 0;
  for (const double intercept : {-6.0, -3.0, -1.0, 0.0, 1.0}) {
    params[ParamId::hedge_intercept] = intercept;
    for (std::uint32_t r = 0; r < 2000; ++r) {
      RuntimeState fast = rt;
      RuntimeState traced = rt;
      Rng fast_draws({11, 0, r, 2030, StreamPurpose::proliferation});
      Rng traced_draws({11, 0, r, 2030, StreamPurpose::proliferation});
      Trace trace;
      update_proliferation(world, index, params, fast, fast_draws, nullptr);
      update_proliferation(world, index, params, traced, traced_draws, &trace);
      for (std::size_t s = 0; s < rt.states.size(); ++s) {
        ASSERT_EQ(fast.states[s].stage, traced.states[s].stage) << intercept << " " << r;
      }
      moved += fast.states[1].stage != Stage::none ? 1 : 0;
    }
  }
  // Some replicates moved and most did not: both branches of the draw were taken.
  EXPECT_GT(moved, 1000);
  EXPECT_LT(moved, 8000);
}

// surely_above_logistic(u, x) may only say so when u >= logistic(x) as computed, to the last
// bit, including draws one step above the hazard; and it says so for most draws against a small
// hazard, which is what it is for.
TEST(SurelyAboveLogistic, NeverContradictsTheHazard) {
  int said = 0;
  for (double x = -40.0; x <= 5.0; x += 0.01) {
    const double h = logistic(x);
    for (const double u : {0.0, 0.5 * h, 0.9 * h, std::nextafter(h, 0.0), h, std::nextafter(h, 1.0),
                           1.001 * h, 1.5 * h, 2.0 * h, 0.5, 0.999999}) {
      if (!surely_above_logistic(u, x)) continue;
      ++said;
      ASSERT_GE(u, h) << "x " << x << " u " << u;
    }
  }
  EXPECT_GT(said, 3000);
  const double x = logit(0.02);
  EXPECT_TRUE(surely_above_logistic(0.05, x));
  EXPECT_FALSE(surely_above_logistic(0.02, x));
  EXPECT_FALSE(surely_above_logistic(0.9, 0.0));  // no bound is taken for x >= 0
  EXPECT_FALSE(surely_above_logistic(0.9, std::nan("")));
  EXPECT_TRUE(surely_above_logistic(0.0, -INFINITY));
}

// Sanctions on the step-back hazard (`proliferation.reverse.sanctions`): its logit moves by the
// coefficient times D (1 + delta if designated), and a zero coefficient leaves it as it was.
TEST_F(ProliferationTest, SanctionsRaiseTheStepBackHazardByTheirTerm) {
  rt.states[1].stage = Stage::pursuit;
  world.states[1].dependence = 0.5;
  rt.states[1].designated = true;
  const double off = proliferation_hazards(world, index, params, rt, 1).down;
  // The model's step-back logit as docs/model.md writes it (ALA is a protected treaty ally).
  EXPECT_NEAR(logit(off), -3.0 + 2.0 * 0.5 - 2.0 * 0.8 + 1.0 * 0.5, 1e-12);
  params[ParamId::reverse_sanctions] = 2.0;
  const double on = proliferation_hazards(world, index, params, rt, 1).down;
  EXPECT_NEAR(logit(on) - logit(off), 2.0 * 0.5 * (1.0 + 0.5), 1e-9);
  // The hazards up are unchanged: the term is on stepping back only.
  params[ParamId::reverse_sanctions] = 0.0;
  const double up = proliferation_hazards(world, index, params, rt, 1).up;
  params[ParamId::reverse_sanctions] = 2.0;
  EXPECT_EQ(proliferation_hazards(world, index, params, rt, 1).up, up);
}

// With a large sanctions coefficient a sanctioned pursuer steps back at the rate its hazard says
// (40,000 fixed seeds; within 4 standard errors), and far more often than without it.
TEST_F(ProliferationTest, ASanctionedPursuerStepsBackAtThePredictedRate) {
  params[ParamId::preventive_strike] = 0.0;
  world.states[1].dependence = 0.6;
  rt.states[1].designated = true;
  rt.states[1].stage = Stage::pursuit;
  rt.states[1].breakout_years = 50;  // no arrival this year
  const double without = proliferation_hazards(world, index, params, rt, 1).down;
  params[ParamId::reverse_sanctions] = 3.0;
  const double with = proliferation_hazards(world, index, params, rt, 1).down;
  ASSERT_GT(with, 5.0 * without);
  const int n = 40000;
  int back = 0;
  for (int r = 0; r < n; ++r) {
    RuntimeState copy = rt;
    Rng rng({11, 0, static_cast<std::uint32_t>(r), 2030, StreamPurpose::proliferation});
    update_proliferation(world, index, params, copy, rng, nullptr);
    if (copy.states[1].stage == Stage::hedging) ++back;
  }
  const double se = std::sqrt(with * (1.0 - with) / n);
  EXPECT_NEAR(static_cast<double>(back) / n, with, 4.0 * se);
}

// The threshold end state: a pursuer that steps back settles with chance
// `proliferation.threshold.share`, and a settled state then draws nothing, however high its hazards
// up. At 0 (the default) no state settles and every stage is what it was without the mechanism.
TEST_F(ProliferationTest, AThresholdStateSettlesAtTheShareAndDrawsNothingMore) {
  params[ParamId::preventive_strike] = 0.0;
  params[ParamId::reverse_intercept] = 5.0;  // pursuers almost always step back
  params[ParamId::threshold_share] = 0.3;
  rt.states[1].stage = Stage::pursuit;
  rt.states[1].breakout_years = 50;
  const int n = 20000;
  int back = 0, settled = 0, settled_off = 0;
  for (int r = 0; r < n; ++r) {
    RuntimeState copy = rt;
    RuntimeState off = rt;
    Parameters zero = params;
    zero[ParamId::threshold_share] = 0.0;
    Rng rng({13, 0, static_cast<std::uint32_t>(r), 2030, StreamPurpose::proliferation});
    Rng same({13, 0, static_cast<std::uint32_t>(r), 2030, StreamPurpose::proliferation});
    update_proliferation(world, index, params, copy, rng, nullptr);
    update_proliferation(world, index, zero, off, same, nullptr);
    // The same draw decides the stage with or without the mechanism.
    ASSERT_EQ(copy.states[1].stage, off.states[1].stage);
    settled_off += off.states[1].threshold ? 1 : 0;
    if (copy.states[1].stage != Stage::hedging) continue;
    ++back;
    settled += copy.states[1].threshold ? 1 : 0;
  }
  EXPECT_EQ(settled_off, 0);
  ASSERT_GT(back, n / 2);
  const double share = static_cast<double>(settled) / back;
  EXPECT_NEAR(share, 0.3, 4.0 * std::sqrt(0.3 * 0.7 / back));

  // Settled: thirty years of certain pursuit and stepping back change nothing.
  rt.states[1].stage = Stage::hedging;
  rt.states[1].threshold = true;
  params[ParamId::pursue_intercept] = 20.0;
  Rng rng({17, 0, 0, 2030, StreamPurpose::proliferation});
  for (int year = 0; year < 30; ++year) {
    update_proliferation(world, index, params, rt, rng, nullptr);
    ASSERT_EQ(rt.states[1].stage, Stage::hedging) << year;
  }
  // An unsettled hedger under the same hazards pursues at once.
  rt.states[1].threshold = false;
  update_proliferation(world, index, params, rt, rng, nullptr);
  EXPECT_EQ(rt.states[1].stage, Stage::pursuit);
}

}  // namespace
}  // namespace umbrella
