// Runs every file of the catalogue of malformed scenarios (tests/scenario/malformed/*.yaml) and
// compares the error with the one line in its NAME.expected. Paths in messages are relative to
// the catalogue folder.
#include <gtest/gtest.h>

#include "../malformed_catalogue.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

namespace fs = std::filesystem;

const fs::path kCatalogue = fs::path(UMBRELLA_SOURCE_DIR) / "tests" / "scenario" / "malformed";

class MalformedScenario : public ::testing::TestWithParam<std::string> {};

TEST_P(MalformedScenario, FailsWithTheCataloguedMessage) {
  const std::string name = GetParam();
  const std::string expected = testing::expected_message(kCatalogue, name);
  ASSERT_FALSE(expected.empty()) << name << ".expected is missing or empty";
  try {
    load_scenario((kCatalogue / (name + ".yaml")).string());
    FAIL() << name << ".yaml loaded without an error";
  } catch (const InputError& error) {
    EXPECT_EQ(testing::relative_to(kCatalogue, error.what()), expected);
  }
}

INSTANTIATE_TEST_SUITE_P(Catalogue, MalformedScenario,
                         ::testing::ValuesIn(testing::catalogue_cases(kCatalogue, ".yaml")),
                         [](const ::testing::TestParamInfo<std::string>& test) {
                           return test.param;
                         });

TEST(MalformedCatalogue, EveryExpectedMessageHasItsFile) {
  testing::expect_every_message_has_its_file(kCatalogue);
}

}  // namespace
}  // namespace umbrella
