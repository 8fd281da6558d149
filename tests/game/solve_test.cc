#include "game/solve.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "core/error.h"
#include "test_games.h"

namespace umbrella::game {
namespace {

using testing::load_game;

TEST(Solve, DefaultMethodFollowsTheGame) {
  EXPECT_EQ(default_method(load_game("entry_deterrence.efg")), Method::spe);
  EXPECT_EQ(default_method(load_game("three_player_weather.efg")), Method::spe);
  EXPECT_EQ(default_method(load_game("kuhn_poker.efg")), Method::lp);
  EXPECT_EQ(default_method(load_game("beer_quiche.efg")), Method::lcp);
  EXPECT_EQ(default_method(load_game("selten_horse.efg")), Method::cfr_plus);
}

TEST(Solve, ParsesMethodNames) {
  EXPECT_EQ(parse_method("cfr+"), Method::cfr_plus);
  EXPECT_EQ(to_string(Method::lcp), "lcp");
  try {
    parse_method("cfr");
    FAIL();
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(), "unknown method 'cfr': expected spe, cfr+, lp or lcp");
  }
}

TEST(Solve, EveryMethodAgreesOnKuhnsValue) {
  const Game game = load_game("kuhn_poker.efg");
  for (const Method method : {Method::lp, Method::lcp, Method::cfr_plus}) {
    const SolveResult result = solve(game, method, {.iterations = 2000});
    EXPECT_EQ(result.method, method);
    EXPECT_NEAR(result.payoffs[0], -1.0 / 18.0, 1e-3) << to_string(method);
    EXPECT_NEAR(result.payoffs[1], 1.0 / 18.0, 1e-3) << to_string(method);
    EXPECT_DOUBLE_EQ(result.exploitability, result.nash_conv / 2.0);
    EXPECT_LT(result.exploitability, 1e-3);
  }
  EXPECT_EQ(solve(game, Method::cfr_plus, {.iterations = 7}).iterations, 7);
}

TEST(Solve, JsonHasExactlyTheContractedShape) {
  const Game game = load_game("entry_deterrence.efg");
  const SolveResult result = solve(game, Method::spe);
  EXPECT_EQ(to_json(result, game), R"({
  "method": "spe",
  "payoffs": [
    1.0,
    1.0
  ],
  "exploitability": 0.0,
  "strategies": {
    "Entrant": {
      "Entrant": {
        "Out": 0.0,
        "In": 1.0
      }
    },
    "Incumbent": {
      "Incumbent": {
        "Fight": 0.0,
        "Accommodate": 1.0
      }
    }
  }
})");
}

TEST(Solve, JsonNamesByNumberWhereLabelsDoNotTellApart) {
  const Game game = load_game("leduc_poker.efg");
  const SolveResult result = solve(game, Method::cfr_plus, {.iterations = 10});
  const nlohmann::json json = nlohmann::json::parse(to_json(result, game));
  EXPECT_EQ(json["method"], "cfr+");
  ASSERT_EQ(json["payoffs"].size(), 2u);
  const auto& second = json["strategies"]["Player 2"];
  EXPECT_EQ(second.size(), 144u);
  // The shared label "p2_CRR_Q_C_K" names none of its three sets; the first player's first
  // set has an empty label.
  EXPECT_FALSE(second.contains("p2_CRR_Q_C_K"));
  EXPECT_TRUE(second.contains("6"));
  EXPECT_TRUE(second.contains("14"));
  EXPECT_TRUE(second.contains("20"));
  EXPECT_TRUE(second.contains("p2_R_K"));
  EXPECT_TRUE(json["strategies"]["Player 1"].contains("1"));
  EXPECT_EQ(json["strategies"]["Player 1"]["1"].size(), 2u);
}

TEST(Solve, GambitLineListsPlayerByPlayerSetBySetActionByAction) {
  const Game game = load_game("centipede.efg");
  EXPECT_EQ(to_gambit_line(solve(game, Method::spe), game),
            "NE,1.000000,0.000000,1.000000,0.000000,1.000000,0.000000,1.000000,0.000000");
}

TEST(Solve, TableShowsPayoffsAndStrategies) {
  const Game game = load_game("entry_deterrence.efg");
  EXPECT_EQ(to_table(solve(game, Method::spe), game),
            "method: spe\n"
            "payoff of Entrant: 1.000000000\n"
            "payoff of Incumbent: 1.000000000\n"
            "NashConv: 0.000e+00\n"
            "exploitability: 0.000e+00 (NashConv)\n"
            "\n"
            "player     information set  action       probability\n"
            "Entrant    Entrant          Out          0.000000\n"
            "Entrant    Entrant          In           1.000000\n"
            "Incumbent  Incumbent        Fight        0.000000\n"
            "Incumbent  Incumbent        Accommodate  1.000000\n");
}

TEST(Solve, ThreePlayersReportNashConvAsExploitability) {
  const Game game = load_game("selten_horse.efg");
  const SolveResult result = solve(game, Method::cfr_plus, {.iterations = 500});
  EXPECT_EQ(result.exploitability, result.nash_conv);
  EXPECT_LT(result.nash_conv, 0.05);
  EXPECT_THROW(solve(game, Method::lp), UsageError);
  EXPECT_THROW(solve(game, Method::spe), UsageError);
}

}  // namespace
}  // namespace umbrella::game
