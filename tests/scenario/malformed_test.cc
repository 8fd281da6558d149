// Runs every file of the catalogue of malformed scenarios (tests/scenario/malformed/*.yaml) and
// compares the error with the one line in its NAME.expected. Paths in messages are relative to
// the catalogue folder.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "scenario/loader.h"

namespace umbrella {
namespace {

namespace fs = std::filesystem;

const fs::path kCatalogue = fs::path(UMBRELLA_SOURCE_DIR) / "tests" / "scenario" / "malformed";

std::vector<std::string> files_with_extension(const std::string& extension) {
  std::vector<std::string> stems;
  for (const fs::directory_entry& entry : fs::directory_iterator(kCatalogue)) {
    if (entry.path().extension() == extension) stems.push_back(entry.path().stem().string());
  }
  std::sort(stems.begin(), stems.end());
  return stems;
}

std::string expected_message(const std::string& name) {
  std::ifstream in(kCatalogue / (name + ".expected"));
  std::string line;
  std::getline(in, line);
  return line;
}

std::string relative_to_catalogue(std::string message) {
  const std::string prefix = kCatalogue.string() + "/";
  for (auto at = message.find(prefix); at != std::string::npos; at = message.find(prefix, at)) {
    message.erase(at, prefix.size());
  }
  return message;
}

class MalformedScenario : public testing::TestWithParam<std::string> {};

TEST_P(MalformedScenario, FailsWithTheCataloguedMessage) {
  const std::string name = GetParam();
  const std::string expected = expected_message(name);
  ASSERT_FALSE(expected.empty()) << name << ".expected is missing or empty";
  try {
    load_scenario((kCatalogue / (name + ".yaml")).string());
    FAIL() << name << ".yaml loaded without an error";
  } catch (const InputError& error) {
    EXPECT_EQ(relative_to_catalogue(error.what()), expected);
  }
}

INSTANTIATE_TEST_SUITE_P(Catalogue, MalformedScenario,
                         testing::ValuesIn(files_with_extension(".yaml")),
                         [](const testing::TestParamInfo<std::string>& test) {
                           return test.param;
                         });

TEST(MalformedCatalogue, EveryExpectedMessageHasItsFile) {
  const std::vector<std::string> cases = files_with_extension(".yaml");
  for (const std::string& name : files_with_extension(".expected")) {
    EXPECT_TRUE(std::binary_search(cases.begin(), cases.end(), name)) << name << ".yaml is missing";
  }
}

}  // namespace
}  // namespace umbrella
