#include "game/cfr_plus.h"

#include <gtest/gtest.h>

#include <vector>

#include "game/best_response.h"
#include "game/expected_value.h"
#include "test_games.h"

namespace umbrella::game {
namespace {

using testing::load_game;

TEST(CfrPlus, SolvesKuhnPoker) {
  const Game game = load_game("kuhn_poker.efg");
  CfrPlusSolver solver(game);
  solver.run(2000);
  EXPECT_EQ(solver.iterations(), 2000);
  const BehaviorProfile average = solver.average_profile();
  EXPECT_LT(exploitability(game, average), 1e-3);
  EXPECT_NEAR(expected_payoffs(game, average)[0], -1.0 / 18.0, 1e-3);
}

TEST(CfrPlus, LeducExploitabilityFallsAtEveryCheckpoint) {
  const Game game = load_game("leduc_poker.efg");
  CfrPlusSolver solver(game);
  std::vector<double> checkpoints;
  for (const int target : {10, 100, 1000}) {
    solver.run(target - solver.iterations());
    checkpoints.push_back(exploitability(game, solver.average_profile()));
  }
  EXPECT_GT(checkpoints[0], checkpoints[1]);
  EXPECT_GT(checkpoints[1], checkpoints[2]);
  // OpenSpiel's CFR+ reaches 2.45e-4 on this file after 1,000 iterations.
  EXPECT_LT(checkpoints[2], 5e-4);
  EXPECT_NEAR(expected_payoffs(game, solver.average_profile())[0], -0.085606424078, 1e-3);
}

TEST(CfrPlus, CurrentProfileIsAProbabilityDistribution) {
  const Game game = load_game("beer_quiche.efg");
  CfrPlusSolver solver(game);
  solver.run(50);
  const BehaviorProfile current = solver.current_profile();
  for (int id = 0; id < game.num_infosets(); ++id) {
    double total = 0.0;
    for (const double p : current.at_infoset(game, id)) {
      EXPECT_GE(p, 0.0);
      total += p;
    }
    EXPECT_NEAR(total, 1.0, 1e-12);
  }
}

TEST(CfrPlus, ConvergesOnAThreePlayerPerfectInformationGame) {
  const Game game = load_game("three_player_weather.efg");
  CfrPlusSolver solver(game);
  solver.run(2000);
  EXPECT_LT(nash_conv(game, solver.average_profile()), 1e-2);
}

}  // namespace
}  // namespace umbrella::game
