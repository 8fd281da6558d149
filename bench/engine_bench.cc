// One baseline replicate 2025-2045 without I/O (target: under 50 microseconds on one core), the
// first year alone, the ensemble on 1 and 2 threads, and how a replicate's cost scales with the
// years, the states and the replicates. Results and the machine: docs/performance.md.
#include <benchmark/benchmark.h>

#include <string>
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

// One replicate of `scenario` through `to_year` (0: the scenario's end), its record reused.
void run_replicates(benchmark::State& state, int to_year,
                    const umbrella::Scenario& scenario = baseline()) {
  umbrella::RunOptions options;
  options.replicates = 1;
  options.to_year = to_year;
  const umbrella::Simulation simulation(scenario, options);
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

// `umbrella run`'s work in process: `replicates` replicates on `threads` threads, aggregated.
void run_ensemble(benchmark::State& state, int replicates, int threads) {
  umbrella::RunOptions options;
  options.replicates = replicates;
  options.threads = threads;
  const umbrella::Simulation simulation(baseline(), options);
  for (auto _ : state) {
    benchmark::DoNotOptimize(umbrella::run_ensemble(simulation, "baseline"));
  }
  state.counters["replicates_per_s"] =
      benchmark::Counter(static_cast<double>(replicates) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}

void BM_BaselineEnsemble(benchmark::State& state) {
  run_ensemble(state, 2000, static_cast<int>(state.range(0)));
}
BENCHMARK(BM_BaselineEnsemble)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// `umbrella run`'s path at the sizes of the streaming issue: 10^4 and 10^5 replicates on 1 and 2
// threads; real time, since the speed-up is the point.
void BM_RunPath(benchmark::State& state) {
  run_ensemble(state, static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
}
BENCHMARK(BM_RunPath)
    ->Args({10000, 1})
    ->Args({10000, 2})
    ->Args({100000, 1})
    ->Args({100000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Cost against the number of years: the baseline run to 2030, 2045, 2070, 2120 and 2200 (the
// scenario's last events are in the 2030s; later years repeat the yearly mechanisms).
void BM_ReplicateYears(benchmark::State& state) {
  umbrella::Scenario scenario = baseline();
  scenario.end_year = 2200;
  run_replicates(state, static_cast<int>(state.range(0)), scenario);
}
BENCHMARK(BM_ReplicateYears)
    ->Arg(2030)
    ->Arg(2045)
    ->Arg(2070)
    ->Arg(2120)
    ->Arg(2200)
    ->Unit(benchmark::kMicrosecond);

// Cost against the number of states: the baseline with `range(0)` copies of South Korea added,
// each with its own alliance with the United States and its own rivalry with North Korea, so
// every copy runs the whole yearly chain (acts, beliefs, hazards) as Korea does.
umbrella::Scenario with_korea_copies(int copies) {
  umbrella::Scenario scenario = baseline();
  umbrella::World& world = scenario.world;
  const umbrella::StateId korea = world.find_state("KOR");
  const std::vector<umbrella::Alliance> alliances = world.alliances;
  const std::vector<umbrella::Rivalry> rivalries = world.rivalries;
  for (int c = 0; c < copies; ++c) {
    const auto copy = static_cast<umbrella::StateId>(world.states.size());
    umbrella::State state = world.states[static_cast<std::size_t>(korea)];
    state.code = "K" + std::to_string(c);
    world.states.push_back(state);
    for (umbrella::Alliance alliance : alliances) {
      if (alliance.ally != korea) continue;
      alliance.ally = copy;
      world.alliances.push_back(alliance);
    }
    for (umbrella::Rivalry rivalry : rivalries) {
      if (rivalry.state != korea) continue;
      rivalry.state = copy;
      world.rivalries.push_back(rivalry);
    }
  }
  return scenario;
}

void BM_ReplicateStates(benchmark::State& state) {
  const umbrella::Scenario scenario = with_korea_copies(static_cast<int>(state.range(0)));
  run_replicates(state, 0, scenario);
  state.counters["states"] = static_cast<double>(scenario.world.states.size());
}
BENCHMARK(BM_ReplicateStates)->Arg(0)->Arg(30)->Arg(60)->Arg(120)->Unit(benchmark::kMicrosecond);

// Cost against the number of replicates, as `umbrella run` aggregates them (streamed into
// histograms) on both threads.
void BM_EnsembleReplicates(benchmark::State& state) {
  run_ensemble(state, static_cast<int>(state.range(0)), 2);
}
BENCHMARK(BM_EnsembleReplicates)
    ->Arg(1000)
    ->Arg(4000)
    ->Arg(16000)
    ->Arg(64000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
