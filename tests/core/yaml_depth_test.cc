// The flow-depth bound checked on the raw text before yaml-cpp parses it (a 64 MiB file of '['
// took 15.7 GB before the parser's own depth check could refuse it).
#include "core/yaml_depth.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/error.h"

namespace umbrella {
namespace {

namespace fs = std::filesystem;

std::string error_of(const std::string& text) {
  try {
    check_flow_depth(text, "deep.yaml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

const std::string kDeeper =
    "deep.yaml:1:129: expected lists and maps nested at most 64 deep, got deeper";

TEST(FlowDepth, TenThousandBracketsAreRefusedBeforeTheParserSeesThem) {
  EXPECT_EQ(error_of(std::string(10'000, '[')), kDeeper);
  EXPECT_EQ(error_of(std::string(10'000, '{')), kDeeper);
}

// Up to 128 levels are left to the parser's check, which counts block lists and maps too and
// so names the exact place a file passes 64 levels.
TEST(FlowDepth, The128LevelsTheParserChecksAreLeftToIt) {
  EXPECT_EQ(error_of(std::string(128, '[') + std::string(128, ']')), "");
  EXPECT_EQ(error_of("a: " + std::string(128, '[') + std::string(128, ']') + "\nb: [[]]\n"), "");
}

TEST(FlowDepth, BracketsInScalarsAndCommentsDoNotCount) {
  const std::string many(200, '[');
  EXPECT_EQ(error_of("a: \"" + many + "\"\nb: '" + many + "'\n"), "");
  EXPECT_EQ(error_of("# " + many + "\na: 1 # " + many + "\n"), "");
  EXPECT_EQ(error_of("a: see " + many + "\n"), "");
  EXPECT_EQ(error_of("a: |\n  " + many + "\n  it's\nb: >-\n  " + many + "\nc: 1\n"), "");
  EXPECT_EQ(error_of("a: [\"" + many + "\", 'x''" + many + "']\n"), "");
  EXPECT_EQ(error_of("a: \"multi\n  line " + many + "\"\n"), "");
}

// Each hides 200 real levels behind something the parser reads otherwise than a naive scan.
TEST(FlowDepth, NoQuoteOrCommentHidesARealBracket) {
  const std::string many(200, '[');
  EXPECT_NE(error_of("a: it's\n" + many), "");          // a quote inside a plain scalar
  EXPECT_NE(error_of("[a 'b\n" + many), "");            // the same in a flow list
  EXPECT_NE(error_of("key: word\n  'x\n" + many), "");  // a plain scalar's next line
  EXPECT_NE(error_of("a: |\n  'x\n" + many), "");       // a block scalar's line
  EXPECT_NE(error_of("a: \"#\"\n" + many), "");         // '#' in a quoted scalar
  std::string closes_in_comments;
  for (int i = 0; i < 200; ++i) closes_in_comments += "[ # ]\n";
  EXPECT_NE(error_of(closes_in_comments), "");
  EXPECT_NE(error_of("a: 'it''s' " + many), "");  // an escaped quote
  EXPECT_NE(error_of("a: \"\\\"\" " + many), "");
}

TEST(FlowDepth, EveryYamlFileOfTheRepositoryPasses) {
  int files = 0;
  for (const char* folder : {"scenarios", "tests", "examples", "fuzz"}) {
    const fs::path root = fs::path(UMBRELLA_SOURCE_DIR) / folder;
    if (!fs::exists(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".yaml" && ext != ".yml") continue;
      if (entry.path().stem() == "yaml_too_deep") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      EXPECT_EQ(error_of(text.str()), "") << entry.path();
      ++files;
    }
  }
  EXPECT_GT(files, 100);
}

}  // namespace
}  // namespace umbrella
