// Property tests over random scenarios and parameter draws (rapidcheck, fixed seed): every
// output of every series and year, in each replicate's record and in the summary, has the
// properties of output_checks.h.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "check_property.h"
#include "engine/ensemble.h"
#include "output_checks.h"
#include "scenario_draws.h"

namespace umbrella::testing {
namespace {

void check_outputs(const Draw& draw) {
  const Simulation simulation(draw.scenario, draw.options);
  std::vector<double> record(simulation.record_size());
  for (int r = 0; r < draw.options.replicates; ++r) {
    simulation.run_replicate(static_cast<std::uint32_t>(r), record, nullptr);
    const std::vector<std::string> found = record_violations(simulation, record);
    if (!found.empty()) RC_FAIL(fmt::format("replicate {}: {}", r, fmt::join(found, "; ")));
  }
  const std::vector<std::string> found =
      summary_violations(run_ensemble(simulation, draw.scenario.name));
  if (!found.empty()) RC_FAIL(fmt::format("summary: {}", fmt::join(found, "; ")));
}

TEST(OutputProperties, HoldForTheBaselineAnywhereInItsRanges) {
  check_property(150, [] { check_outputs(draw_baseline()); });
}

TEST(OutputProperties, HoldForSyntheticWorlds) {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / fmt::format("umbrella-properties-{}", ::getpid());
  std::filesystem::create_directories(folder);
  check_property(150, [&] { check_outputs(draw_synthetic_world(folder.string())); });
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace umbrella::testing
