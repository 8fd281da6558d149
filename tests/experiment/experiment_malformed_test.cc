// Runs every file of the catalogue of malformed experiments (tests/experiment/malformed/*.yaml)
// and compares the error with the one line in its NAME.expected.
#include <gtest/gtest.h>

#include "../malformed_catalogue.h"
#include "experiment/experiment.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;

const fs::path kCatalogue = fs::path(UMBRELLA_SOURCE_DIR) / "tests" / "experiment" / "malformed";

class MalformedExperiment : public ::testing::TestWithParam<std::string> {};

TEST_P(MalformedExperiment, FailsWithTheCataloguedMessage) {
  testing::expect_catalogued_error(kCatalogue, GetParam(),
                                   [](const std::string& file) { load_experiment(file); });
}

INSTANTIATE_TEST_SUITE_P(Catalogue, MalformedExperiment,
                         ::testing::ValuesIn(testing::catalogue_cases(kCatalogue, ".yaml")),
                         [](const ::testing::TestParamInfo<std::string>& test) {
                           return test.param;
                         });

TEST(MalformedExperimentCatalogue, EveryExpectedMessageHasItsFile) {
  testing::expect_every_message_has_its_file(kCatalogue);
}

}  // namespace
}  // namespace umbrella::experiment
