// The scenario loader on any text: the input is the top-level scenario file, in a sandbox that
// holds the baseline's files and the malformed catalogue's base world for it to include. A
// scenario that loads must also run: a few replicates (enough for crises to erupt) with every
// lever pulled and every uncertain number drawn.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/simulation.h"
#include "sandbox.h"
#include "scenario/loader.h"

namespace {

void load_and_run(const std::string& file) {
  const umbrella::Scenario scenario = umbrella::load_scenario(file);
  umbrella::RunOptions options;
  options.replicates = 4;
  options.sample_uncertainty = true;
  for (const umbrella::Lever& lever : scenario.levers) options.levers.push_back({lever.name, 1.0});
  const umbrella::Simulation simulation(scenario, options);
  std::vector<double> record(simulation.record_size());
  for (std::uint32_t replicate = 0; replicate < 4; ++replicate) {
    simulation.run_replicate(replicate, record, nullptr);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const umbrella::fuzz::Sandbox sandbox("scenario_fuzz", [] {
    std::vector<umbrella::fuzz::Fixture> files = umbrella::fuzz::baseline_files();
    for (const char* name : {"world.yaml", "ladder.yaml", "includes_back.yaml"}) {
      files.push_back(
          {std::string("tests/scenario/malformed/base/") + name, std::string("base/") + name});
    }
    return files;
  }());
  const std::string_view text = umbrella::fuzz::as_text(data, size);
  if (!umbrella::fuzz::names_only_files_beside(text)) return -1;
  const std::string file = sandbox.write("input.yaml", text);
  umbrella::fuzz::expect_clear_error([&] { load_and_run(file); });
  return 0;
}
