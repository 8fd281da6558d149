// One baseline crisis (Taiwan, 2035) solved by the direct solver (target: under 20 microseconds,
// exact), the same crisis as a five-type game solved by Lemke for comparison, and a baseline
// replicate with every flashpoint erupting every year (the worst case for the yearly loop;
// target for a replicate with crises: under 200 microseconds). Results: docs/performance.md.
#include <benchmark/benchmark.h>

#include <vector>

#include "engine/crisis_game.h"
#include "engine/simulation.h"
#include "game/solve.h"
#include "model/crisis/equilibrium.h"
#include "scenario/loader.h"

namespace {

const umbrella::Scenario& baseline() {
  static const umbrella::Scenario scenario =
      umbrella::load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  return scenario;
}

const umbrella::Simulation::Moment& taiwan_2035() {
  static const umbrella::Simulation::Moment moment = [] {
    umbrella::RunOptions options;
    options.replicates = 1;
    return umbrella::Simulation(baseline(), options).moment(0, 2035);
  }();
  return moment;
}

umbrella::CrisisSetting taiwan_setting() {
  const umbrella::Simulation::Moment& m = taiwan_2035();
  return umbrella::crisis_setting(m.world, m.index, m.params, m.state,
                                  m.world.find_flashpoint("CHN-TWN"));
}

void BM_CrisisDirect(benchmark::State& state) {
  const umbrella::Simulation::Moment& m = taiwan_2035();
  const int flashpoint = m.world.find_flashpoint("CHN-TWN");
  for (auto _ : state) {
    const umbrella::CrisisSetting s =
        umbrella::crisis_setting(m.world, m.index, m.params, m.state, flashpoint);
    benchmark::DoNotOptimize(umbrella::solve_crisis_equilibrium(s));
  }
}
BENCHMARK(BM_CrisisDirect)->Unit(benchmark::kMicrosecond);

void BM_CrisisLemkeFiveTypes(benchmark::State& state) {
  const umbrella::CrisisSetting s = taiwan_setting();
  for (auto _ : state) {
    const umbrella::game::Game game = umbrella::build_crisis_game(s, 5);
    benchmark::DoNotOptimize(umbrella::game::solve(game, umbrella::game::Method::lcp));
  }
}
BENCHMARK(BM_CrisisLemkeFiveTypes)->Unit(benchmark::kMicrosecond);

void BM_ReplicateEveryFlashpointEveryYear(benchmark::State& state) {
  umbrella::Scenario scenario = baseline();
  for (umbrella::Flashpoint& f : scenario.world.flashpoints) f.eruption_rate = 1.0;
  umbrella::RunOptions options;
  options.replicates = 1;
  const umbrella::Simulation simulation(scenario, options);
  std::vector<double> record(simulation.record_size());
  std::uint32_t replicate = 0;
  for (auto _ : state) {
    simulation.run_replicate(replicate++, record, nullptr);
    benchmark::DoNotOptimize(record.data());
  }
}
BENCHMARK(BM_ReplicateEveryFlashpointEveryYear)->Unit(benchmark::kMicrosecond);

}  // namespace
