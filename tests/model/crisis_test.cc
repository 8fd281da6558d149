#include "model/crisis.h"

#include <gtest/gtest.h>

#include "engine/simulation.h"
#include "game/efg_reader.h"
#include "game/efg_writer.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

CrisisSetting setting(double p_tactical, double p_strategic) {
  CrisisSetting s;
  s.flashpoint = "TEST";
  s.stakes = 0.9;
  s.p_tactical = p_tactical;
  s.p_strategic = p_strategic;
  s.success_alone = 0.6;
  s.success_defended = 0.2;
  s.success_theater = 0.5;
  s.ally_resists = true;
  s.conventional = {0.5, 0.4};
  s.limited_nuclear = {1.5, 1.0};
  s.theater_war = {3.0, 3.0};
  s.strategic = {10.0, 10.0};
  s.loss_of_control = 0.4;
  s.ally_value = 2.0;
  s.resolve_margin = 0.5;
  return s;
}

TEST(CrisisGame, HasTheAsymmetricEscalationStructure) {
  const game::Game g = build_crisis_game(setting(0.6, 0.4));
  EXPECT_EQ(g.num_players(), 2);
  EXPECT_EQ(g.infosets_of(0).size(), 3);  // challenge, after defence, after first use
  EXPECT_EQ(g.infosets_of(1).size(), 8);  // two per patron type
  EXPECT_EQ(g.num_chance_infosets(), 1);
  const auto p = g.chance_probability_values();
  EXPECT_NEAR(p[0], 0.24, 1e-12);  // HH
  EXPECT_NEAR(p[1], 0.36, 1e-12);  // HS
  EXPECT_NEAR(p[2], 0.16, 1e-12);  // SH
  EXPECT_NEAR(p[3], 0.24, 1e-12);  // SS
  EXPECT_TRUE(g.has_perfect_recall());
}

TEST(CrisisGame, RoundTripsThroughEfg) {
  const game::Game g = build_crisis_game(setting(0.6, 0.4));
  const game::EfgReadResult back = game::read_efg(game::write_efg(g), "crisis.efg");
  EXPECT_TRUE(back.game == g);
}

TEST(CrisisGame, TypesHoldTheirOrderings) {
  const CrisisSetting s = setting(0.5, 0.5);
  for (const bool tactical : {true, false}) {
    for (const bool strategic : {true, false}) {
      const PatronWeights w = patron_weights(s, tactical, strategic);
      // Tactical: defend (success 0.2, cost 0.4) against concede (ally alone: success 0.6).
      const double defend = -w.ally_value * 0.2 - 0.4;
      const double concede = -w.ally_value * 0.6;
      EXPECT_EQ(defend > concede, tactical);
      // Strategic: retaliate (theater war) against back down after coercion.
      const double war_cost = 3.0 + 0.4 * 10.0;
      const double retaliate = -w.ally_value * 0.5 - 0.4 - w.nuclear_aversion * war_cost;
      const double back_down = -w.ally_value - 0.4 - w.nuclear_aversion * 1.0;
      EXPECT_EQ(retaliate > back_down, strategic);
    }
  }
}

TEST(CrisisGame, AResolutePatronDeters) {
  const CrisisSetting s = setting(0.999, 0.999);
  const CrisisOutcome out = solve_crisis(build_crisis_game(s), s);
  EXPECT_LT(out.solution.nash_conv, 1e-9);
  EXPECT_LT(out.p_invasion, 0.01);
  EXPECT_NEAR(out.highest_group[0], 1.0 - out.p_invasion, 1e-9);
}

TEST(CrisisGame, AnIrresolutePatronInvitesInvasion) {
  CrisisSetting s = setting(0.001, 0.001);
  s.ally_resists = false;
  const CrisisOutcome out = solve_crisis(build_crisis_game(s), s);
  EXPECT_LT(out.solution.nash_conv, 1e-9);
  EXPECT_GT(out.p_invasion, 0.99);
  EXPECT_GT(out.p_invasion_success, 0.99);
  EXPECT_LT(out.p_nuclear_use, 0.01);
}

TEST(CrisisGame, OutcomeProbabilitiesAreConsistent) {
  for (double p : {0.1, 0.3, 0.5, 0.7, 0.9}) {
    const CrisisSetting s = setting(p, 1.0 - p);
    const CrisisOutcome out = solve_crisis(build_crisis_game(s), s);
    double total = 0.0;
    for (double share : out.highest_group) total += share;
    EXPECT_NEAR(total, 1.0, 1e-9) << p;
    EXPECT_LE(out.p_coercion, out.p_nuclear_use + 1e-12) << p;
    EXPECT_LE(out.p_nuclear_use, out.p_invasion + 1e-12) << p;
    EXPECT_LE(out.p_invasion_success, out.p_invasion + 1e-12) << p;
    EXPECT_LT(out.solution.nash_conv, 1e-9) << p;
  }
}

TEST(CrisisGame, BaselineCrisesSolveExactly) {
  const Scenario scenario = load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  RunOptions options;
  options.replicates = 1;
  const Simulation simulation(scenario, options);
  for (int year : {2025, 2035}) {
    const Simulation::Moment m = simulation.moment(0, year);
    for (std::size_t f = 0; f < m.world.flashpoints.size(); ++f) {
      const CrisisSetting s =
          crisis_setting(m.world, m.index, m.params, m.state, static_cast<int>(f));
      const CrisisOutcome out = solve_crisis(build_crisis_game(s), s);
      EXPECT_LT(out.solution.nash_conv, 1e-9) << s.flashpoint << " " << year;
    }
  }
}

}  // namespace
}  // namespace umbrella
