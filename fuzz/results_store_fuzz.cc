// The results store's readers on any file: the input is the bytes of results.sqlite. It is read
// as `compare`, `sensitivity` and `discover` read it, then continued as `experiment --resume`
// does, as the store of the experiment that wrote the seeds (store-experiment.yaml).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <numeric>
#include <vector>

#include "analysis/prim.h"
#include "analysis/sensitivity_report.h"
#include "experiment/paired_comparison.h"
#include "experiment/results_store.h"
#include "experiment/runner.h"
#include "experiment/sample_means.h"
#include "sandbox.h"

namespace {

namespace fs = std::filesystem;
using namespace umbrella::experiment;

// The experiment whose store the seed is, loaded once from the sandbox.
struct Definition {
  umbrella::fuzz::Sandbox sandbox{
      "results_store_fuzz",
      {{"fuzz/store-experiment.yaml", "fuzz/store-experiment.yaml"},
       {"tests/scenario/malformed/base/world.yaml", "tests/scenario/malformed/base/world.yaml"},
       {"tests/scenario/malformed/base/ladder.yaml", "tests/scenario/malformed/base/ladder.yaml"},
       {"scenarios/model-2025.yaml", "scenarios/model-2025.yaml"}}};
  Experiment experiment = load_experiment((sandbox.path() / "fuzz/store-experiment.yaml").string());
  Plan plan{experiment};
};

// What `sensitivity` and `discover` compute from one policy's means: the indices the design was
// sampled for, and the boxes where the first outcome is at least its mean.
void analyse_means(const StoredExperiment& stored, const umbrella::sa::Table& means) {
  const bool sobol = stored.sampler == umbrella::sa::SampleMethod::saltelli;
  if (sobol || stored.sampler == umbrella::sa::SampleMethod::morris) {
    umbrella::sa::sensitivity_report(stored.uncertainties, stored.design, means,
                                     {.sobol = sobol, .levels = 4, .resamples = 10, .seed = 1});
  }
  if (stored.design.columns.empty() || means.rows() == 0) return;
  const std::vector<double> first = means.column(0);
  const double mean =
      std::accumulate(first.begin(), first.end(), 0.0) / static_cast<double>(first.size());
  std::vector<bool> cases(first.size());
  std::transform(first.begin(), first.end(), cases.begin(), [&](double x) { return x >= mean; });
  if (std::find(cases.begin(), cases.end(), true) != cases.end()) {
    umbrella::sa::prim(stored.design, cases, umbrella::sa::PrimOptions{});
  }
}

void analyse(const fs::path& file) {
  ResultsStore store(file);
  const StoredExperiment stored = store.read();
  compare_policies(store, stored, kBaselinePolicy);
  for (std::size_t p = 0; p < stored.policies.size(); ++p) {
    analyse_means(stored, sample_means(store, stored, p));
  }
}

// `experiment --resume`: the chunks the store lacks are run (a dozen runs at most), then exported.
void resume(const Plan& plan, const fs::path& folder) {
  run_experiment(plan, folder, {.resume = true, .program_version = UMBRELLA_VERSION});
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
  umbrella::fuzz::expect_clear_error([&] { resume(definition.plan, folder); });
  return 0;
}
