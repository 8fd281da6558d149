// Each limit of core/limits.h on games: a .efg file past a limit is refused while it is read,
// and a solver whose matrices or iterations would be absurd for the game refuses to start, with
// the catalogued message (docs/errors.md).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "../error_catalogue.h"
#include "core/error.h"
#include "core/limits.h"
#include "game/efg_reader.h"
#include "game/solve.h"

namespace umbrella::testing {
namespace {

std::string read_error(const std::string& text) {
  try {
    game::read_efg(text, "limits.efg");
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

// Player 1 chooses among `actions` moves that each end the game.
std::string one_choice(std::size_t actions) {
  std::string text = "EFG 2 R \"wide\" { \"1\" \"2\" }\np \"\" 1 1 \"\" {";
  for (std::size_t a = 0; a < actions; ++a) text += " \"\"";
  text += " } 0\n";
  for (std::size_t a = 0; a < actions; ++a) text += "t \"\" 0\n";
  return text;
}

TEST(GameLimits, Players) {
  std::string players;
  for (int p = 0; p <= limits::kMaxGamePlayers; ++p) players += " \"\"";
  const std::string expected = "limits.efg:1:210: players: expected at most 64 players, got more";
  EXPECT_EQ(read_error("EFG 2 R \"many\" {" + players + " }\nt \"\" 0\n"), expected);
  expect_catalogued(expected);
}

TEST(GameLimits, ActionsOfAnInformationSet) {
  const std::string expected =
      "limits.efg:2:30015: player node: expected at most 10000 actions, got more";
  EXPECT_EQ(read_error(one_choice(limits::kMaxGameActions + 1)), expected);
  EXPECT_EQ(read_error(one_choice(limits::kMaxGameActions)), "");
  expect_catalogued(expected);
}

TEST(GameLimits, NodesForTheNumberOfPlayers) {
  // 64 players: every node holds 64 payoffs, so at most 2^26 / 64 = 1,048,576 nodes. Player 1
  // chooses among 10,000 moves, player 2 then among 105 ending the game: 1,060,001 nodes.
  std::string text = "EFG 2 R \"big\" {";
  for (int p = 0; p < limits::kMaxGamePlayers; ++p) text += fmt::format(" \"{}\"", p + 1);
  text += " }\np \"\" 1 1 \"\" {";
  for (std::size_t a = 0; a < limits::kMaxGameActions; ++a) text += " \"\"";
  text += " } 0\n";
  std::string below = "p \"\" 2 1 \"\" {";
  for (int a = 0; a < 105; ++a) below += " \"\"";
  below += " } 0\n";
  for (int a = 0; a < 105; ++a) below += "t \"\" 0\n";
  for (std::size_t a = 0; a < limits::kMaxGameActions; ++a) text += below;
  const std::string expected =
      "limits.efg:1048578:1: node: expected a game of at most 1048576 nodes with 64 players, got "
      "more";
  EXPECT_EQ(read_error(text), expected);
  expect_catalogued(expected);
}

std::string solve_error(const std::string& efg, game::Method method, int iterations) {
  const game::Game game = game::read_efg(efg, "wide.efg").game;
  try {
    game::solve(game, method, {.iterations = iterations});
  } catch (const UsageError& error) {
    return printed(error);
  }
  return "";
}

TEST(GameLimits, SequenceFormMatrices) {
  const std::string expected =
      "this game's sequence form has 5001 and 1 sequences: lp and lcp would hold about "
      "125260127 numbers, at most 67108864; use --method cfr+";
  EXPECT_EQ(solve_error(one_choice(5000), game::Method::lp, 1), expected);
  EXPECT_EQ(solve_error(one_choice(5000), game::Method::lcp, 1), expected);
  EXPECT_EQ(solve_error(one_choice(2000), game::Method::lp, 1), "");
  expect_catalogued(expected);
}

TEST(GameLimits, CfrIterations) {
  const std::string expected =
      "--iterations: expected at most 27482294 CFR+ iterations for a game of 5001 nodes, got "
      "30000000";
  EXPECT_EQ(solve_error(one_choice(5000), game::Method::cfr_plus, 30'000'000), expected);
  try {
    game::solve(game::read_efg(one_choice(5000), "wide.efg").game, game::Method::cfr_plus,
                {.iterations = 30'000'000});
  } catch (const UsageError& error) {
    EXPECT_EQ(error.option(), "iterations");
    EXPECT_EQ(std::string(error.what()),
              "iterations: expected at most 27482294 CFR+ iterations for a game of 5001 nodes, "
              "got 30000000");
  }
  expect_catalogued(expected);
}

}  // namespace
}  // namespace umbrella::testing
