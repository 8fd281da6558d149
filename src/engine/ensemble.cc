#include "engine/ensemble.h"

#include <fmt/format.h>

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "core/error.h"
#include "core/limits.h"

namespace umbrella {
namespace {

Summary aggregate(const Simulation& sim, const std::vector<double>& rows, int replicates,
                  const InterruptCheck& interrupt) {
  Summary summary;
  const auto years = static_cast<std::size_t>(sim.years());
  const std::size_t row_size = sim.record_size();
  for (int y = sim.first_year(); y <= sim.last_year(); ++y) summary.years.push_back(y);
  std::vector<double> column(static_cast<std::size_t>(replicates));
  const auto n = static_cast<double>(replicates);
  for (std::size_t s = 0; s < sim.outcomes().size(); ++s) {
    if (interrupt) interrupt();
    const Series& series = sim.outcomes()[s];
    SeriesSummary out{series.name, series.subject, series.kind, {}, {}, {}, {}, {}, {}};
    for (std::size_t y = 0; y < years; ++y) {
      double sum = 0.0;
      for (std::size_t r = 0; r < column.size(); ++r) {
        column[r] = rows[r * row_size + sim.cell(s, sim.first_year() + static_cast<int>(y))];
        sum += column[r];
      }
      out.mean.push_back(sum / n);
      if (series.kind == OutcomeKind::probability) {
        const Interval ci = wilson_interval(sum, n, kZ90);
        out.p05.push_back(ci.low);
        out.p95.push_back(ci.high);
      } else {
        out.p05.push_back(quantile_of(column, 0.05));
        out.p25.push_back(quantile_of(column, 0.25));
        out.p50.push_back(quantile_of(column, 0.50));
        out.p75.push_back(quantile_of(column, 0.75));
        out.p95.push_back(quantile_of(column, 0.95));
      }
    }
    summary.series.push_back(std::move(out));
  }
  return summary;
}

Summary summarize(const Simulation& sim, const std::string& scenario_name,
                  const std::vector<double>& records, const InterruptCheck& interrupt) {
  const int replicates = sim.options().replicates;
  Summary summary = aggregate(sim, records, replicates, interrupt);
  summary.scenario = scenario_name;
  summary.seed = sim.options().seed;
  summary.replicates = replicates;
  summary.sample_uncertainty = sim.options().sample_uncertainty;
  for (const LeverSetting& l : sim.options().levers) {
    summary.levers.push_back(fmt::format("{}={}", l.name, l.intensity));
  }
  for (const AssumptionChoice& a : sim.options().assumptions) {
    summary.assumptions.push_back(a.name + "=" + a.view);
  }
  return summary;
}

}  // namespace

std::vector<double> run_records(const Simulation& sim, const ProgressCallback& progress) {
  const int replicates = sim.options().replicates;
  const std::size_t row_size = sim.record_size();
  // Every record is kept for the exact quantiles.
  if (limits::times(row_size, replicates) > limits::kMaxRunNumbers) {
    throw UsageError(
        "replicates",
        fmt::format(
            "expected at most {} replicates of this run (each keeps {} numbers for the "
            "exact quantiles, at most {} in all; umbrella experiment streams them instead), got {}",
            limits::kMaxRunNumbers / row_size, row_size, limits::kMaxRunNumbers, replicates));
  }
  std::vector<double> rows(row_size * static_cast<std::size_t>(replicates));
  std::atomic<int> next{0};
  std::atomic<int> done{0};
  std::atomic<bool> stopped{false};
  std::mutex error_mutex;
  std::exception_ptr error;
  auto worker = [&] {
    try {
      for (int r = next++; r < replicates && !stopped; r = next++) {
        sim.run_replicate(
            static_cast<std::uint32_t>(r),
            std::span<double>(rows).subspan(static_cast<std::size_t>(r) * row_size, row_size),
            nullptr);
        const int finished = ++done;
        if (progress) progress(finished, replicates);
      }
    } catch (...) {
      const std::lock_guard lock(error_mutex);
      if (!error) error = std::current_exception();
      stopped = true;
    }
  };
  const int threads = std::max(1, std::min(sim.options().threads, replicates));
  std::vector<std::jthread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  pool.clear();
  if (error) std::rethrow_exception(error);
  return rows;
}

Summary run_ensemble(const Simulation& sim, const std::string& scenario_name,
                     const ProgressCallback& progress, const InterruptCheck& interrupt) {
  return summarize(sim, scenario_name, run_records(sim, progress), interrupt);
}

}  // namespace umbrella
