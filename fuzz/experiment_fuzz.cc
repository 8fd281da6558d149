// The experiment loader on any text: the input is the experiment file, in a sandbox beside the
// baseline scenario and its overlays (the seeds name them there, build/fuzz/seeds/experiment).
#include <cstddef>
#include <cstdint>

#include "experiment/experiment.h"
#include "sandbox.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using umbrella::fuzz::Sandbox;
  static const Sandbox sandbox("experiment_fuzz",
                               {{"scenarios/baseline-2025.yaml", "baseline-2025.yaml"},
                                {"scenarios/model-2025.yaml", "model-2025.yaml"},
                                {"scenarios/ladder-kahn.yaml", "ladder-kahn.yaml"},
                                {"scenarios/events-2026.yaml", "events-2026.yaml"},
                                {"scenarios/example-policy.yaml", "example-policy.yaml"}});
  const std::string_view text = umbrella::fuzz::as_text(data, size);
  if (!umbrella::fuzz::names_only_files_beside(text)) return -1;
  const std::string file = sandbox.write("input.yaml", text);
  umbrella::fuzz::expect_clear_error([&] { umbrella::experiment::load_experiment(file); });
  return 0;
}
