#include "game/game.h"

#include <gtest/gtest.h>

#include "game/state.h"
#include "test_games.h"

namespace umbrella::game {
namespace {

using testing::load_game;

TEST(State, WalksAKuhnDealToAShowdown) {
  const Game game = load_game("kuhn_poker.efg");
  State state(game);
  ASSERT_TRUE(state.is_chance());
  ASSERT_EQ(state.chance_probabilities().size(), 6u);
  EXPECT_DOUBLE_EQ(state.chance_probabilities()[5], 1.0 / 6.0);
  state.apply(5);  // K to player 1, Q to player 2
  EXPECT_EQ(state.current_player(), 0);
  EXPECT_EQ(game.infoset(state.infoset()).label, "K");
  const State after_bet = state.child(1);
  EXPECT_EQ(after_bet.current_player(), 1);
  EXPECT_EQ(game.infoset(after_bet.infoset()).label, "Q facing a bet");
  const State showdown = after_bet.child(1);
  EXPECT_TRUE(showdown.is_terminal());
  EXPECT_EQ(showdown.num_actions(), 0);
  EXPECT_EQ(showdown.infoset(), kNone);
  EXPECT_EQ(showdown.payoff(0), 2.0);
  EXPECT_EQ(showdown.payoff(1), -2.0);
  EXPECT_EQ(state.node(), game.child(Game::root(), 5));  // child() left the cursor alone
}

TEST(Game, IdsAreContiguousPerPlayer) {
  const Game game = load_game("three_player_weather.efg");
  ASSERT_EQ(game.num_players(), 3);
  int expected_infoset = 0;
  int expected_action = 0;
  for (int player = 0; player < 3; ++player) {
    EXPECT_EQ(game.infosets_of(player).begin, expected_infoset);
    EXPECT_EQ(game.actions_of(player).begin, expected_action);
    for (int id = game.infosets_of(player).begin; id < game.infosets_of(player).end; ++id) {
      EXPECT_EQ(game.infoset(id).player, player);
      EXPECT_EQ(game.infoset(id).first_action, expected_action);
      for (int a = 0; a < game.infoset(id).num_actions; ++a) {
        EXPECT_EQ(game.action_infoset(expected_action + a), id);
      }
      expected_action += game.infoset(id).num_actions;
    }
    expected_infoset = game.infosets_of(player).end;
  }
  EXPECT_EQ(expected_action, game.num_actions());
  // Every child follows its parent in pre-order and knows how it was reached.
  for (int id = 0; id < game.num_nodes(); ++id) {
    for (int a = 0; a < game.node(id).num_children; ++a) {
      const int child = game.child(id, a);
      EXPECT_GT(child, id);
      EXPECT_EQ(game.node(child).parent, id);
      EXPECT_EQ(game.node(child).action_from_parent, a);
    }
  }
}

TEST(Game, ClassifiesGames) {
  EXPECT_TRUE(load_game("centipede.efg").is_perfect_information());
  EXPECT_FALSE(load_game("centipede.efg").is_constant_sum());
  EXPECT_TRUE(load_game("leduc_poker.efg").is_constant_sum());
  EXPECT_FALSE(load_game("selten_horse.efg").is_perfect_information());
  EXPECT_TRUE(load_game("selten_horse.efg").has_perfect_recall());
}

}  // namespace
}  // namespace umbrella::game
