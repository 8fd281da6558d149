#include "game/backward_induction.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

#include "../error_catalogue.h"
#include "game/best_response.h"
#include "test_games.h"

namespace umbrella::game {
namespace {

using testing::load_game;

std::vector<double> probabilities(const BehaviorProfile& profile) {
  return {profile.values().begin(), profile.values().end()};
}

TEST(BackwardInduction, EntryDeterrenceAccommodates) {
  const Game game = load_game("entry_deterrence.efg");
  const SubgamePerfectEquilibrium spe = backward_induction(game);
  // Entrant: Out, In; Incumbent: Fight, Accommodate.
  EXPECT_EQ(probabilities(spe.profile), (std::vector<double>{0, 1, 0, 1}));
  // 2 from the shared market less 1 for entering (an outcome on the incumbent's node).
  EXPECT_EQ(spe.payoffs, (std::vector<double>{1, 1}));
  EXPECT_EQ(nash_conv(game, spe.profile), 0.0);
}

TEST(BackwardInduction, CentipedeTakesAtOnce) {
  const Game game = load_game("centipede.efg");
  const SubgamePerfectEquilibrium spe = backward_induction(game);
  // Take at every leg: player 1's two legs, then player 2's.
  EXPECT_EQ(probabilities(spe.profile), (std::vector<double>{1, 0, 1, 0, 1, 0, 1, 0}));
  EXPECT_EQ(spe.payoffs, (std::vector<double>{1, 0}));
}

TEST(BackwardInduction, AveragesChanceWithThreePlayers) {
  const Game game = load_game("three_player_weather.efg");
  const SubgamePerfectEquilibrium spe = backward_induction(game);
  // Ann: b; Bob: d; Cy: y after b, u after d.
  EXPECT_EQ(probabilities(spe.profile), (std::vector<double>{0, 1, 0, 1, 0, 1, 1, 0}));
  ASSERT_EQ(spe.payoffs.size(), 3u);
  EXPECT_NEAR(spe.payoffs[0], 7.0 / 3.0, 1e-15);
  EXPECT_NEAR(spe.payoffs[1], 7.0 / 3.0, 1e-15);
  EXPECT_NEAR(spe.payoffs[2], 4.0 / 3.0, 1e-15);
  EXPECT_EQ(nash_conv(game, spe.profile), 0.0);
}

TEST(BackwardInduction, RefusesImperfectInformation) {
  const Game game = load_game("selten_horse.efg");
  try {
    backward_induction(game);
    FAIL();
  } catch (const UsageError& error) {
    EXPECT_EQ(umbrella::testing::printed(error),
              "backward induction needs perfect information, but information set 1 of "
              "player 3 has 2 nodes; use --method lp, lcp or cfr+");
    EXPECT_EQ(error.option(), "");
  }
}

}  // namespace
}  // namespace umbrella::game
