// The experiment loader on any text: the input is the experiment file, in a sandbox beside the
// baseline scenario and its overlays (the seeds, in seeds/experiment_fuzz, name them there).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "experiment/experiment.h"
#include "sandbox.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const umbrella::fuzz::Sandbox sandbox("experiment_fuzz", [] {
    std::vector<umbrella::fuzz::Fixture> files = umbrella::fuzz::baseline_files();
    files.push_back({"scenarios/example-policy.yaml", "example-policy.yaml"});
    return files;
  }());
  const std::string_view text = umbrella::fuzz::as_text(data, size);
  if (!umbrella::fuzz::names_only_files_beside(text)) return -1;
  const std::string file = sandbox.write("input.yaml", text);
  umbrella::fuzz::expect_clear_error([&] { umbrella::experiment::load_experiment(file); });
  return 0;
}
