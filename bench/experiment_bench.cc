// Replicates per second through the experiment runner (store, chunks, streaming summaries and
// exports included) on 1 and 2 threads. Results and the machine: docs/performance.md.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "experiment/runner.h"

namespace {

namespace fs = std::filesystem;
using umbrella::experiment::Experiment;

// The 2025 baseline alone, 2025-2045, one sample of `replicates` replicates.
Experiment baseline_experiment(std::int64_t replicates) {
  const fs::path file =
      fs::temp_directory_path() / ("umbrella-bench-" + std::to_string(::getpid()) + ".yaml");
  std::ofstream(file) << "scenario: " UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml\n"
                      << R"(outcomes:
  cred_JPN_2035: {series: credibility JPN, reduce: value, year: 2035}
  pursuit_KOR_2035: {series: p_pursuit KOR, reduce: value, year: 2035}
  armed_peak: {series: nuclear_armed_states world, reduce: max}
samples: 1
seed: 1
replicates: )" << replicates
                      << "\n";
  Experiment loaded = umbrella::experiment::load_experiment(file.string());
  fs::remove(file);
  return loaded;
}

// The shipped essay experiment: 6 policies x 100 samples x 20 replicates, 2025-2035.
const Experiment& essay_experiment() {
  static const Experiment experiment = umbrella::experiment::load_experiment(
      UMBRELLA_SOURCE_DIR "/scenarios/experiments/essay-remedies.yaml");
  return experiment;
}

void run(benchmark::State& state, const Experiment& experiment) {
  const umbrella::experiment::Plan plan(experiment);
  umbrella::experiment::RunnerOptions options;
  options.threads = static_cast<int>(state.range(0));
  options.program_version = "bench";
  const fs::path out =
      fs::temp_directory_path() / ("umbrella-bench-out-" + std::to_string(::getpid()));
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(out);
    state.ResumeTiming();
    umbrella::experiment::run_experiment(plan, out, options);
  }
  fs::remove_all(out);
  state.counters["replicates_per_s"] =
      benchmark::Counter(static_cast<double>(plan.runs()) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}

// Arguments: threads, replicates. At 4,000 replicates the experiment's fixed costs (the store's
// creation, the exports, the last sync to disk) are a tenth of the time and run on one thread.
void BM_ExperimentBaseline(benchmark::State& state) {
  const Experiment experiment = baseline_experiment(state.range(1));
  run(state, experiment);
}
BENCHMARK(BM_ExperimentBaseline)
    ->ArgsProduct({{1, 2}, {4000, 20000}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_ExperimentEssay(benchmark::State& state) {
  run(state, essay_experiment());
}
BENCHMARK(BM_ExperimentEssay)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
