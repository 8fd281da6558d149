// The calibration and the backcast on the 1945-2024 history (docs/performance.md#calibration):
// the fit of every transition on the full panel, and a 1,000-replicate backcast on 2 threads.
#include <benchmark/benchmark.h>

#include "calibration/backcast.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

const std::string kRoot = UMBRELLA_SOURCE_DIR;

struct History {
  Scenario scenario = load_scenario(kRoot + "/scenarios/history-1945.yaml", {});
  ProliferationRecord record = ProliferationRecord::read(kRoot + "/data/record/proliferation.csv");
};

const History& history() {
  static const History h;
  return h;
}

// Building the panel (16 replays of the history) and fitting the three transitions on all of it,
// with the 200-resample state bootstrap.
void BM_CalibrateFullPanel(benchmark::State& state) {
  RunOptions options;
  options.replicates = 16;
  const Simulation sim(history().scenario, options);
  CalibrationOptions fit;
  fit.train_until = sim.last_year();
  fit.bootstrap = static_cast<int>(state.range(0));
  for (auto _ : state) {
    const Panel panel = build_panel(sim, history().record, std::string(kPrimaryCoding), 16);
    benchmark::DoNotOptimize(calibrate(panel, sim.base_parameters(), fit));
  }
}
BENCHMARK(BM_CalibrateFullPanel)->Arg(0)->Arg(200)->Unit(benchmark::kMillisecond);

void BM_Backcast1000(benchmark::State& state) {
  RunOptions options;
  options.replicates = 1000;
  const Simulation sim(history().scenario, options);
  BackcastOptions b;
  b.origins = {1989};
  b.replicates = 1000;
  b.threads = static_cast<int>(state.range(0));
  b.fit.bootstrap = 0;
  for (auto _ : state) benchmark::DoNotOptimize(run_backcast(sim, history().record, b));
}
BENCHMARK(BM_Backcast1000)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace umbrella
