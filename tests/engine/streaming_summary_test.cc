// `umbrella run`'s streaming summary: the same for any number of threads, its means those of the
// kept records, its quantiles within one histogram bin of the exact ones.
#include "engine/streaming_summary.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <stdexcept>

#include "engine/ensemble.h"
#include "engine/summary_io.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

const Scenario& baseline() {
  static const Scenario scenario =
      load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  return scenario;
}

Summary run(int replicates, int threads) {
  RunOptions options;
  options.seed = 4;
  options.replicates = replicates;
  options.threads = threads;
  options.to_year = 2030;
  return run_ensemble(Simulation(baseline(), options), baseline().name);
}

// Replicate counts below, at and past a block of replicates, and not a multiple of any block.
TEST(RunEnsemble, BitIdenticalForOneTwoAndThreeThreads) {
  for (int replicates : {1, 15, 16, 17, 101}) {
    const std::string one = summary_to_json(run(replicates, 1));
    EXPECT_EQ(one, summary_to_json(run(replicates, 2))) << replicates;
    EXPECT_EQ(one, summary_to_json(run(replicates, 3))) << replicates;
  }
}

TEST(RunEnsemble, MeansOfTheRecordsAndQuantilesWithinOneBin) {
  RunOptions options;
  options.seed = 8;
  options.replicates = 150;
  options.threads = 2;
  options.to_year = 2032;
  const Simulation sim(baseline(), options);
  const std::vector<double> records = run_records(sim);
  const Summary summary = run_ensemble(sim, baseline().name);
  const auto n = static_cast<double>(options.replicates);
  int quantities = 0;
  for (std::size_t s = 0; s < sim.outcomes().size(); ++s) {
    const Series& series = sim.outcomes()[s];
    const SeriesSummary& out = summary.series[s];
    const BinLayout layout = bin_layout(series.probe.measure, sim.world().states.size());
    for (int y = sim.first_year(); y <= sim.last_year(); ++y) {
      std::vector<double> column;
      double sum = 0.0;
      for (int r = 0; r < options.replicates; ++r) {
        column.push_back(records[static_cast<std::size_t>(r) * sim.record_size() + sim.cell(s, y)]);
        sum += column.back();
      }
      const auto i = static_cast<std::size_t>(y - sim.first_year());
      // Summed in replicate order, as the records were before streaming.
      ASSERT_EQ(out.mean[i], sum / n) << series.name << " " << series.subject << " " << y;
      if (series.kind == OutcomeKind::probability) {
        ASSERT_EQ(out.p05[i], wilson_interval(sum, n, kZ90).low);
        continue;
      }
      ++quantities;
      // Whole-number series are exact; the others within one bin width.
      const double tolerance = layout.whole_numbers ? 0.0 : layout.width;
      const std::vector<double>* bands[] = {&out.p05, &out.p25, &out.p50, &out.p75, &out.p95};
      const double ps[] = {0.05, 0.25, 0.5, 0.75, 0.95};
      for (std::size_t q = 0; q < 5; ++q) {
        ASSERT_NEAR((*bands[q])[i], quantile_of(column, ps[q]), tolerance)
            << series.name << " " << series.subject << " " << y << " p" << ps[q];
      }
    }
  }
  EXPECT_GT(quantities, 100);
}

// A progress callback that throws (Ctrl-C in Python) stops every thread; the error comes back.
TEST(RunEnsemble, ProgressThatThrowsStopsTheRun) {
  RunOptions options;
  options.replicates = 100'000;
  options.threads = 2;
  int calls = 0;
  EXPECT_THROW(run_ensemble(Simulation(baseline(), options), baseline().name,
                            [&](int done, int) {
                              ++calls;
                              if (done >= 64) throw std::runtime_error("interrupted");
                            }),
               std::runtime_error);
  EXPECT_EQ(calls, 4);  // blocks of 16 replicates, reported in order
}

// The records of 166,009 replicates of the baseline (4.3 GB) passed the limit on kept numbers
// (limits::kMaxRunNumbers). The streaming run starts without them: it is stopped after its first
// blocks, and the process's peak memory has not grown by anything near a records array.
TEST(RunEnsemble, AcceptsMoreReplicatesThanRecordsCouldHold) {
  RunOptions options;
  options.replicates = 166'009;
  options.threads = 2;
  const Simulation sim(baseline(), options);
  EXPECT_THROW(run_records(sim), UsageError);
  struct Stop {};
  rusage before{};
  getrusage(RUSAGE_SELF, &before);
  int done_when_stopped = 0;
  EXPECT_THROW(run_ensemble(sim, baseline().name,
                            [&](int done, int) {
                              done_when_stopped = done;
                              if (done >= 64) throw Stop{};
                            }),
               Stop);
  rusage after{};
  getrusage(RUSAGE_SELF, &after);
  EXPECT_EQ(done_when_stopped, 64);
  EXPECT_LT(after.ru_maxrss - before.ru_maxrss, 100 * 1024);  // kilobytes
}

// A run adds each block of records at once, in replicate order: the same state, byte for byte,
// as adding the records one at a time (sums in the same order, the same histograms).
TEST(StreamingSummary, ABlockOfRunsEqualsItsRunsOneByOne) {
  RunOptions options;
  options.seed = 11;
  options.replicates = 37;
  options.to_year = 2029;
  const Simulation sim(baseline(), options);
  const std::vector<double> records = run_records(sim);
  std::vector<const Series*> series;
  for (const Series& s : sim.outcomes()) series.push_back(&s);
  const auto years = static_cast<std::size_t>(sim.years());
  const std::size_t states = sim.world().states.size();
  StreamingSummary one_by_one(series, years, states);
  StreamingSummary in_blocks(series, years, states);
  const std::span<const double> all(records);
  for (std::size_t r = 0; r < 37; ++r) {
    one_by_one.add(all.subspan(r * sim.record_size(), sim.record_size()));
  }
  in_blocks.add(all.first(16 * sim.record_size()));
  in_blocks.add(all.subspan(16 * sim.record_size()));
  EXPECT_EQ(in_blocks.runs(), 37U);
  EXPECT_EQ(in_blocks.save(), one_by_one.save());
  EXPECT_THROW(in_blocks.add(all.first(sim.record_size() + 1)), std::logic_error);
}

}  // namespace
}  // namespace umbrella
