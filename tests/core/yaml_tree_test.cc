// The document tree libyaml's events build against a second parser, yaml-cpp's YAML::Load, node
// by node: the same kinds, texts, order of pairs and positions, so that every message of the
// typed reader points where the YAML puts it. The two differences have their own tests: where
// an empty value is placed, and columns counted in characters where yaml-cpp counts bytes (they
// differ only after a non-ASCII character on the same line).
#include "core/yaml_tree.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <string>

#include "../error_catalogue.h"
#include "core/input_file.h"

namespace umbrella {
namespace {

void expect_same(const YAML::Node& expected, const YamlNode& node, const std::string& at) {
  SCOPED_TRACE(at);
  ASSERT_EQ(expected.IsNull(), node.is_null());
  ASSERT_EQ(expected.IsScalar(), node.is_scalar());
  ASSERT_EQ(expected.IsSequence(), node.is_sequence());
  ASSERT_EQ(expected.IsMap(), node.is_map());
  const SourceLocation where = node.location("f");
  const YAML::Mark mark = expected.Mark();
  EXPECT_EQ(where.line, mark.line < 0 ? 0 : mark.line + 1);
  EXPECT_EQ(where.column, mark.column < 0 ? 0 : mark.column + 1);
  if (expected.IsScalar()) {
    EXPECT_EQ(expected.Scalar(), node.scalar());
  }
  if (expected.IsSequence()) {
    ASSERT_EQ(expected.size(), node.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      expect_same(expected[i], node.element(i), at + "[" + std::to_string(i) + "]");
    }
  }
  if (expected.IsMap()) {
    const auto pairs = node.pairs();
    ASSERT_EQ(expected.size(), pairs.size());
    std::size_t i = 0;
    for (const auto& pair : expected) {
      expect_same(pair.first, pairs[i].first, at + ".key" + std::to_string(i));
      expect_same(pair.second, pairs[i].second, at + ".value" + std::to_string(i));
      ++i;
    }
  }
}

void expect_same_as_load(const std::string& text) {
  expect_same(YAML::Load(text), parse_yaml(text, "f"), "document");
}

TEST(YamlTree, MatchesYamlCppOnScalarsListsAndMaps) {
  expect_same_as_load(
      "a: 1\n"
      "b: [x, 'y', \"z\", {c: d}]\n"
      "c:\n"
      "  - one\n"
      "  - two: 2\n"
      "    three: |\n"
      "      block\n"
      "      text\n"
      "d: {e: [1, 2], f: }\n");
}

TEST(YamlTree, MatchesYamlCppOnNullsAndEmptyValues) {
  expect_same_as_load("b: ~\nc: null\nd: ''\ne: [~, x]\nf: NULL\ng: !!str null\nh: 'null'\n");
  expect_same_as_load("- ~\n- x\n- Null\n");
  expect_same_as_load("? complex\n: value\n? [a, b]\n: list key\n");
}

// An empty value is null, placed where it would begin: after its key's colon, after its list
// item's dash. (yaml-cpp places it at the token that follows, on the next line.)
TEST(YamlTree, AnEmptyValueIsANullWhereItWouldBegin) {
  const YamlNode map = parse_yaml("a:\nb: 1\n", "f");
  ASSERT_TRUE(map.pairs()[0].second.is_null());
  EXPECT_EQ(map.pairs()[0].second.location("f").line, 1);
  EXPECT_EQ(map.pairs()[0].second.location("f").column, 3);
  const YamlNode list = parse_yaml("- \n- x\n", "f");
  ASSERT_TRUE(list.element(0).is_null());
  EXPECT_EQ(list.element(0).location("f").line, 1);
  EXPECT_EQ(list.element(0).location("f").column, 2);
  EXPECT_EQ(list.element(1).scalar(), "x");
}

TEST(YamlTree, MatchesYamlCppOnAnchorsAndAliases) {
  const std::string text = "base: &b {x: 1, y: [2, 3]}\ncopy: *b\nlist: [&s seven, *s, *b]\n";
  expect_same_as_load(text);
  const YamlNode document = parse_yaml(text, "f");
  // An alias is the node it names, where that node was written.
  const auto pairs = document.pairs();
  EXPECT_EQ(pairs[1].second.location("f").line, 1);
  EXPECT_EQ(pairs[1].second.pairs()[1].second.element(1).scalar(), "3");
}

TEST(YamlTree, MatchesYamlCppOnDuplicateKeysKeptInOrder) {
  expect_same_as_load("a: 1\na: 2\nb: 3\n");
  EXPECT_EQ(parse_yaml("a: 1\na: 2\n", "f").pairs().size(), 2U);
}

TEST(YamlTree, AnEmptyDocumentIsOneNullNodePlacedNowhere) {
  for (const std::string text : {"", "# only a comment\n", "\n\n"}) {
    const YamlNode document = parse_yaml(text, "f");
    EXPECT_TRUE(document.is_null());
    EXPECT_EQ(document.location("f").line, 0);
    EXPECT_EQ(document.size(), 0U);
    expect_same_as_load(text);
  }
}

TEST(YamlTree, MatchesYamlCppOnTheShippedScenarios) {
  for (const char* file : {"scenarios/baseline-2025.yaml", "scenarios/model-2025.yaml",
                           "scenarios/ladder-kahn.yaml", "scenarios/history-1945.yaml"}) {
    const std::string path = std::string(UMBRELLA_SOURCE_DIR) + "/" + file;
    const std::string text = read_input_file(path);
    expect_same(YAML::Load(text), parse_yaml(text, path), file);
  }
}

// The message parsing `text` as f.yaml gives; empty when it parses.
std::string parse_error(const std::string& text) {
  try {
    parse_yaml(text, "f.yaml");
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

TEST(YamlTree, RefusesASecondDocumentAndMalformedYamlAtTheirPlace) {
  EXPECT_EQ(parse_error("a: 1\n---\nb: 2\n"),
            "f.yaml:2:1: expected one YAML document in the file, got a second (after '---')");
  EXPECT_EQ(parse_error("a: [1, 2\n"),
            "f.yaml:2:1: malformed YAML: did not find expected ',' or ']' (while parsing a flow "
            "sequence from line 1, column 4)");
  const std::string unknown_anchor = parse_error("a: *x\n");
  EXPECT_EQ(unknown_anchor, "f.yaml:1:4: malformed YAML: the referenced anchor is not defined");
  testing::expect_catalogued(unknown_anchor);
}

// The parser would refuse bytes that are not UTF-8 by their offset alone; the byte is named at
// its line and column, before parsing.
TEST(YamlTree, RefusesTextThatIsNotUtf8AtItsByte) {
  EXPECT_EQ(parse_error("a: 1\nname: Caf\xE9\n"),
            "f.yaml:2:10: expected UTF-8 text, got the byte 0xE9, which is not UTF-8");
  // Columns count characters, not bytes (as an editor shows them; yaml-cpp counted bytes): in
  // "a: [é, x]" the x is at column 8 (é is two bytes), and a stray byte after "a: é " at
  // column 6.
  EXPECT_EQ(parse_yaml("a: [\xC3\xA9, x]\n", "f").pairs()[0].second.element(1).location("f").column,
            8);
  EXPECT_EQ(parse_error("a: \xC3\xA9 \xE9\n"),
            "f.yaml:1:6: expected UTF-8 text, got the byte 0xE9, which is not UTF-8");
}

}  // namespace
}  // namespace umbrella
