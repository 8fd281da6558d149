// The baseline's summary at a fixed seed, byte for byte. A change in the model, the baseline or
// the output format shows up here; if it is intended, regenerate with scripts/update-golden and
// review the diff of tests/golden/ in the commit.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "engine/ensemble.h"
#include "engine/summary_io.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(Golden, BaselineSummaryAtSeed2025) {
  const Scenario scenario = load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  RunOptions options;
  options.seed = 2025;
  options.replicates = 500;
  options.threads = 2;
  const std::string actual =
      summary_to_json(run_ensemble(Simulation(scenario, options), scenario.name));
  const std::string expected = read(UMBRELLA_SOURCE_DIR "/tests/golden/baseline-2025.summary.json");
  ASSERT_FALSE(expected.empty()) << "missing golden file: run scripts/update-golden";
  EXPECT_TRUE(actual == expected) << "the baseline's summary changed; if intended, run "
                                     "scripts/update-golden and review the diff";
}

}  // namespace
}  // namespace umbrella
