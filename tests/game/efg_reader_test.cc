#include "game/efg_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "../malformed_catalogue.h"
#include "core/error.h"
#include "test_games.h"

namespace umbrella::game {
namespace {

using testing::game_path;

TEST(EfgReader, ReadsKuhnPoker) {
  const EfgReadResult read = read_efg_file(game_path("kuhn_poker.efg"));
  const Game& game = read.game;
  EXPECT_TRUE(read.warnings.empty());
  EXPECT_EQ(game.title(), "Kuhn poker");
  ASSERT_EQ(game.num_players(), 2);
  EXPECT_EQ(game.player_label(1), "Player 2");
  EXPECT_EQ(game.num_nodes(), 55);
  EXPECT_EQ(game.infosets_of(0).size(), 6);
  EXPECT_EQ(game.infosets_of(1).size(), 6);
  EXPECT_EQ(game.num_actions(), 24);
  EXPECT_EQ(game.outcomes().size(), 4u);
  ASSERT_EQ(game.node(Game::root()).kind, NodeKind::chance);
  const Infoset& deal = game.chance_infoset(0);
  EXPECT_EQ(deal.num_actions, 6);
  EXPECT_EQ(game.chance_probability(deal.first_action).text, "1/6");
  EXPECT_DOUBLE_EQ(game.chance_probability(deal.first_action).value, 1.0 / 6.0);
  EXPECT_TRUE(game.has_perfect_recall());
  EXPECT_FALSE(game.is_perfect_information());
  EXPECT_TRUE(game.is_constant_sum());
  // Information sets are numbered as in the file and ordered by first appearance.
  const Infoset& first_of_player_two = game.infoset(game.infosets_of(1).begin);
  EXPECT_EQ(first_of_player_two.number, 2);
  EXPECT_EQ(first_of_player_two.label, "Q after check");
  EXPECT_EQ(game.infoset_nodes(game.infosets_of(0).begin).size(), 2u);
}

TEST(EfgReader, ReadsLeducByNumberAndWarnsAboutTheSharedLabel) {
  const EfgReadResult read = read_efg_file(game_path("leduc_poker.efg"));
  const Game& game = read.game;
  EXPECT_EQ(game.num_nodes(), 2041);
  EXPECT_EQ(game.num_infosets(), 288);
  EXPECT_EQ(game.infosets_of(0).size(), 144);
  EXPECT_TRUE(game.has_perfect_recall());
  ASSERT_EQ(read.warnings.size(), 2u);
  EXPECT_EQ(read.warnings[0].where.line, 65);
  EXPECT_EQ(read.warnings[0].where.column, 26);
  EXPECT_EQ(read.warnings[0].message,
            "information set 14 of player 2 repeats the label \"p2_CRR_Q_C_K\" of information "
            "set 6: information sets are told apart by number");
  EXPECT_EQ(read.warnings[1].where.line, 99);
}

constexpr const char* kGrammarTour = R"(EFG 2 D "A \"quoted\" title" { "Row"
"Column" } "a comment
spanning two lines"

c "" 1 "coin" { "H" 0.25 "T" .75 } 0
p "first" 1 1 "guess" { "a" "b\c" } 1 "entry" { 1/2, -1/2 }
t "" 2 "ten" { 1e1 -1E1 }
t "" 0
p "" 1 1 0
t "" 2
t "" 3 "" { +2, 3.5 }
)";

TEST(EfgReader, AcceptsTheWholeGrammar) {
  const EfgReadResult read = read_efg(kGrammarTour, "tour.efg");
  const Game& game = read.game;
  EXPECT_TRUE(read.warnings.empty());
  EXPECT_EQ(game.title(), "A \"quoted\" title");
  EXPECT_EQ(game.player_label(0), "Row");
  EXPECT_EQ(game.comment(), "a comment\nspanning two lines");
  EXPECT_EQ(game.num_nodes(), 7);
  EXPECT_DOUBLE_EQ(game.chance_probability(1).value, 0.75);
  EXPECT_EQ(game.chance_probability(1).text, ".75");
  EXPECT_EQ(game.action_label(1), "b\\c");  // only \" is an escape
  EXPECT_EQ(game.node_label(1), "first");
  // Outcome 1 sits on the decision node after heads: the plays below it add it in.
  EXPECT_DOUBLE_EQ(game.path_payoff(2, 0), 10.5);
  EXPECT_DOUBLE_EQ(game.path_payoff(2, 1), -10.5);
  EXPECT_DOUBLE_EQ(game.path_payoff(3, 0), 0.5);   // outcome 0 is null
  EXPECT_DOUBLE_EQ(game.path_payoff(5, 0), 10.0);  // outcome 2 reused by number
  EXPECT_DOUBLE_EQ(game.path_payoff(6, 1), 3.5);
  EXPECT_EQ(game.infoset_nodes(0).size(), 2u);  // infoset 1 reused without its definition
  EXPECT_EQ(game.outcomes()[1].payoffs[1].text, "-1E1");
}

TEST(EfgReader, WarnsAboutDuplicateLabelsInsteadOfFailing) {
  const EfgReadResult read = read_efg(R"(EFG 2 R "" { "Same" "Same" }
p "" 1 1 "" { "x" "x" } 0
t "" 0
t "" 0
)",
                                      "dup.efg");
  ASSERT_EQ(read.warnings.size(), 2u);
  EXPECT_EQ(to_string(read.warnings[0]),
            "dup.efg:1:21: player 2 repeats the name \"Same\" of player 1: players are told "
            "apart by number");
  EXPECT_EQ(to_string(read.warnings[1]),
            "dup.efg:2:13: information set 1 of player 1 has two actions labelled \"x\": actions "
            "are told apart by position");
}

struct MalformedCase {
  const char* file;
  int line;
  int column;
  const char* field;
  const char* message;
};

class MalformedFile : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(MalformedFile, NamesWhereAndWhatWasExpected) {
  const MalformedCase& expected = GetParam();
  const std::string path = game_path(std::string("malformed/") + expected.file);
  try {
    read_efg_file(path);
    FAIL() << "no error for " << expected.file;
  } catch (const InputError& error) {
    EXPECT_EQ(error.where().file, path);
    EXPECT_EQ(error.where().line, expected.line);
    EXPECT_EQ(error.where().column, expected.column);
    EXPECT_EQ(error.field(), expected.field);
    EXPECT_EQ(error.message(), expected.message);
    EXPECT_EQ(std::string(error.what()), path + ":" + std::to_string(expected.line) + ":" +
                                             std::to_string(expected.column) + ": " +
                                             expected.field + ": " + expected.message);
    umbrella::testing::expect_catalogued(
        umbrella::testing::relative_to(game_path("malformed"), error.what()));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, MalformedFile,
    ::testing::Values(
        MalformedCase{"unterminated_string.efg", 6, 8, "text",
                      "unterminated string: expected a closing '\"' before the end of file"},
        MalformedCase{"missing_brace.efg", 3, 23, "player node",
                      "expected an action's label in quotes or '}' to close the list of "
                      "actions, found number 0"},
        MalformedCase{"wrong_payoff_count.efg", 5, 6, "terminal node",
                      "outcome 2 has 3 payoffs: expected 2, one per player"},
        MalformedCase{"probabilities_not_one.efg", 3, 11, "chance node",
                      "the probabilities of chance information set 1 sum to 0.9: expected 1"},
        MalformedCase{"unknown_player.efg", 4, 6, "player node",
                      "player 3 is not declared: expected a player number from 1 to 2"},
        MalformedCase{"undefined_outcome.efg", 5, 6, "terminal node",
                      "outcome 7 is not defined: expected its label and payoffs where it is "
                      "first used"},
        MalformedCase{"trailing_garbage.efg", 6, 1, "file",
                      "unexpected 't' after the end of the game tree: expected the end of the "
                      "file"},
        MalformedCase{"mismatched_infoset.efg", 7, 8, "player node",
                      "information set 1 of player 2 does not match its definition at line 4: "
                      "expected label \"guess\" and actions { \"h\" \"t\" }"},
        MalformedCase{"truncated_tree.efg", 5, 1, "node",
                      "expected a node ('c', 'p' or 't'), found end of file"},
        MalformedCase{"payoff_out_of_range.efg", 5, 13, "terminal node",
                      "number 1e400 is out of range: expected a magnitude between 1e-308 and "
                      "1e308, or 0"},
        MalformedCase{"label_not_utf8.efg", 4, 15, "text",
                      "expected UTF-8 text in quotes, got the byte 0xE9 at byte 2 of the text, "
                      "which is not UTF-8"}),
    [](const ::testing::TestParamInfo<MalformedCase>& param) {
      std::string name = param.param.file;
      return name.substr(0, name.find('.'));
    });

struct InlineCase {
  const char* text;
  int line;
  int column;
  const char* message;
};

class MalformedText : public ::testing::TestWithParam<InlineCase> {};

TEST_P(MalformedText, IsRejectedWithItsPosition) {
  const InlineCase& expected = GetParam();
  try {
    read_efg(expected.text, "inline.efg");
    FAIL() << "no error for: " << expected.text;
  } catch (const InputError& error) {
    EXPECT_EQ(error.where().line, expected.line);
    EXPECT_EQ(error.where().column, expected.column);
    EXPECT_EQ(error.message(), expected.message);
    umbrella::testing::expect_catalogued(error.what());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, MalformedText,
    ::testing::Values(
        InlineCase{"NFG 1 R \"\" { \"A\" }", 1, 1,
                   "expected 'EFG' at the start of the file, found 'NFG'"},
        InlineCase{"EFG 3 R \"\" { \"A\" }", 1, 5,
                   "expected format version 2 after 'EFG', found number 3"},
        InlineCase{"EFG 2 R \"\" { }", 1, 14, "expected at least one player before '}'"},
        InlineCase{"EFG 2 R \"\" { \"A\" }\nt \"\" 0 \"\" { 1 }", 2, 6,
                   "outcome 0 is the null outcome and cannot have a label or payoffs"},
        InlineCase{"EFG 2 R \"\" { \"A\" }\nt \"\" 1 \"\" { 12abc }", 2, 13,
                   "malformed number '12abc': expected an integer, a decimal such as 0.25 or "
                   "1e-3, or a fraction such as 1/3"},
        InlineCase{"EFG 2 R \"\" { \"A\" }\nc \"\" 1 \"\" { \"x\" 1/0 } 0", 2, 17,
                   "fraction 1/0 divides by zero"},
        InlineCase{"EFG 2 R \"\" { \"A\" }\nc \"\" 1 \"\" { \"x\" 3/2 \"y\" -1/2 } 0", 2, 17,
                   "probability 3/2 is outside [0, 1]"},
        InlineCase{"EFG 2 R \"\" { \"A\" }\np \"\" 1 4 0", 2, 8,
                   "information set 4 of player 1 is used before it is defined: expected its "
                   "label and list of actions"},
        InlineCase{"EFG 2 R \"\" { \"A\" }\np \"\" 1 1.5 0", 2, 8,
                   "expected the information set's number, found number 1.5"},
        InlineCase{"EFG 2 R \"\" { \"A\" }\nx \"\" 0", 2, 1,
                   "expected a node ('c', 'p' or 't'), found 'x'"},
        InlineCase{"EFG 2 R \"\" { \"A\" }\np \"\" 1 1 \"\" { \"l\" \"r\" } 0\n"
                   "c \"\" 1 \"\" { \"x\" 1 } 0\nt \"\" 0\nc \"\" 1 \"\" { \"y\" 1 } 0\nt \"\" 0",
                   5, 6,
                   "chance information set 1 does not match its definition at line 3: expected "
                   "the same label, actions and probabilities as written there"}));

TEST(EfgReader, ReportsAMissingFile) {
  try {
    read_efg_file("/nonexistent/game.efg");
    FAIL();
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), "/nonexistent/game.efg: cannot open the file");
  }
}

}  // namespace
}  // namespace umbrella::game
