#include "model/credibility.h"

#include <gtest/gtest.h>

#include <vector>

#include "model/logistic.h"
#include "test_world.h"

namespace umbrella {
namespace {

struct CredibilityTest : ::testing::Test {
  World world = testing::small_world();
  WorldIndex index = build_index(world);
  Parameters params = testing::test_parameters();
  RuntimeState rt = initial_runtime(world);
  void SetUp() override { initialize_beliefs(world, index, params, rt); }
};

TEST_F(CredibilityTest, StartsAtTheMeasuredCredibility) {
  for (const AllianceDynamics& d : rt.alliances) EXPECT_NEAR(d.credibility, 0.5, 1e-12);
}

TEST_F(CredibilityTest, NeglectSpillsOverLessWithDistance) {
  apply_act(world, index, params, rt, 0, 1, ActType::neglect, 1.0, 2025.5, nullptr);
  const double target = rt.alliances[0].reputation();
  const double same_region = rt.alliances[1].reputation();
  const double other_region = rt.alliances[2].reputation();
  EXPECT_LT(target, same_region);
  EXPECT_LT(same_region, other_region);
  EXPECT_LT(other_region,
            rt.alliances[2].alpha0 / (rt.alliances[2].alpha0 + rt.alliances[2].beta0));
}

TEST_F(CredibilityTest, BadNewsWeighsMoreThanGood) {
  // From an even reputation, one act of neglect moves belief more than one act of support.
  rt.alliances[0].alpha = rt.alliances[0].beta = 10.0;
  RuntimeState good = rt, bad = rt;
  apply_act(world, index, params, good, 0, 1, ActType::support, 1.0, 2025.5, nullptr);
  apply_act(world, index, params, bad, 0, 1, ActType::neglect, 1.0, 2025.5, nullptr);
  const double start = rt.alliances[0].reputation();
  EXPECT_GT(start - bad.alliances[0].reputation(), good.alliances[0].reputation() - start);
}

TEST_F(CredibilityTest, ShockLoosensThePriorFirst) {
  RuntimeState with_shock = rt, without = rt;
  apply_act(world, index, params, with_shock, 0, 1, ActType::abandonment, 1.0, 2025.2, nullptr);
  params[ParamId::shock_discount] = 1.0;
  apply_act(world, index, params, without, 0, 1, ActType::abandonment, 1.0, 2025.2, nullptr);
  EXPECT_LT(with_shock.alliances[0].reputation(), without.alliances[0].reputation());
}

TEST_F(CredibilityTest, AppeasingAnAllysAdversaryReadsAsDirect) {
  apply_act(world, index, params, rt, 0, 4, ActType::appeasement, 1.0, 2025.3, nullptr);
  // ALA and ALB are threatened by ADV: full weight; ALC is not, and sits in another region.
  EXPECT_NEAR(rt.alliances[0].reputation(), rt.alliances[1].reputation(), 1e-12);
  EXPECT_LT(rt.alliances[0].reputation(), rt.alliances[2].reputation());
}

// apply_acts is apply_act act by act, to the last bit: for ordinary acts, a shock (abandonment of
// ALA is evidence above the threshold), appeasement of a rival (read as direct), an act toward the
// ally of an alliance that has ended, and a challenger's belief that reads its alliance's acts.
TEST_F(CredibilityTest, ActsReadTogetherAsOneByOne) {
  Flashpoint flashpoint;
  flashpoint.adversary = 4;
  flashpoint.ally = 1;
  flashpoint.patron = 0;
  world.flashpoints.push_back(flashpoint);
  index = build_index(world);
  rt = initial_runtime(world);
  initialize_beliefs(world, index, params, rt);
  rt.alliances[2].active = false;
  const std::vector<TargetedAct> acts = {{ActType::neglect, 1},     {ActType::support, 3},
                                         {ActType::abandonment, 1}, {ActType::appeasement, 4},
                                         {ActType::reassurance, 1}, {ActType::support, 2}};
  RuntimeState one_by_one = rt;
  for (const TargetedAct& act : acts) {
    apply_act(world, index, params, one_by_one, 0, act.target, act.act, 1.0, 2025.5, nullptr);
  }
  apply_acts(world, index, params, rt, 0, acts);
  for (std::size_t a = 0; a < rt.alliances.size(); ++a) {
    EXPECT_EQ(rt.alliances[a].alpha, one_by_one.alliances[a].alpha) << a;
    EXPECT_EQ(rt.alliances[a].beta, one_by_one.alliances[a].beta) << a;
  }
  EXPECT_EQ(rt.flashpoints[0].belief.alpha, one_by_one.flashpoints[0].belief.alpha);
  EXPECT_EQ(rt.flashpoints[0].belief.beta, one_by_one.flashpoints[0].belief.beta);
  // The acts moved something, the ended alliance nothing.
  EXPECT_NE(rt.alliances[0].beta, rt.alliances[0].beta0);
  EXPECT_NE(rt.flashpoints[0].belief.beta, rt.flashpoints[0].belief.beta0);
  EXPECT_EQ(rt.alliances[2].alpha, rt.alliances[2].alpha0);
}

// The exception docs/model.md states to "support never lowers credibility": a poll sets the mean
// and keeps alpha + beta, so the history with an extra act of support holds a firmer belief,
// which later good news moves less, and enough of it puts that history behind.
TEST_F(CredibilityTest, GoodNewsAfterAPollCanReverseAnEarlierActOfSupport) {
  RuntimeState with = rt;
  RuntimeState without = rt;
  apply_act(world, index, params, with, 0, 1, ActType::support, 5.0, 2025.1, nullptr);
  EXPECT_GT(with.alliances[0].reputation(), without.alliances[0].reputation());
  for (RuntimeState* state : {&with, &without}) {
    assimilate_poll(world, index, params, *state, 0, 1, 0.3, 2025.2, nullptr);
  }
  EXPECT_GT(with.alliances[0].reputation(), without.alliances[0].reputation());
  for (int act = 0; act < 10; ++act) {
    for (RuntimeState* state : {&with, &without}) {
      apply_act(world, index, params, *state, 0, 1, ActType::support, 5.0, 2025.3, nullptr);
    }
  }
  EXPECT_LT(with.alliances[0].reputation(), without.alliances[0].reputation());
}

TEST_F(CredibilityTest, MemoryRevertsTowardThePrior) {
  apply_act(world, index, params, rt, 0, 1, ActType::abandonment, 1.0, 2025.2, nullptr);
  const double hit = rt.alliances[0].reputation();
  const double prior = rt.alliances[0].alpha0 / (rt.alliances[0].alpha0 + rt.alliances[0].beta0);
  for (int year = 0; year < 30; ++year) update_credibility(world, index, params, rt, nullptr);
  EXPECT_GT(rt.alliances[0].reputation(), hit);
  EXPECT_NEAR(rt.alliances[0].reputation(), prior, 0.01);
}

TEST_F(CredibilityTest, PostureRaisesCapability) {
  const double base = capability_logit(world, index, params, rt, 0);
  rt.alliances[0].sharing = Sharing::bilateral;
  const double shared = capability_logit(world, index, params, rt, 0);
  EXPECT_NEAR(shared - base, 0.6, 1e-12);
  rt.alliances[0].introduction = true;
  EXPECT_NEAR(capability_logit(world, index, params, rt, 0) - shared, 0.3, 1e-12);
  rt.states[0].arsenal.theater[0].deployed = 100;
  EXPECT_GT(capability_logit(world, index, params, rt, 0), shared + 0.3);
}

TEST_F(CredibilityTest, AdversaryStrategicGrowthLowersCapability) {
  const double base = capability_logit(world, index, params, rt, 0);
  rt.states[4].arsenal.strategic.reserve += 1000;
  EXPECT_LT(capability_logit(world, index, params, rt, 0), base);
}

TEST_F(CredibilityTest, PollPullsCredibilityHalfway) {
  assimilate_poll(world, index, params, rt, 0, 1, 0.45, 2025.9, nullptr);
  const AllianceDynamics& d = rt.alliances[0];
  const double combined = 0.5 * d.capability + 0.5 * d.reputation();
  EXPECT_NEAR(combined, 0.475, 1e-12);
  EXPECT_NEAR(d.alpha + d.beta, 20.0, 1e-12);  // the poll moves belief, not its weight
}

TEST_F(CredibilityTest, AssuranceCombinesPatrons) {
  Alliance second = world.alliances[0];
  second.patron = 4;
  second.primary = false;
  world.alliances.push_back(second);
  index = build_index(world);
  rt = initial_runtime(world);
  initialize_beliefs(world, index, params, rt);
  update_credibility(world, index, params, rt, nullptr);
  const double c1 = rt.alliances[0].credibility, c2 = rt.alliances[3].credibility;
  EXPECT_NEAR(rt.states[1].assurance, 1.0 - (1.0 - c1) * (1.0 - c2), 1e-12);
}

}  // namespace
}  // namespace umbrella
