// The challenger's own belief about the patron (docs/model.md#credibility, the challenger's
// belief) and the patron's actual resolve in the crisis (docs/model.md#crises).
#include <gtest/gtest.h>

#include "crisis_fixture.h"
#include "model/credibility.h"
#include "model/crisis/equilibrium.h"
#include "test_world.h"

namespace umbrella {
namespace {

// ADV against ALA, whose patron PAT's alliance starts at a credibility of 0.5.
struct ChallengerBeliefTest : ::testing::Test {
  World world = [] {
    World w = testing::small_world();
    Flashpoint f;
    f.id = "ADV-ALA";
    f.adversary = 4;
    f.ally = 1;
    f.patron = 0;
    f.challenger_belief = 0.8;
    w.flashpoints.push_back(f);
    return w;
  }();
  WorldIndex index = build_index(world);
  Parameters params = testing::test_parameters();
  RuntimeState rt = initial_runtime(world);
  void SetUp() override { initialize_beliefs(world, index, params, rt); }
  const ChallengerBelief& belief() const { return rt.flashpoints[0].belief; }
};

TEST_F(ChallengerBeliefTest, StartsAtItsOwnPriorNotTheAllys) {
  EXPECT_DOUBLE_EQ(belief().value, 0.8);
  EXPECT_DOUBLE_EQ(belief().reputation(), 0.8);
  EXPECT_DOUBLE_EQ(rt.alliances[0].credibility, 0.5);
  update_credibility(world, index, params, rt, nullptr);
  EXPECT_NEAR(belief().value, 0.8, 1e-12);  // nothing happened: it stays
}

TEST_F(ChallengerBeliefTest, WithoutAPriorTheAllysStartingCredibilityStandsIn) {
  world.flashpoints[0].challenger_belief = -1.0;
  initialize_beliefs(world, index, params, rt);
  EXPECT_DOUBLE_EQ(belief().value, 0.5);
}

TEST_F(ChallengerBeliefTest, ReadsThePatronsActsAsTheAllyDoes) {
  const double ally_before = rt.alliances[0].reputation();
  apply_act(world, index, params, rt, 0, 1, ActType::abandonment, 1.0, 2026.0, nullptr);
  const double evidence_ally = rt.alliances[0].beta - (1.0 - 0.5) * 20.0 * 0.7;
  // The same evidence, added to a belief that started elsewhere.
  EXPECT_LT(rt.alliances[0].reputation(), ally_before);
  EXPECT_LT(belief().reputation(), 0.8);
  EXPECT_NEAR(belief().beta - (1.0 - 0.8) * 20.0 * 0.7, evidence_ally, 1e-12);
  update_credibility(world, index, params, rt, nullptr);
  EXPECT_LT(belief().value, 0.8);
  EXPECT_GT(belief().value, rt.alliances[0].credibility);
}

TEST_F(ChallengerBeliefTest, PostureMovesItLikeTheAllysCapability) {
  rt.alliances[0].sharing = Sharing::bilateral;
  update_credibility(world, index, params, rt, nullptr);
  EXPECT_GT(belief().capability, 0.8);
  EXPECT_GT(belief().value, 0.8);
}

TEST_F(ChallengerBeliefTest, PollsOfTheAllyDoNotMoveIt) {
  assimilate_poll(world, index, params, rt, 0, 1, 0.1, 2026.0, nullptr);
  update_credibility(world, index, params, rt, nullptr);
  EXPECT_LT(rt.alliances[0].credibility, 0.5);
  EXPECT_NEAR(belief().value, 0.8, 1e-12);
}

// The challenger chooses on its priors; the crisis is played out with the patron's actual types.
// A patron more resolute than the challenger believes stands aside less often, and the
// challenger invades exactly as often as with a correct belief.
TEST(PatronResolve, PlaysTheCrisisOutWithThePatronsActualTypes) {
  const CrisisSetting believed = testing::round_setting(0.3, 0.3);
  CrisisSetting resolute = believed;
  resolute.actual = CrisisSetting::Resolve{0.9, 0.9};
  const CrisisEquilibrium a = solve_crisis_equilibrium(believed);
  const CrisisEquilibrium b = solve_crisis_equilibrium(resolute);
  EXPECT_DOUBLE_EQ(a.p_invade, b.p_invade);
  EXPECT_EQ(a.plain.respond, b.plain.respond);
  EXPECT_EQ(a.threatened.respond, b.threatened.respond);
  const auto concede = static_cast<std::size_t>(EndingId::patron_concedes);
  EXPECT_GT(a.outcome.ending[concede], b.outcome.ending[concede]);
  EXPECT_LT(b.outcome.p_invasion_success, a.outcome.p_invasion_success);
  double total = 0.0;
  for (const double p : b.outcome.ending) total += p;
  EXPECT_NEAR(total, 1.0, 1e-12);
  // The actual chances weigh the types' strategies: conceding is what the Soft types do.
  double soft_concede = 0.0;
  const std::array<double, kPatronTypeCount> chances = patron_type_chances(resolute);
  for (std::size_t t = 0; t < kPatronTypes.size(); ++t) {
    soft_concede += chances[t] * b.played().respond[t][static_cast<std::size_t>(Response::concede)];
  }
  EXPECT_NEAR(b.outcome.ending[concede], b.p_invade * soft_concede, 1e-12);
}

TEST(PatronResolve, WithoutItTheChallengersPriorsAreTheChances) {
  const CrisisSetting s = testing::round_setting(0.4, 0.7);
  EXPECT_EQ(patron_type_chances(s), patron_type_priors(s));
}

}  // namespace
}  // namespace umbrella
