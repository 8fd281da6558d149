#include "game/lemke.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "game/best_response.h"
#include "game/efg_reader.h"
#include "game/efg_writer.h"
#include "game/expected_value.h"
#include "game/sequence_form_lcp.h"
#include "game/sequence_form_lp.h"
#include "test_games.h"

namespace umbrella::game {
namespace {

using testing::load_game;

TEST(Lemke, SolvesAStandardLcp) {
  // w = q + M z with M = [[2, 1], [1, 2]] and q = (-1, -1): z = (1/3, 1/3), w = 0.
  // Variables: w0, w1, z0, z1, then the artificial; rows read w - M z - d z0 = q.
  LemkeProblem problem;
  problem.rows = 2;
  problem.variables = 5;
  problem.matrix = {1, 0, -2, -1, -1,  //
                    0, 1, -1, -2, -1};
  problem.rhs = {-1, -1};
  problem.complement = {2, 3, 0, 1, -1};
  problem.artificial = 4;
  problem.initial_basis = {0, 1};
  const LemkeSolution solution = solve_lemke(problem, 100);
  EXPECT_NEAR(solution.values[2], 1.0 / 3.0, 1e-12);
  EXPECT_NEAR(solution.values[3], 1.0 / 3.0, 1e-12);
  EXPECT_NEAR(solution.values[0], 0.0, 1e-12);
  EXPECT_EQ(solution.values[4], 0.0);
}

TEST(Lemke, ReportsARay) {
  // w = q + M z with M = [[-1]] and q = (-1) has no solution: Lemke's path runs off to a ray.
  LemkeProblem problem;
  problem.rows = 1;
  problem.variables = 3;
  problem.matrix = {1, 1, -1};
  problem.rhs = {-1};
  problem.complement = {1, 0, -1};
  problem.artificial = 2;
  problem.initial_basis = {0};
  EXPECT_THROW(solve_lemke(problem, 100), std::runtime_error);
}

TEST(SequenceFormLcp, FindsAnEquilibriumOfBeerQuiche) {
  const Game game = load_game("beer_quiche.efg");
  const LcpEquilibrium equilibrium = solve_sequence_form_lcp(game);
  EXPECT_LT(nash_conv(game, equilibrium.profile), 1e-9);
  EXPECT_GT(equilibrium.pivots, 0);
}

TEST(SequenceFormLcp, MatchesTheLpValueOnKuhn) {
  const Game game = load_game("kuhn_poker.efg");
  const LcpEquilibrium equilibrium = solve_sequence_form_lcp(game);
  EXPECT_LT(nash_conv(game, equilibrium.profile), 1e-9);
  const double lp_value = solve_sequence_form_lp(game).value;
  EXPECT_NEAR(expected_payoffs(game, equilibrium.profile)[0], lp_value, 1e-9);
  EXPECT_NEAR(lp_value, -1.0 / 18.0, 1e-12);
}

TEST(SequenceFormLcp, SolvesGeneralSumKuhnWithARake) {
  // The house takes a tenth of every pot: the winner nets less than the loser pays.
  std::string text = write_efg(load_game("kuhn_poker.efg"));
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"{ 1, -1 }", "{ 0.8, -1 }"},
                                 {"{ -1, 1 }", "{ -1, 0.8 }"},
                                 {"{ 2, -2 }", "{ 1.6, -2 }"},
                                 {"{ -2, 2 }", "{ -2, 1.6 }"}}) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, from.size(), to);
    }
  }
  const Game raked = read_efg(text, "raked_kuhn.efg").game;
  ASSERT_FALSE(raked.is_constant_sum());
  const LcpEquilibrium equilibrium = solve_sequence_form_lcp(raked);
  EXPECT_LT(nash_conv(raked, equilibrium.profile), 1e-9);
}

TEST(SequenceFormLcp, SolvesPerfectInformationGamesToo) {
  for (const char* name : {"entry_deterrence.efg", "centipede.efg"}) {
    const Game game = load_game(name);
    EXPECT_LT(nash_conv(game, solve_sequence_form_lcp(game).profile), 1e-9) << name;
  }
}

TEST(SequenceFormLcp, RefusesMoreThanTwoPlayers) {
  const Game game = load_game("selten_horse.efg");
  try {
    solve_sequence_form_lcp(game);
    FAIL();
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(),
                 "the sequence-form LCP needs a two-player game; this one has 3 players; use "
                 "cfr+");
  }
}

}  // namespace
}  // namespace umbrella::game
