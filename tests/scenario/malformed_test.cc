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
  testing::expect_catalogued_error(kCatalogue, GetParam(),
                                   [](const std::string& file) { load_scenario(file); });
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
