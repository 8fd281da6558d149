#include "engine/ensemble.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <vector>

#include "core/error.h"
#include "core/limits.h"
#include "core/worker_pool.h"
#include "engine/streaming_summary.h"

namespace umbrella {
namespace {

// Replicates one task runs: enough to make the hand-over between threads rare, few enough that
// the blocks in flight stay small (kWindowPerThread blocks of records per thread).
constexpr std::uint64_t kBlockReplicates = 16;
constexpr std::uint64_t kWindowPerThread = 2;

std::span<double> record_of(std::vector<double>& records, std::size_t index, std::size_t size) {
  return std::span<double>(records).subspan(index * size, size);
}

std::vector<const Series*> series_of(const Simulation& sim) {
  std::vector<const Series*> out;
  for (const Series& s : sim.outcomes()) out.push_back(&s);
  return out;
}

Summary described(const Simulation& sim, const std::string& scenario_name) {
  Summary summary;
  summary.scenario = scenario_name;
  summary.seed = sim.options().seed;
  summary.replicates = sim.options().replicates;
  summary.sample_uncertainty = sim.options().sample_uncertainty;
  for (const LeverSetting& l : sim.options().levers) {
    summary.levers.push_back(fmt::format("{}={}", l.name, l.intensity));
  }
  for (const AssumptionChoice& a : sim.options().assumptions) {
    summary.assumptions.push_back(a.name + "=" + a.view);
  }
  for (int y = sim.first_year(); y <= sim.last_year(); ++y) summary.years.push_back(y);
  return summary;
}

}  // namespace

std::vector<double> run_records(const Simulation& sim, const ProgressCallback& progress) {
  const int replicates = sim.options().replicates;
  const std::size_t row_size = sim.record_size();
  if (limits::times(row_size, replicates) > limits::kMaxRunNumbers) {
    throw UsageError(
        "replicates",
        fmt::format("expected at most {} replicates of run_replicates (each keeps its {} "
                    "numbers, at most {} in all; run streams them instead), got {}",
                    limits::kMaxRunNumbers / row_size, row_size, limits::kMaxRunNumbers,
                    replicates));
  }
  std::vector<double> rows(row_size * static_cast<std::size_t>(replicates));
  std::atomic<int> done{0};
  WorkerPool(sim.options().threads)
      .run(static_cast<std::uint64_t>(replicates), [&](std::uint64_t r, int) {
        sim.run_replicate(static_cast<std::uint32_t>(r), record_of(rows, r, row_size), nullptr);
        const int finished = ++done;
        if (progress) progress(finished, replicates);
      });
  return rows;
}

Summary run_ensemble(const Simulation& sim, const std::string& scenario_name,
                     const ProgressCallback& progress, const InterruptCheck& interrupt) {
  const int replicates = sim.options().replicates;
  const std::uint64_t blocks =
      (static_cast<std::uint64_t>(replicates) + kBlockReplicates - 1) / kBlockReplicates;
  const WorkerPool pool(static_cast<int>(
      std::min<std::uint64_t>(static_cast<std::uint64_t>(sim.options().threads), blocks)));
  const std::vector<const Series*> series = series_of(sim);
  const auto years = static_cast<std::size_t>(sim.years());
  const std::size_t states = sim.world().states.size();
  const std::uint64_t bins = StreamingSummary::bins(series, years, states);
  if (bins > limits::kMaxSummaryBins) {
    throw UsageError(fmt::format(
        "expected a summary of at most {} histogram bins (the bins of every quantity series x "
        "years), got {}: use fewer years ({})",
        limits::kMaxSummaryBins, bins, mention("to")));
  }
  // The calling thread (worker 0) adds each block to the summary as it is delivered, in
  // replicate order; that is a few percent of a block's work, so the other threads run more
  // blocks meanwhile, and one copy of the histograms serves any number of threads.
  StreamingSummary total(series, years, states);
  const std::size_t row_size = sim.record_size();
  const std::uint64_t window = kWindowPerThread * static_cast<std::uint64_t>(pool.threads());
  std::vector<std::vector<double>> slots(window, std::vector<double>(kBlockReplicates * row_size));
  const auto replicates_in = [&](std::uint64_t block) {
    return std::min(kBlockReplicates,
                    static_cast<std::uint64_t>(replicates) - block * kBlockReplicates);
  };
  pool.run_in_order(
      blocks, window,
      [&](std::uint64_t block, int) {
        std::vector<double>& slot = slots[block % window];
        for (std::uint64_t i = 0; i < replicates_in(block); ++i) {
          sim.run_replicate(static_cast<std::uint32_t>(block * kBlockReplicates + i),
                            record_of(slot, i, row_size), nullptr);
        }
      },
      [&](std::uint64_t block) {
        total.add(
            std::span<const double>(slots[block % window]).first(replicates_in(block) * row_size));
        if (progress) progress(static_cast<int>(total.runs()), replicates);
      });
  Summary summary = described(sim, scenario_name);
  summary.series = total.series_summaries(interrupt);
  return summary;
}

}  // namespace umbrella
