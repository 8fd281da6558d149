#include "game/sequence_form_lp.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "../error_catalogue.h"
#include "game/best_response.h"
#include "game/efg_reader.h"
#include "game/expected_value.h"
#include "game/sequence_form.h"
#include "test_games.h"

namespace umbrella::game {
namespace {

using testing::load_game;

double probability(const Game& game, const BehaviorProfile& profile, int player,
                   const std::string& infoset, const std::string& action) {
  const IdRange own = game.infosets_of(player);
  for (int id = own.begin; id < own.end; ++id) {
    const Infoset& set = game.infoset(id);
    if (set.label != infoset) continue;
    for (int a = set.first_action; a < set.first_action + set.num_actions; ++a) {
      if (game.action_label(a) == action) return profile[a];
    }
  }
  ADD_FAILURE() << "no action " << action << " at " << infoset;
  return -1.0;
}

TEST(SequenceFormLp, KuhnValueIsMinusOneEighteenth) {
  const Game game = load_game("kuhn_poker.efg");
  const ZeroSumSolution solution = solve_sequence_form_lp(game);
  EXPECT_NEAR(solution.value, -1.0 / 18.0, 1e-9);
  EXPECT_NEAR(expected_payoffs(game, solution.profile)[0], -1.0 / 18.0, 1e-9);
  EXPECT_LT(nash_conv(game, solution.profile), 1e-9);
  // Player 2's equilibrium strategy is unique (Kuhn 1950).
  const BehaviorProfile& p = solution.profile;
  EXPECT_NEAR(probability(game, p, 1, "J after check", "Bet"), 1.0 / 3.0, 1e-9);
  EXPECT_NEAR(probability(game, p, 1, "J facing a bet", "Call"), 0.0, 1e-9);
  EXPECT_NEAR(probability(game, p, 1, "Q after check", "Bet"), 0.0, 1e-9);
  EXPECT_NEAR(probability(game, p, 1, "Q facing a bet", "Call"), 1.0 / 3.0, 1e-9);
  EXPECT_NEAR(probability(game, p, 1, "K after check", "Bet"), 1.0, 1e-9);
  EXPECT_NEAR(probability(game, p, 1, "K facing a bet", "Call"), 1.0, 1e-9);
  // Player 1's family: bet J with some alpha in [0, 1/3], bet K with 3 alpha.
  const double alpha = probability(game, p, 0, "J", "Bet");
  EXPECT_GE(alpha, -1e-9);
  EXPECT_LE(alpha, 1.0 / 3.0 + 1e-9);
  EXPECT_NEAR(probability(game, p, 0, "K", "Bet"), 3.0 * alpha, 1e-9);
}

TEST(SequenceFormLp, LeducValue) {
  const Game game = load_game("leduc_poker.efg");
  const ZeroSumSolution solution = solve_sequence_form_lp(game);
  EXPECT_NEAR(solution.value, -0.085606424078, 1e-6);
  EXPECT_NEAR(expected_payoffs(game, solution.profile)[0], -0.085606424078, 1e-6);
  EXPECT_LT(nash_conv(game, solution.profile), 1e-9);
}

TEST(SequenceFormLp, HandlesConstantSum) {
  // Matching pennies paying 2 to the winner and 0 to the loser: constant sum 2, value 1.
  const Game game = read_efg(R"(EFG 2 R "" { "Matcher" "Mismatcher" }
p "" 1 1 "" { "H" "T" } 0
p "" 2 1 "" { "h" "t" } 0
t "" 1 "" { 2 0 }
t "" 2 "" { 0 2 }
p "" 2 1 0
t "" 2
t "" 1
)",
                             "pennies.efg")
                        .game;
  const ZeroSumSolution solution = solve_sequence_form_lp(game);
  EXPECT_NEAR(solution.value, 1.0, 1e-12);
  for (int a = 0; a < game.num_actions(); ++a) EXPECT_NEAR(solution.profile[a], 0.5, 1e-12);
}

TEST(SequenceFormLp, RefusesGeneralSumGames) {
  const Game game = load_game("beer_quiche.efg");
  try {
    solve_sequence_form_lp(game);
    FAIL();
  } catch (const UsageError& error) {
    EXPECT_EQ(umbrella::testing::printed(error),
              "the sequence-form LP needs a two-player zero-sum (constant-sum) game; use "
              "--method lcp or cfr+");
  }
}

TEST(SequenceForm, KuhnHasThirteenSequencesEach) {
  const Game game = load_game("kuhn_poker.efg");
  const SequenceForm form = build_sequence_form(game);
  ASSERT_EQ(form.players.size(), 2u);
  EXPECT_EQ(form.players[0].num_sequences, 13);
  EXPECT_EQ(form.players[1].num_sequences, 13);
  EXPECT_EQ(form.leaves.size(), 30u);
  // Player 1's second-round sets follow her Check.
  for (int set = 0; set < 6; ++set) {
    const int parent = form.players[0].parent_sequence[set];
    const bool second_round = game.infoset(set).label.find("facing") != std::string::npos;
    EXPECT_EQ(parent != 0, second_round);
    if (second_round) {
      EXPECT_EQ(game.action_label(form.players[0].first_action + parent - 1), "Check");
    }
  }
}

}  // namespace
}  // namespace umbrella::game
