#include "experiment/runner.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <ctime>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

#include "core/error.h"
#include "core/limits.h"
#include "core/worker_pool.h"
#include "experiment/exports.h"
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
// A small experiment still gets several chunks: only the last chunk's commit runs while no
// simulation does, so one big chunk would leave the other threads idle for a whole commit.
constexpr std::uint64_t kFewestChunks = 8;
constexpr std::uint64_t kSmallestChunkRuns = 512;

// The chunks being filled hold every run's results within limits::kMaxChunkNumbers (the limit on
// outcomes leaves room for one unit).
std::uint64_t most_units_per_chunk(const Plan& plan) {
  const std::uint64_t unit_numbers = kWindow * plan.policies() * plan.result_size();
  return std::max<std::uint64_t>(1, limits::kMaxChunkNumbers / unit_numbers);
}

// A unit is one (sample, replicate) pair, run under every policy; chunks hold whole units so
// that the runs a paired comparison needs are committed together.
std::uint64_t units_per_chunk(const Plan& plan, std::uint64_t chunk_runs) {
  const std::uint64_t policies = plan.policies();
  const std::uint64_t units = static_cast<std::uint64_t>(plan.samples()) * plan.replicates();
  const std::uint64_t most_units = most_units_per_chunk(plan);
  if (chunk_runs > 0) {
    const std::uint64_t wanted = std::max<std::uint64_t>(1, chunk_runs / policies);
    if (wanted > most_units) {
      throw UsageError(
          "chunk-runs",
          fmt::format("expected at most {} runs per chunk for this experiment (each run holds "
                      "{} numbers, at most {} for the chunks in memory), got {}",
                      most_units * policies, plan.result_size(), limits::kMaxChunkNumbers,
                      chunk_runs));
    }
    return std::min(wanted, std::max<std::uint64_t>(1, units));
  }
  const std::uint64_t runs =
      std::clamp(plan.runs() / kFewestChunks, kSmallestChunkRuns, kDefaultChunkRuns);
  // Few chunks for a huge experiment: each commit rewrites every policy's aggregate state.
  // Never more units than the experiment has: resuming checks that the chunks fit it.
  return std::min({most_units, std::max<std::uint64_t>(1, units),
                   std::max({std::uint64_t{1}, (runs + policies - 1) / policies,
                             (units + kMostChunks - 1) / kMostChunks})});
}

// The chunks of an experiment and which of them this rank computes: chunk c belongs to rank
// c % ranks. A rank's own chunks are numbered in order by their ordinal k.
struct Chunking {
  std::uint64_t units_per_chunk = 0;
  std::uint64_t chunk_runs = 0;
  std::uint64_t total_runs = 0;
  std::uint64_t first_chunk = 0;  // the first chunk not committed yet
  std::uint64_t chunks = 0;
  std::uint64_t rank = 0;
  std::uint64_t ranks = 1;

  std::uint64_t runs_in(std::uint64_t chunk) const {
    return std::min(chunk_runs, total_runs - chunk * chunk_runs);
  }
  bool owns(std::uint64_t chunk) const { return chunk % ranks == rank; }
  // The chunk of this rank's ordinal k.
  std::uint64_t chunk_of(std::uint64_t k) const {
    const std::uint64_t first_owned = first_chunk + (rank + ranks - first_chunk % ranks) % ranks;
    return first_owned + k * ranks;
  }
};

// Computes this rank's chunks on a pool of threads and hands over every chunk in order: its own
// once complete, the others' (on rank 0) as they arrive. The pool's tasks are this rank's runs,
// numbered in chunk order, and each chunk is delivered with its last run.
class ChunkRunner {
 public:
  // Rank 0 delivers every chunk from the first not committed; the other ranks their own.
  using Deliver = std::function<void(std::uint64_t chunk, std::span<const double> results)>;
  // Rank 0 only: fills the results of a chunk another rank computed.
  using Fetch = std::function<void(std::uint64_t chunk, std::span<double> results)>;

  ChunkRunner(const Plan& plan, const Chunking& chunking, const RunnerOptions& options)
      : plan_(plan), chunking_(chunking), options_(options) {
    for (std::vector<double>& slot : slots_) {
      slot.resize(chunking_.chunk_runs * plan.result_size());
    }
    for (std::uint64_t c = chunking_.first_chunk; c < chunking_.chunks; ++c) {
      remaining_runs_ += chunking_.runs_in(c);
      if (chunking_.owns(c)) own_runs_ += chunking_.runs_in(c);
    }
  }

  // Returns the chunks delivered.
  std::uint64_t run(const Deliver& deliver, const Fetch& fetch) {
    std::uint64_t delivered = 0;
    std::uint64_t next_chunk = chunking_.first_chunk;
    // The other ranks' chunks before `end`, in order (rank 0 only).
    const auto deliver_others = [&](std::uint64_t end) {
      for (; next_chunk < end; ++next_chunk) {
        if (chunking_.owns(next_chunk) || !fetch) continue;
        received_.resize(chunking_.runs_in(next_chunk) * plan_.result_size());
        fetch(next_chunk, received_);
        report_runs(chunking_.runs_in(next_chunk));
        deliver(next_chunk, received_);
        ++delivered;
      }
    };
    // A run of ordinal k + kWindow may start once ordinal k is delivered, so that it finds its
    // slot free: the runs of the next chunk go on while one thread commits the last.
    const std::uint64_t window = (kWindow - 1) * chunking_.chunk_runs + 1;
    WorkerPool(options_.threads)
        .run_in_order(
            own_runs_, window, [this](std::uint64_t local, int) { run_one(local); },
            [&](std::uint64_t local) {
              const std::uint64_t k = local / chunking_.chunk_runs;
              const std::uint64_t chunk = chunking_.chunk_of(k);
              if (local % chunking_.chunk_runs + 1 < chunking_.runs_in(chunk)) return;
              deliver_others(chunk);
              deliver(chunk, std::span<const double>(slots_[k % kWindow])
                                 .first(chunking_.runs_in(chunk) * plan_.result_size()));
              ++next_chunk;
              ++delivered;
            });
    deliver_others(chunking_.chunks);
    return delivered;
  }

  std::uint64_t runs_now() const { return done_now_; }

 private:
  // This rank's run number `local`: index local % chunk_runs of its ordinal local / chunk_runs.
  void run_one(std::uint64_t local) {
    const std::uint64_t k = local / chunking_.chunk_runs;
    const std::uint64_t index = local % chunking_.chunk_runs;
    const std::uint64_t chunk = chunking_.chunk_of(k);
    const std::uint64_t policies = plan_.policies();
    const std::uint64_t unit = chunk * chunking_.units_per_chunk + index / policies;
    const std::size_t size = plan_.result_size();
    plan_.run(static_cast<std::size_t>(index % policies),
              static_cast<std::uint32_t>(unit / plan_.replicates()),
              static_cast<std::uint32_t>(unit % plan_.replicates()),
              std::span<double>(slots_[k % kWindow]).subspan(index * size, size));
    report_runs(1);
  }

  void report_runs(std::uint64_t runs) {
    const std::uint64_t done = done_now_ += runs;
    if (options_.progress) options_.progress(done, remaining_runs_);
  }

  const Plan& plan_;
  const Chunking chunking_;
  const RunnerOptions& options_;
  std::uint64_t remaining_runs_ = 0;    // when this session started, on every rank
  std::uint64_t own_runs_ = 0;          // of them, this rank's
  std::vector<double> slots_[kWindow];  // ordinal k's results in slot k % kWindow
  std::vector<double> received_;
  std::atomic<std::uint64_t> done_now_{0};
};

// The definition every rank must share: the experiment's text, its scenarios' texts and the
// seed and replicates the command line may override.
std::string definition_of(const Plan& plan) {
  const Experiment& e = plan.experiment();
  std::string text = e.text + '\0' + std::to_string(e.seed) + '\0' + std::to_string(e.replicates);
  for (const std::string& scenario : scenario_texts(plan.experiment())) {
    text += '\0' + std::to_string(scenario.size()) + '\0' + scenario;
  }
  return text;
}

// Held while an experiment writes into its folder: a second one is refused, told who holds the
// lock, instead of both failing later with SQLite's "database is locked". The lock file says
// who holds it; the kernel drops the lock when the holder exits, however it ends.
class FolderLock {
 public:
  explicit FolderLock(const fs::path& out_dir) {
    const fs::path file = out_dir / "results.sqlite.lock";
    fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) throw FileError(file.string(), "cannot open the lock file", errno);
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      const int error = errno;
      std::string holder(200, '\0');
      const ssize_t got = ::pread(fd_, holder.data(), holder.size(), 0);
      holder.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
      while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\0')) holder.pop_back();
      ::close(fd_);
      if (error != EWOULDBLOCK) throw FileError(file.string(), "cannot lock the file", error);
      throw UsageError(fmt::format(
          "{} {}: another experiment is writing there ({}); wait for it to end, or choose "
          "another {}",
          mention("out"), out_dir.string(), holder.empty() ? "holder unknown" : holder,
          mention("out")));
    }
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    char started[32] = {};
    std::strftime(started, sizeof started, "%Y-%m-%d %H:%M:%S UTC", &utc);
    const std::string who = fmt::format("pid {} on {}, started {}\n", ::getpid(), host, started);
    // Who holds the lock is told on a best effort: the lock itself is what counts.
    if (::ftruncate(fd_, 0) == 0 && ::pwrite(fd_, who.data(), who.size(), 0) < 0) return;
  }
  ~FolderLock() { ::close(fd_); }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_ = -1;
};

// Rank 0's part before the runs: the store created or reopened, the aggregates restored.
struct Opened {
  std::unique_ptr<FolderLock> lock;
  std::optional<ResultsStore> store;
  std::vector<PolicyAggregate> aggregates;
  bool resumed = false;
};

void open_store(const Plan& plan, const fs::path& out_dir, const RunnerOptions& options,
                Opened& opened) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw UsageError(mention("out") + " " + out_dir.string() + ": " + ec.message());
  opened.lock = std::make_unique<FolderLock>(out_dir);
  check_export_targets(plan, out_dir);
  const fs::path file = out_dir / "results.sqlite";
  opened.resumed = fs::exists(file);
  if (opened.resumed && !options.resume) {
    throw UsageError(file.string() + " exists: pass " + mention("resume") +
                     " to continue it, or choose another " + mention("out"));
  }
  if (!opened.resumed) {
    ResultsStore::create(file, plan, options.program_version,
                         units_per_chunk(plan, options.chunk_runs));
  }
  opened.store.emplace(file);
  if (opened.resumed) {
    opened.store->check_definition(plan, options.program_version);
    const std::uint64_t units = opened.store->units_per_chunk();
    if (units > most_units_per_chunk(plan)) {
      opened.store->fail("experiment.units_per_chunk",
                         fmt::format("expected at most {} for this experiment, got {}",
                                     most_units_per_chunk(plan), units));
    }
  }
  for (std::size_t p = 0; p < plan.policies(); ++p) {
    opened.aggregates.emplace_back(plan, p);
    opened.store->restore_aggregate(p, opened.aggregates.back());
  }
}

// Every rank must run the experiment rank 0 runs.
void check_same_definition(const Plan& plan, Ranks* ranks) {
  if (ranks == nullptr) return;
  const std::string ours = definition_of(plan);
  std::exception_ptr differs;
  if (ranks->broadcast(ours) != ours) {
    differs = std::make_exception_ptr(UsageError(
        "rank " + std::to_string(ranks->rank()) +
        " read other experiment or scenario files than rank 0: every rank must read the same "
        "files (a folder all nodes share)"));
  }
  agree(ranks, differs);
}

}  // namespace

RunnerReport run_experiment(const Plan& plan, const fs::path& out_dir,
                            const RunnerOptions& options) {
  Ranks* ranks = options.ranks;
  const bool rank_zero = ranks == nullptr || ranks->rank() == 0;
  check_same_definition(plan, ranks);
  Opened opened;
  RankStart start;
  if (rank_zero) {
    std::exception_ptr failure;
    try {
      open_store(plan, out_dir, options, opened);
      start = {opened.store->committed_chunks(), opened.store->units_per_chunk()};
    } catch (...) {
      failure = std::current_exception();
    }
    agree(ranks, failure);
  } else {
    agree(ranks, nullptr);
  }
  if (ranks != nullptr) start = ranks->share(start);

  Chunking chunking;
  chunking.units_per_chunk = start.units_per_chunk;
  chunking.chunk_runs = start.units_per_chunk * plan.policies();
  chunking.total_runs = plan.runs();
  chunking.first_chunk = start.first_chunk;
  chunking.chunks = (chunking.total_runs + chunking.chunk_runs - 1) / chunking.chunk_runs;
  if (ranks != nullptr) {
    chunking.rank = static_cast<std::uint64_t>(ranks->rank());
    chunking.ranks = static_cast<std::uint64_t>(ranks->size());
  }
  ChunkRunner runner(plan, chunking, options);
  RunnerReport report;
  report.resumed = opened.resumed;
  report.chunks_before = start.first_chunk;
  report.runs = plan.runs();
  // Adds the chunk's runs to the aggregates in run order and commits both.
  const auto commit = [&](std::uint64_t chunk, std::span<const double> results) {
    const std::size_t size = plan.result_size();
    const std::size_t cells = plan.summary_cells();
    const std::uint64_t runs = results.size() / size;
    for (std::uint64_t i = 0; i < runs; ++i) {
      opened.aggregates[i % plan.policies()].add(results.subspan(i * size, cells));
    }
    opened.store->commit_chunk(chunk, chunk * chunking.units_per_chunk, results, plan,
                               opened.aggregates);
    if (options.after_commit) options.after_commit(chunk + 1 - chunking.first_chunk);
  };
  const auto send = [&](std::uint64_t chunk, std::span<const double> results) {
    ranks->send_chunk(chunk, results);
  };
  const auto receive = [&](std::uint64_t chunk, std::span<double> results) {
    ranks->receive_chunk(chunk, static_cast<int>(chunk % chunking.ranks), results);
  };
  try {
    if (rank_zero) {
      report.chunks = report.chunks_before +
                      runner.run(commit, ranks != nullptr ? ChunkRunner::Fetch(receive) : nullptr);
    } else {
      report.chunks = report.chunks_before + runner.run(send, nullptr);
    }
  } catch (...) {
    // The other ranks wait on this one's chunks or for its receipt of theirs.
    if (ranks != nullptr && ranks->size() > 1) ranks->abort(std::current_exception());
    throw;
  }
  report.runs_now = runner.runs_now();
  if (!rank_zero) return report;
  report.written.push_back(out_dir / "results.sqlite");
  for (const fs::path& path : write_exports(plan, opened.aggregates, out_dir / "results.sqlite",
                                            out_dir, options.threads)) {
    report.written.push_back(path);
  }
  return report;
}

}  // namespace umbrella::experiment
