// One baseline replicate 2025-2045 without I/O (target: under 50 microseconds on one core), the
// first year alone, and the ensemble on 1 and 2 threads. Results and the machine:
// docs/performance.md.
#include <benchmark/benchmark.h>

#include <vector>

#include "engine/ensemble.h"
#include "engine/simulation.h"
#include "scenario/loader.h"

namespace {

const umbrella::Scenario& baseline() {
  static const umbrella::Scenario scenario =
      umbrella::load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  return scenario;
}

// One replicate through `to_year` (0: the scenario's end), its record reused.
void run_replicates(benchmark::State& state, int to_year) {
  umbrella::RunOptions options;
  options.replicates = 1;
  options.to_year = to_year;
  const umbrella::Simulation simulation(baseline(), options);
  std::vector<double> record(simulation.record_size());
  std::uint32_t replicate = 0;
  for (auto _ : state) {
    simulation.run_replicate(replicate++, record, nullptr);
    benchmark::DoNotOptimize(record.data());
  }
  state.counters["years"] = simulation.years();
}

void BM_BaselineReplicate(benchmark::State& state) {
  run_replicates(state, 0);
}
BENCHMARK(BM_BaselineReplicate)->Unit(benchmark::kMicrosecond);

// The first year alone: set against the Python module's run_replicate of the same simulation,
// whose tables are as wide, it leaves the module's overhead (bench/python_overhead.py).
void BM_BaselineReplicateOneYear(benchmark::State& state) {
  run_replicates(state, 2025);
}
BENCHMARK(BM_BaselineReplicateOneYear)->Unit(benchmark::kMicrosecond);

void BM_BaselineEnsemble(benchmark::State& state) {
  umbrella::RunOptions options;
  options.replicates = 2000;
  options.threads = static_cast<int>(state.range(0));
  const umbrella::Simulation simulation(baseline(), options);
  for (auto _ : state) {
    benchmark::DoNotOptimize(umbrella::run_ensemble(simulation, "baseline"));
  }
  state.counters["replicates_per_s"] = benchmark::Counter(
      2000.0 * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_BaselineEnsemble)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
