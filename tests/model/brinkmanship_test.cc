// Nuclear threats short of use (docs/model.md#crises, "Threats short of use"): a challenger may
// invade under a threat that makes a defence slide into nuclear use with the brink risk.
#include <gtest/gtest.h>

#include <random>

#include "crisis_fixture.h"
#include "engine/crisis_game.h"
#include "game/best_response.h"
#include "model/crisis/equilibrium.h"

namespace umbrella {
namespace {

using testing::random_setting;
using testing::round_setting;

constexpr auto kHS = 1;  // tactically Hard, strategically Soft
constexpr auto kSH = 2;  // tactically Soft, strategically Hard
constexpr auto kConcede = static_cast<std::size_t>(Response::concede);
constexpr auto kDefend = static_cast<std::size_t>(Response::defend);

// A threat with no risk in it gains nothing: it only makes yielding dearer for a strategically
// Hard patron. At no cost it can tie, and ties go to the plain way.
TEST(Brinkmanship, AThreatThatRisksNothingIsNeverMade) {
  std::mt19937_64 rng(41);
  for (int trial = 0; trial < 500; ++trial) {
    CrisisSetting s = random_setting(rng);
    s.brink_risk = 0.0;
    s.threat_cost = trial % 2 == 0 ? 0.0 : 0.1;
    const CrisisEquilibrium eq = solve_crisis_equilibrium(s);
    EXPECT_FALSE(eq.threatens) << trial;
    EXPECT_EQ(eq.outcome.p_threat, 0.0);
    EXPECT_LE(eq.threatened.continuation, eq.plain.continuation - s.threat_cost + 1e-12) << trial;
  }
}

// The option to threaten changes a crisis only when it is taken: otherwise the crisis is the one
// played without it, exactly.
TEST(Brinkmanship, AThreatNotMadeChangesNothing) {
  std::mt19937_64 rng(43);
  int made = 0, not_made = 0;
  for (int trial = 0; trial < 4000; ++trial) {
    const CrisisSetting s = random_setting(rng);
    const CrisisEquilibrium eq = solve_crisis_equilibrium(s);
    CrisisSetting without = s;
    without.brink_risk = 0.0;
    const CrisisEquilibrium plain = solve_crisis_equilibrium(without);
    if (eq.threatens) {
      ++made;
      EXPECT_GT(eq.p_invade, plain.p_invade - 1e-12) << trial;  // it threatens because it pays
      EXPECT_EQ(eq.outcome.p_threat, eq.p_invade);
      continue;
    }
    ++not_made;
    EXPECT_EQ(eq.p_invade, plain.p_invade) << trial;
    EXPECT_EQ(eq.outcome.ending, plain.outcome.ending) << trial;
  }
  EXPECT_GT(made, 50);  // about one random setting in forty
  EXPECT_GT(not_made, 3000);
}

// The essay's mechanism where its assumptions hold: the patron is believed likely to defend
// conventionally (tactically Hard) but not to run nuclear risks (strategically Soft), the taboo
// keeps the challenger from choosing nuclear use, and the brink is dangerous (the top of the
// nuclear alert's range). A challenger that dominates the theater then invades under a threat: the
// Hard but Soft patron stands aside instead of defending, and invasions become likelier. With the
// theater balance against it, the same threat is not worth making.
CrisisSetting theater_dominance(double challenger_share) {
  CrisisSetting s = round_setting(0.85, 0.15);
  s.success_theater = challenger_share;
  // Escalation dominance as crisis_setting shifts it: the weaker side bears more of a theater war.
  const double shift = 2.0 * challenger_share - 1.0;
  s.theater_war = {3.0 * (1.0 - shift), 3.0 * (1.0 + shift)};
  s.limited_loss_of_control = 0.1;
  s.loss_of_control = 0.1;
  s.brink_risk = 0.15;
  s.threat_cost = 0.1;
  return s;
}

TEST(Brinkmanship, TheaterDominanceMakesAThreatPay) {
  const CrisisSetting dominant = theater_dominance(0.9);
  const CrisisEquilibrium eq = solve_crisis_equilibrium(dominant);
  ASSERT_TRUE(eq.threatens);
  EXPECT_GT(eq.threatened.respond[kHS][kConcede], eq.plain.respond[kHS][kConcede]);
  CrisisSetting no_threat = dominant;
  no_threat.brink_risk = 0.0;
  // 0.27 without the threat, 0.35 with it.
  EXPECT_GT(eq.p_invade, solve_crisis_equilibrium(no_threat).p_invade + 0.05);

  const CrisisEquilibrium dominated = solve_crisis_equilibrium(theater_dominance(0.1));
  EXPECT_FALSE(dominated.threatens);
  EXPECT_LT(dominated.p_invade, eq.p_invade);
}

// Over a grid of the challenger's priors (p_T, p_S in 0.05..0.95), threats pay only where the
// patron is believed likelier to defend than to run nuclear risks (p_T > p_S), and theater
// dominance widens that region: 12 of 100 cells at a theater share of 0.9, 6 at 0.1
// (docs/model.md#crises, "Where threats pay").
TEST(Brinkmanship, ThreatsPayWhereThePatronIsBelievedHardButStrategicallySoft) {
  const auto region = [](double share) {
    int threatening = 0;
    for (int i = 0; i < 10; ++i) {
      for (int j = 0; j < 10; ++j) {
        const double p_tactical = 0.05 + 0.1 * i, p_strategic = 0.05 + 0.1 * j;
        CrisisSetting s = theater_dominance(share);
        s.p_tactical = p_tactical;
        s.p_strategic = p_strategic;
        if (!solve_crisis_equilibrium(s).threatens) continue;
        ++threatening;
        EXPECT_GT(p_tactical, p_strategic);
      }
    }
    return threatening;
  };
  EXPECT_EQ(region(0.9), 12);
  EXPECT_EQ(region(0.1), 6);
}

// Where the taboo is weak, a challenger that wants nuclear risk can choose nuclear use itself; a
// threat that leaves the risk to chance adds nothing (Schelling: it matters where deliberate use
// is not credible).
TEST(Brinkmanship, WhereUseIsThinkableAThreatAddsNothing) {
  CrisisSetting s = theater_dominance(0.9);
  s.limited_nuclear.challenger *= 0.25;
  EXPECT_FALSE(solve_crisis_equilibrium(s).threatens);
}

// Standing aside under a threat is yielding to nuclear coercion: a strategically Hard patron that
// would let a plain invasion pass defends against a threatened one, so the threat can backfire.
TEST(Brinkmanship, AThreatHardensAStrategicallyHardPatron) {
  CrisisSetting s = round_setting(0.5, 0.7);
  s.brink_risk = 0.05;
  s.threat_cost = 0.1;
  const CrisisEquilibrium eq = solve_crisis_equilibrium(s);
  EXPECT_EQ(eq.plain.respond[kSH][kConcede], 1.0);
  EXPECT_EQ(eq.threatened.respond[kSH][kDefend], 1.0);
  EXPECT_FALSE(eq.threatens);
  EXPECT_LT(eq.threatened.continuation, eq.plain.continuation);
}

// A threat whose brink risk is 1 commits the challenger to nuclear use against any defence; the
// challenger never chooses after a defence, and the solution is still an exact equilibrium.
TEST(Brinkmanship, ACertainSlideIsStillAnExactEquilibrium) {
  std::mt19937_64 rng(47);
  for (int trial = 0; trial < 300; ++trial) {
    CrisisSetting s = random_setting(rng);
    s.brink_risk = 1.0;
    const CrisisEquilibrium eq = solve_crisis_equilibrium(s, 2);
    const game::Game g = build_crisis_game(s, 2);
    ASSERT_LT(game::nash_conv(g, profile_of(g, eq, s, 2)), 1e-9) << trial;
    EXPECT_EQ(eq.threatened.coerce, 0.0);
  }
}

}  // namespace
}  // namespace umbrella
