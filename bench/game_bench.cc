// Solver throughput on the shared poker files: CFR+ iterations per second and exploitability on
// Leduc, the sequence-form LP on Leduc, the sequence-form LCP (Lemke) on Kuhn and Leduc.
#include <benchmark/benchmark.h>

#include <string>

#include "game/best_response.h"
#include "game/cfr_plus.h"
#include "game/efg_reader.h"
#include "game/sequence_form_lcp.h"
#include "game/sequence_form_lp.h"

namespace {

using umbrella::game::Game;

const Game& leduc() {
  static const Game game =
      umbrella::game::read_efg_file(UMBRELLA_SOURCE_DIR "/tests/game/games/leduc_poker.efg").game;
  return game;
}

// Kuhn poker is a test fixture of this repository, found from this file's own path.
const Game& kuhn() {
  static const Game game = [] {
    const std::string here = __FILE__;
    const std::string root = here.substr(0, here.rfind("/bench/"));
    return umbrella::game::read_efg_file(root + "/tests/game/games/kuhn_poker.efg").game;
  }();
  return game;
}

void BM_CfrPlusIterationsLeduc(benchmark::State& state) {
  umbrella::game::CfrPlusSolver solver(leduc());
  for (auto _ : state) solver.run(1);
  state.counters["iterations/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CfrPlusIterationsLeduc)->Unit(benchmark::kMicrosecond);

// 1,000 iterations from scratch, then the exploitability of the average profile (the figure
// OpenSpiel reports as 2.45e-4 on this file).
void BM_CfrPlus1000Leduc(benchmark::State& state) {
  double exploitability = 0.0;
  for (auto _ : state) {
    umbrella::game::CfrPlusSolver solver(leduc());
    solver.run(1000);
    state.PauseTiming();
    exploitability = umbrella::game::exploitability(leduc(), solver.average_profile());
    state.ResumeTiming();
  }
  state.counters["exploitability"] = exploitability;
}
BENCHMARK(BM_CfrPlus1000Leduc)->Unit(benchmark::kMillisecond);

void BM_ExploitabilityLeduc(benchmark::State& state) {
  const umbrella::game::BehaviorProfile uniform = umbrella::game::BehaviorProfile::uniform(leduc());
  for (auto _ : state) benchmark::DoNotOptimize(umbrella::game::exploitability(leduc(), uniform));
}
BENCHMARK(BM_ExploitabilityLeduc)->Unit(benchmark::kMicrosecond);

void BM_SequenceFormLpLeduc(benchmark::State& state) {
  double value = 0.0;
  for (auto _ : state) value = umbrella::game::solve_sequence_form_lp(leduc()).value;
  state.counters["value"] = value;
}
BENCHMARK(BM_SequenceFormLpLeduc)->Unit(benchmark::kMillisecond);

void BM_LemkeKuhn(benchmark::State& state) {
  int pivots = 0;
  for (auto _ : state) pivots = umbrella::game::solve_sequence_form_lcp(kuhn()).pivots;
  state.counters["pivots"] = pivots;
}
BENCHMARK(BM_LemkeKuhn)->Unit(benchmark::kMicrosecond);

void BM_LemkeLeduc(benchmark::State& state) {
  int pivots = 0;
  for (auto _ : state) pivots = umbrella::game::solve_sequence_form_lcp(leduc()).pivots;
  state.counters["pivots"] = pivots;
}
BENCHMARK(BM_LemkeLeduc)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
