#include "game/best_response.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "game/efg_reader.h"
#include "game/expected_value.h"
#include "test_games.h"

namespace umbrella::game {
namespace {

using testing::load_game;

// The best a player can do against `profile` found by trying every pure strategy: each
// information set's action picked independently, payoffs from the forward reach
// computation only, no counterfactual values.
double brute_force_best_value(const Game& game, const BehaviorProfile& profile, int player) {
  const IdRange own = game.infosets_of(player);
  std::vector<int> choice(own.size(), 0);
  double best = -1e300;
  while (true) {
    BehaviorProfile pure = profile;
    for (int id = own.begin; id < own.end; ++id) {
      const Infoset& set = game.infoset(id);
      for (int a = 0; a < set.num_actions; ++a) {
        pure[set.first_action + a] = a == choice[id - own.begin] ? 1.0 : 0.0;
      }
    }
    best = std::max(best, expected_payoffs(game, pure)[player]);
    int position = 0;
    while (position < own.size() &&
           ++choice[position] == game.infoset(own.begin + position).num_actions) {
      choice[position++] = 0;
    }
    if (position == own.size()) return best;
  }
}

TEST(BestResponse, UniformKuhnHasNashConvElevenTwelfths) {
  const Game game = load_game("kuhn_poker.efg");
  const BehaviorProfile uniform = BehaviorProfile::uniform(game);
  // Worked by hand, card by card: uniform play is worth 1/8 to player 1. Against it player 1
  // does best betting J and Q (-1/2, 1/2) and either way with K (3/2): 1/2 in all. Player 2
  // does best folding J to a bet and betting it after a check (-3/4), calling a bet and
  // betting after a check with Q (1/4) and K (7/4): 5/12. NashConv = (1/2 - 1/8) +
  // (5/12 + 1/8) = 11/12.
  const std::vector<double> payoffs = expected_payoffs(game, uniform);
  EXPECT_NEAR(payoffs[0], 1.0 / 8.0, 1e-15);
  EXPECT_NEAR(best_response(game, uniform, 0).value, 0.5, 1e-15);
  EXPECT_NEAR(best_response(game, uniform, 1).value, 5.0 / 12.0, 1e-15);
  EXPECT_NEAR(nash_conv(game, uniform), 11.0 / 12.0, 1e-15);
  EXPECT_NEAR(exploitability(game, uniform), 11.0 / 24.0, 1e-15);
  for (int player = 0; player < 2; ++player) {
    EXPECT_NEAR(best_response(game, uniform, player).value,
                brute_force_best_value(game, uniform, player), 1e-15);
  }
}

TEST(BestResponse, MatchesBruteForceOnSkewedProfiles) {
  for (const char* name : {"kuhn_poker.efg", "beer_quiche.efg", "selten_horse.efg"}) {
    const Game game = load_game(name);
    BehaviorProfile skewed = BehaviorProfile::uniform(game);
    for (int id = 0; id < game.num_infosets(); ++id) {
      const Infoset& set = game.infoset(id);
      double total = 0.0;
      for (int a = 0; a < set.num_actions; ++a) total += 1.0 + (id + a) % 3;
      for (int a = 0; a < set.num_actions; ++a) {
        skewed[set.first_action + a] = (1.0 + (id + a) % 3) / total;
      }
    }
    for (int player = 0; player < game.num_players(); ++player) {
      const BestResponse response = best_response(game, skewed, player);
      EXPECT_NEAR(response.value, brute_force_best_value(game, skewed, player), 1e-12) << name;
      // Playing the reported pure strategy earns the reported value.
      const BehaviorProfile played = with_best_response(game, skewed, player, response);
      EXPECT_NEAR(expected_payoffs(game, played)[player], response.value, 1e-12) << name;
    }
  }
}

TEST(BestResponse, SeltensHorseEquilibriaAndANonEquilibrium) {
  const Game game = load_game("selten_horse.efg");
  // Actions: player 1 C, D; player 2 c, d; player 3 L, R.
  EXPECT_EQ(nash_conv(game, BehaviorProfile({0, 1, 1, 0, 1, 0})), 0.0);  // (D, c, L)
  EXPECT_EQ(nash_conv(game, BehaviorProfile({1, 0, 1, 0, 0, 1})), 0.0);  // (C, c, R)
  // (C, c, L) pays (1, 1, 1); player 1 gains 2 by D, player 2 gains 3 by d.
  const BehaviorProfile not_equilibrium({1, 0, 1, 0, 1, 0});
  EXPECT_EQ(nash_conv(game, not_equilibrium), 5.0);
  EXPECT_EQ(exploitability(game, not_equilibrium), 5.0);  // NashConv for three players
}

TEST(BestResponse, RefusesImperfectRecall) {
  const Game forgetful = read_efg(R"(EFG 2 R "" { "A" "B" }
p "" 1 1 "" { "l" "r" } 0
p "" 1 2 "" { "x" "y" } 0
t "" 1 "" { 1 0 }
t "" 2 "" { 0 1 }
p "" 1 2 "" { "x" "y" } 0
t "" 2
t "" 1
)",
                                  "forgetful.efg")
                             .game;
  EXPECT_FALSE(forgetful.has_perfect_recall());
  try {
    best_response(forgetful, BehaviorProfile::uniform(forgetful), 0);
    FAIL();
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(),
                 "best response needs perfect recall: information set 2 of player 1 is reached "
                 "after different earlier choices of that player");
  }
}

}  // namespace
}  // namespace umbrella::game
