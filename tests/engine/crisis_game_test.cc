#include "engine/crisis_game.h"

#include <gtest/gtest.h>

#include "../model/crisis_fixture.h"
#include "game/best_response.h"
#include "game/efg_reader.h"
#include "game/efg_writer.h"
#include "game/solve.h"

namespace umbrella {
namespace {

using testing::round_setting;

TEST(CrisisGame, HasTheAsymmetricEscalationStructure) {
  const game::Game g = build_crisis_game(round_setting(0.6, 0.4), 3);
  EXPECT_EQ(g.num_players(), 2);
  // Per resolve type: the challenge, and after a defence and after first use, plainly and under a
  // threat.
  EXPECT_EQ(g.infosets_of(0).size(), 15);
  EXPECT_EQ(g.infosets_of(1).size(), 16);  // per patron type: respond, after nuclear use, twice
  EXPECT_EQ(g.num_chance_infosets(), 2);   // the draw of resolve and type, and the brink
  const auto p = g.chance_probability_values();
  ASSERT_EQ(p.size(), 14u);
  EXPECT_NEAR(p[0], 0.24 / 3, 1e-12);  // first resolve type, HH
  EXPECT_NEAR(p[1], 0.36 / 3, 1e-12);  // HS
  EXPECT_NEAR(p[2], 0.16 / 3, 1e-12);  // SH
  EXPECT_NEAR(p[3], 0.24 / 3, 1e-12);  // SS
  EXPECT_EQ(p[12], 0.0);               // round settings make no threat slide into use
  EXPECT_EQ(p[13], 1.0);
  EXPECT_TRUE(g.has_perfect_recall());
}

TEST(CrisisGame, RoundTripsThroughEfg) {
  const game::Game g = build_crisis_game(round_setting(0.6, 0.4), 2);
  const game::EfgReadResult back = game::read_efg(game::write_efg(g), "crisis.efg");
  EXPECT_TRUE(back.game == g);
}

TEST(CrisisGame, ResolveTypesAreLogisticQuantiles) {
  CrisisSetting s = round_setting(0.5, 0.5);
  const std::vector<double> r = challenger_resolve_types(s, 4);
  const double scale = s.resolve_dispersion * s.stakes;
  ASSERT_EQ(r.size(), 4u);
  EXPECT_NEAR(r[0], scale * std::log(0.125 / 0.875), 1e-12);
  EXPECT_NEAR(r[1] + r[2], 0.0, 1e-12);  // symmetric about zero
  EXPECT_NEAR(r[3], -r[0], 1e-12);
}

TEST(CrisisGame, TypesHoldTheirOrderings) {
  const CrisisSetting s = round_setting(0.5, 0.5);
  const double runaway = 0.4;  // limited use into theater war
  for (const PatronType& type : kPatronTypes) {
    const PatronWeights w = patron_weights(s, type);
    // Tactical: defend (success 0.2, cost 0.4) against concede (ally alone: success 0.6).
    const double defend = -w.ally_value * 0.2 - 0.4;
    const double concede = -w.ally_value * 0.6;
    EXPECT_EQ(defend > concede, type.tactically_hard) << type.label;
    // Strategic: retaliate (theater war after limited use) against backing down after coercion,
    // which itself runs into that war with probability 0.4.
    const double war_nuclear = 1.0 + 3.0 + 0.4 * 10.0;
    const double retaliate = -w.ally_value * 0.5 - 0.4 - w.nuclear_aversion * war_nuclear;
    const double back_down = (1 - runaway) * (-w.ally_value - 0.4 - w.nuclear_aversion * 1.0) +
                             runaway * retaliate - w.yielding_cost;
    EXPECT_EQ(retaliate > back_down, type.strategically_hard) << type.label;
    // Types differ in what they are, not in how they count nuclear costs, unless a Soft type
    // would otherwise retaliate.
    EXPECT_EQ(w.nuclear_aversion, 1.0) << type.label;
    EXPECT_EQ(w.yielding_cost > 0.0, type.strategically_hard) << type.label;
  }
}

TEST(CrisisGame, EndingsChargeTheFirstUserTheTaboo) {
  CrisisSetting s = round_setting(0.5, 0.5);
  s.limited_loss_of_control = 0.0;
  const Endings e = crisis_endings(s);
  // The challenger coerces: it pays the first user's 1.5; the patron pays the struck side's 1.0.
  EXPECT_DOUBLE_EQ(ending(e, EndingId::coerced).challenger_cost, 0.5 + 1.5);
  EXPECT_DOUBLE_EQ(ending(e, EndingId::coerced).defender_nuclear_cost, 1.0);
  // The patron uses first: the two change places.
  EXPECT_DOUBLE_EQ(ending(e, EndingId::challenger_backs_down).challenger_cost, 0.5 + 1.0);
  EXPECT_DOUBLE_EQ(ending(e, EndingId::challenger_backs_down).defender_nuclear_cost, 1.5);
  EXPECT_EQ(ending(e, EndingId::status_quo).chosen, LadderGroup::coercion);
}

TEST(CrisisGame, LimitedUseMayRunOutOfControl) {
  const CrisisSetting s = round_setting(0.5, 0.5);
  const Endings e = crisis_endings(s);
  const Ending& coerced = ending(e, EndingId::coerced);
  const Ending& war = ending(e, EndingId::war_after_coercion);
  EXPECT_DOUBLE_EQ(coerced.success_controlled, 1.0);
  EXPECT_DOUBLE_EQ(coerced.success, 0.6 * 1.0 + 0.4 * 0.5);
  EXPECT_DOUBLE_EQ(coerced.challenger_cost, 0.6 * 2.0 + 0.4 * war.challenger_cost);
  const std::array<double, kLadderGroupCount> groups = highest_groups(coerced);
  EXPECT_DOUBLE_EQ(groups[static_cast<std::size_t>(LadderGroup::limited_nuclear)], 0.6);
  EXPECT_DOUBLE_EQ(groups[static_cast<std::size_t>(LadderGroup::theater_nuclear_war)], 0.4 * 0.6);
  EXPECT_DOUBLE_EQ(groups[static_cast<std::size_t>(LadderGroup::strategic_exchange)], 0.4 * 0.4);
}

TEST(CrisisGame, LemkeOutcomesAreConsistent) {
  for (double p : {0.1, 0.3, 0.5, 0.7, 0.9}) {
    const CrisisSetting s = round_setting(p, 1.0 - p);
    const game::Game g = build_crisis_game(s, 3);
    const game::SolveResult lemke = game::solve(g, game::Method::lcp);
    ASSERT_LT(lemke.nash_conv, 1e-9) << p;
    const CrisisOutcome out = outcome_of_profile(g, lemke.profile, s);
    double total = 0.0;
    for (double share : out.highest_group) total += share;
    EXPECT_NEAR(total, 1.0, 1e-9) << p;
    EXPECT_LE(out.p_coercion, out.p_nuclear_use + 1e-12) << p;
    EXPECT_LE(out.p_nuclear_use, out.p_invasion + 1e-12) << p;
    EXPECT_LE(out.p_invasion_success, out.p_invasion + 1e-12) << p;
  }
}

}  // namespace
}  // namespace umbrella
