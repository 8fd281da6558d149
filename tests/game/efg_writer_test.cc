#include "game/efg_writer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "game/efg_reader.h"
#include "test_games.h"

namespace umbrella::game {
namespace {

Game round_trip(const Game& game) {
  return read_efg(write_efg(game), "written.efg").game;
}

class RoundTrip : public ::testing::TestWithParam<const char*> {};

TEST_P(RoundTrip, ReadsBackAnIdenticalGame) {
  const Game original = testing::load_game(GetParam());
  const std::string written = write_efg(original);
  const Game reread = read_efg(written, "written.efg").game;
  EXPECT_EQ(reread, original);
  // Structure, payoffs and probabilities, spelled out beyond operator==.
  ASSERT_EQ(reread.num_nodes(), original.num_nodes());
  for (int id = 0; id < original.num_nodes(); ++id) {
    EXPECT_EQ(reread.node(id), original.node(id));
    if (original.node(id).kind != NodeKind::terminal) continue;
    for (int p = 0; p < original.num_players(); ++p) {
      EXPECT_EQ(reread.path_payoff(id, p), original.path_payoff(id, p));
    }
  }
  for (int a = 0; a < static_cast<int>(original.chance_probability_values().size()); ++a) {
    EXPECT_EQ(reread.chance_probability(a), original.chance_probability(a));
  }
  // Writing is a fixed point after one pass.
  EXPECT_EQ(write_efg(reread), written);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RoundTrip,
                         ::testing::Values("kuhn_poker.efg", "leduc_poker.efg",
                                           "entry_deterrence.efg", "centipede.efg",
                                           "three_player_weather.efg", "selten_horse.efg",
                                           "beer_quiche.efg"),
                         [](const ::testing::TestParamInfo<const char*>& param) {
                           const std::string name = param.param;
                           return name.substr(0, name.find('.'));
                         });

TEST(EfgWriter, WritesGambitsLayout) {
  const Game game = read_efg(R"(EFG 2 D "Say \"hi\"" { "A" "B" } 
c "" 1 "" { "H" 1/3 "T" 2/3 } 0
p "n" 1 1 "" { "x" "y" } 1 "cost" { -1 0 }
t "" 2 "win" { 2.5 -2.5 }
t "" 0
t "" 2)",
                             "small.efg")
                        .game;
  EXPECT_EQ(write_efg(game),
            "EFG 2 R \"Say \\\"hi\\\"\" { \"A\" \"B\" }\n"
            "\"\"\n"
            "\n"
            "c \"\" 1 \"\" { \"H\" 1/3 \"T\" 2/3 } 0\n"
            "p \"n\" 1 1 \"\" { \"x\" \"y\" } 1 \"cost\" { -1, 0 }\n"
            "t \"\" 2 \"win\" { 2.5, -2.5 }\n"
            "t \"\" 0\n"
            "t \"\" 2 \"win\" { 2.5, -2.5 }\n");
  EXPECT_EQ(round_trip(game), game);
}

TEST(EfgWriter, WritesAFile) {
  const Game game = testing::load_game("centipede.efg");
  const std::string path = ::testing::TempDir() + "centipede_written.efg";
  write_efg_file(game, path);
  EXPECT_EQ(read_efg_file(path).game, game);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace umbrella::game
