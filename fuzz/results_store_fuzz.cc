// The results store's readers on any file: the input is the bytes of results.sqlite. It is read
// as `compare`, `sensitivity` and `discover` read it, then as `experiment --resume` does,
// against the experiment that wrote the seed store (store-experiment.yaml), exports included.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

#include "experiment/experiment_exports.h"
#include "experiment/paired_comparison.h"
#include "experiment/policy_aggregate.h"
#include "experiment/results_store.h"
#include "experiment/sample_means.h"
#include "sandbox.h"

namespace {

namespace fs = std::filesystem;
using namespace umbrella::experiment;

// The experiment whose store the seed is, loaded once from the sandbox.
struct Definition {
  umbrella::fuzz::Sandbox sandbox{"results_store_fuzz",
                                  {{"fuzz/store-experiment.yaml", "fuzz/store-experiment.yaml"},
                                   {"scenarios/baseline-2025.yaml", "scenarios/baseline-2025.yaml"},
                                   {"scenarios/model-2025.yaml", "scenarios/model-2025.yaml"},
                                   {"scenarios/ladder-kahn.yaml", "scenarios/ladder-kahn.yaml"}}};
  Experiment experiment = load_experiment((sandbox.path() / "fuzz/store-experiment.yaml").string());
  Plan plan{experiment};
};

void analyse(const fs::path& file) {
  ResultsStore store(file);
  const StoredExperiment stored = store.read();
  compare_policies(store, stored, kBaselinePolicy);
  for (std::size_t p = 0; p < stored.policies.size(); ++p) sample_means(store, stored, p);
}

void resume(const fs::path& file, const Plan& plan, const fs::path& out_dir) {
  ResultsStore store(file);
  store.check_definition(plan, UMBRELLA_VERSION);
  std::vector<PolicyAggregate> aggregates;
  for (std::size_t p = 0; p < plan.policies(); ++p) {
    aggregates.emplace_back(plan, p);
    if (const std::string state = store.aggregate_state(p); !state.empty()) {
      aggregates.back().restore(state);
    }
  }
  store.committed_chunks();
  store.units_per_chunk();
  write_exports(plan, aggregates, store, out_dir);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Definition definition;
  const fs::path& folder = definition.sandbox.path();
  // A journal left by the last input would be replayed into this one.
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    fs::remove(folder / (std::string("results.sqlite") + suffix));
  }
  const fs::path file =
      definition.sandbox.write("results.sqlite", umbrella::fuzz::as_text(data, size));
  umbrella::fuzz::expect_clear_error([&] { analyse(file); });
  umbrella::fuzz::expect_clear_error([&] { resume(file, definition.plan, folder / "out"); });
  return 0;
}
