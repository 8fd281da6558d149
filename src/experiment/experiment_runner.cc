#include "experiment/experiment_runner.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include "core/error.h"
#include "core/limits.h"
#include "experiment/experiment_exports.h"
#include "experiment/policy_aggregate.h"
#include "experiment/results_store.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;

// Chunks open at once: the other threads go on with the next chunk while one thread commits the
// last.
constexpr std::uint64_t kWindow = 2;
constexpr std::uint64_t kDefaultChunkRuns = 4096;
constexpr std::uint64_t kMostChunks = 256;

// A unit is one (sample, replicate) pair, run under every policy; chunks hold whole units so
// that the runs a paired comparison needs are committed together.
// The chunks being filled hold every run's results within limits::kMaxChunkNumbers (the limit on
// outcomes leaves room for one unit).
std::uint64_t most_units_per_chunk(const Plan& plan) {
  const std::uint64_t unit_numbers = kWindow * plan.policies() * plan.result_size();
  return std::max<std::uint64_t>(1, limits::kMaxChunkNumbers / unit_numbers);
}

std::uint64_t units_per_chunk(const Plan& plan, std::uint64_t chunk_runs) {
  const std::uint64_t policies = plan.policies();
  const std::uint64_t units = static_cast<std::uint64_t>(plan.samples()) * plan.replicates();
  const std::uint64_t most_units = most_units_per_chunk(plan);
  if (chunk_runs > 0) {
    const std::uint64_t wanted = std::max<std::uint64_t>(1, chunk_runs / policies);
    if (wanted > most_units) {
      throw UsageError(fmt::format(
          "--chunk-runs: expected at most {} runs per chunk for this experiment (each run holds "
          "{} numbers, at most {} for the chunks in memory), got {}",
          most_units * policies, plan.result_size(), limits::kMaxChunkNumbers, chunk_runs));
    }
    return wanted;
  }
  // Few chunks for a huge experiment: each commit rewrites every policy's aggregate state.
  return std::min(most_units,
                  std::max({std::uint64_t{1}, (kDefaultChunkRuns + policies - 1) / policies,
                            (units + kMostChunks - 1) / kMostChunks}));
}

// The results of one chunk, filled by every thread in any order, read by the committing one.
struct Slot {
  std::vector<double> results;
  std::atomic<std::uint64_t> done{0};
};

class ChunkRunner {
 public:
  ChunkRunner(const Plan& plan, ResultsStore& store, std::vector<PolicyAggregate>& aggregates,
              std::uint64_t units_per_chunk, std::uint64_t first_chunk,
              const RunnerOptions& options)
      : plan_(plan),
        store_(store),
        aggregates_(aggregates),
        options_(options),
        units_per_chunk_(units_per_chunk),
        chunk_runs_(units_per_chunk * plan.policies()),
        first_chunk_(first_chunk),
        total_runs_(plan.runs()),
        remaining_runs_(total_runs_ - std::min(total_runs_, first_chunk * chunk_runs_)),
        open_below_(first_chunk + kWindow),
        next_run_(first_chunk * chunk_runs_) {
    for (Slot& slot : slots_) slot.results.resize(chunk_runs_ * plan.result_size());
  }

  // Runs every chunk from the first not committed; returns the chunks committed.
  std::uint64_t run() {
    const std::uint64_t chunks = (total_runs_ + chunk_runs_ - 1) / chunk_runs_;
    {
      std::vector<std::jthread> pool;
      // Declared after the pool so that it is destroyed first: on an error the workers are
      // told to stop before the pool joins them.
      struct StopOnExit {
        ChunkRunner& runner;
        ~StopOnExit() { runner.stop(); }
      } stop_on_exit{*this};
      // The committing thread runs simulations too, so --threads counts every busy thread.
      for (int t = 1; t < options_.threads; ++t) pool.emplace_back([this] { work(); });
      for (std::uint64_t chunk = first_chunk_; chunk < chunks; ++chunk) commit(chunk);
    }
    if (error_) std::rethrow_exception(error_);
    return chunks - first_chunk_;
  }

  std::uint64_t runs_now() const { return done_now_; }

 private:
  std::uint64_t runs_in(std::uint64_t chunk) const {
    return std::min(chunk_runs_, total_runs_ - chunk * chunk_runs_);
  }

  void work() {
    try {
      std::uint64_t open_below = first_chunk_;
      for (std::uint64_t run = next_run_++; run < total_runs_ && !stopped_; run = next_run_++) {
        const std::uint64_t chunk = run / chunk_runs_;
        if (chunk >= open_below) {
          std::unique_lock lock(mutex_);
          changed_.wait(lock, [&] { return chunk < open_below_ || stopped_; });
          if (stopped_) return;
          open_below = open_below_;
        }
        run_one(chunk, run - chunk * chunk_runs_);
      }
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = std::current_exception();
      stopped_ = true;
      changed_.notify_all();
    }
  }

  void run_one(std::uint64_t chunk, std::uint64_t index) {
    Slot& slot = slots_[chunk % kWindow];
    const std::uint64_t policies = plan_.policies();
    const std::uint64_t unit = chunk * units_per_chunk_ + index / policies;
    const std::size_t size = plan_.result_size();
    plan_.run(static_cast<std::size_t>(index % policies),
              static_cast<std::uint32_t>(unit / plan_.replicates()),
              static_cast<std::uint32_t>(unit % plan_.replicates()),
              std::span<double>(slot.results).subspan(index * size, size));
    if (++slot.done == runs_in(chunk)) {
      std::lock_guard lock(mutex_);
      changed_.notify_all();
    }
    const std::uint64_t done = ++done_now_;
    if (options_.progress) options_.progress(done, remaining_runs_);
  }

  // Runs the next runs the window holds open until `chunk` is complete, then waits for the
  // workers' last ones. It never takes a run beyond the window: that run would wait for the
  // commit this thread is about to make.
  void help_until_done(std::uint64_t chunk) {
    Slot& slot = slots_[chunk % kWindow];
    const std::uint64_t runs = runs_in(chunk);
    const std::uint64_t window_end = std::min(total_runs_, (chunk + kWindow) * chunk_runs_);
    while (slot.done < runs && !stopped_) {
      std::uint64_t run = next_run_.load();
      if (run < window_end) {
        if (next_run_.compare_exchange_weak(run, run + 1)) {
          run_one(run / chunk_runs_, run % chunk_runs_);
        }
        continue;
      }
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return slot.done == runs || stopped_; });
    }
  }

  // Completes the chunk, adds its runs to the aggregates in run order and commits both.
  void commit(std::uint64_t chunk) {
    Slot& slot = slots_[chunk % kWindow];
    const std::uint64_t runs = runs_in(chunk);
    help_until_done(chunk);
    if (stopped_) return;
    const std::size_t size = plan_.result_size();
    const std::size_t cells = plan_.summary_cells();
    for (std::uint64_t i = 0; i < runs; ++i) {
      aggregates_[i % plan_.policies()].add(
          std::span<const double>(slot.results).subspan(i * size, cells));
    }
    store_.commit_chunk(chunk, chunk * units_per_chunk_,
                        std::span<const double>(slot.results).first(runs * size), plan_,
                        aggregates_);
    slot.done = 0;
    {
      std::lock_guard lock(mutex_);
      open_below_ = chunk + 1 + kWindow;
    }
    changed_.notify_all();
    if (options_.after_commit) options_.after_commit(chunk + 1 - first_chunk_);
  }

  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
  }

  const Plan& plan_;
  ResultsStore& store_;
  std::vector<PolicyAggregate>& aggregates_;
  const RunnerOptions& options_;
  const std::uint64_t units_per_chunk_;
  const std::uint64_t chunk_runs_;
  const std::uint64_t first_chunk_;
  const std::uint64_t total_runs_;
  const std::uint64_t remaining_runs_;  // when this session started
  Slot slots_[kWindow];

  std::mutex mutex_;
  std::condition_variable changed_;
  std::uint64_t open_below_;  // threads may fill chunks below this one
  std::atomic<bool> stopped_{false};
  std::exception_ptr error_;
  std::atomic<std::uint64_t> next_run_;
  std::atomic<std::uint64_t> done_now_{0};
};

}  // namespace

RunnerReport run_experiment(const Plan& plan, const fs::path& out_dir,
                            const RunnerOptions& options) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw UsageError("--out " + out_dir.string() + ": " + ec.message());
  const fs::path file = out_dir / "results.sqlite";
  const bool exists = fs::exists(file);
  if (exists && !options.resume) {
    throw UsageError(file.string() +
                     " exists: pass --resume to continue it, or choose another --out");
  }
  if (!exists) {
    ResultsStore::create(file, plan, options.program_version,
                         units_per_chunk(plan, options.chunk_runs));
  }
  ResultsStore store(file);
  if (exists) store.check_definition(plan, options.program_version);

  std::vector<PolicyAggregate> aggregates;
  for (std::size_t p = 0; p < plan.policies(); ++p) {
    aggregates.emplace_back(plan, p);
    if (const std::string state = store.aggregate_state(p); !state.empty()) {
      try {
        aggregates.back().restore(state);
      } catch (const std::runtime_error& error) {
        store.fail("aggregates",
                   std::string("expected the state this build writes: ") + error.what());
      }
    }
  }
  RunnerReport report;
  report.resumed = exists;
  report.chunks_before = store.committed_chunks();
  const std::uint64_t units = store.units_per_chunk();
  if (units > most_units_per_chunk(plan)) {
    store.fail("experiment.units_per_chunk",
               fmt::format("expected at most {} for this experiment, got {}",
                           most_units_per_chunk(plan), units));
  }
  ChunkRunner runner(plan, store, aggregates, units, report.chunks_before, options);
  report.chunks = report.chunks_before + runner.run();
  report.runs = plan.runs();
  report.runs_now = runner.runs_now();
  report.written.push_back(file);
  for (const fs::path& path : write_exports(plan, aggregates, store, out_dir)) {
    report.written.push_back(path);
  }
  return report;
}

}  // namespace umbrella::experiment
