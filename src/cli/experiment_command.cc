// umbrella experiment FILE: runs an experiment file (docs/experiments.md) into a results store
// and its exports, on a pool of threads, resumable after a kill.
#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>

#include "cli/commands.h"
#include "cli/error_report.h"
#include "cli/progress.h"
#include "core/limits.h"
#include "distributed/launch.h"
#include "experiment/runner.h"

namespace umbrella::cli {
namespace {

struct ExperimentCommandOptions {
  std::string file;
  std::string out_dir;
  int threads = 1;
  bool resume = false;
  bool quiet = false;
  std::uint64_t chunk_runs = 0;
  std::uint64_t kill_after_chunks = 0;
  std::optional<std::uint64_t> seed;
  std::optional<std::uint32_t> replicates;
};

// What Ctrl-C prints before the process ends as it would without a handler: only
// async-signal-safe calls, on a message made before the runs start.
char interrupt_hint[1024];
std::size_t interrupt_hint_length = 0;

extern "C" void on_interrupt(int signal) {
  const ssize_t written = ::write(STDERR_FILENO, interrupt_hint, interrupt_hint_length);
  static_cast<void>(written);  // nothing can be done about a failed write here
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

void hint_resume_on_interrupt(const ExperimentCommandOptions& options, const std::string& out_dir) {
  const std::string hint = fmt::format(
      "\ninterrupted: the chunks committed so far are kept in {}/results.sqlite; continue with\n"
      "  umbrella experiment {} --out {} --resume\n",
      out_dir, options.file, out_dir);
  interrupt_hint_length = std::min(hint.size(), sizeof interrupt_hint);
  std::memcpy(interrupt_hint, hint.data(), interrupt_hint_length);
  std::signal(SIGINT, on_interrupt);
}

// Loads the experiment on every rank; when any rank fails, the first one that failed reports it.
std::unique_ptr<experiment::Plan> load_plan(const ExperimentCommandOptions& options,
                                            experiment::Ranks* ranks,
                                            experiment::Experiment& definition) {
  std::unique_ptr<experiment::Plan> plan;
  std::exception_ptr failure;
  try {
    definition = experiment::load_experiment(options.file);
    if (options.seed) definition.seed = *options.seed;
    if (options.replicates) definition.replicates = *options.replicates;
    plan = std::make_unique<experiment::Plan>(definition);
  } catch (...) {
    failure = std::current_exception();
  }
  experiment::agree(ranks, failure);
  return plan;
}

int run_experiment_file(const ExperimentCommandOptions& options) {
  const std::unique_ptr<experiment::Ranks> ranks = distributed::join_ranks();
  const bool rank_zero = ranks == nullptr || ranks->rank() == 0;
  try {
    experiment::Experiment definition;
    const std::unique_ptr<experiment::Plan> plan = load_plan(options, ranks.get(), definition);
    const std::string out_dir =
        options.out_dir.empty() ? "out/" + definition.name : options.out_dir;
    if (ranks == nullptr) hint_resume_on_interrupt(options, out_dir);
    if (rank_zero) {
      fmt::print("experiment {}: {} policies x {} samples x {} replicates = {} runs{}\n",
                 definition.name, plan->policies(), plan->samples(), plan->replicates(),
                 plan->runs(),
                 ranks != nullptr ? fmt::format(" on {} ranks", ranks->size()) : std::string());
    }

    // Made on the first report, when the runs left (fewer after a resume) are known.
    std::unique_ptr<Progress> progress;
    std::once_flag progress_made;
    experiment::RunnerOptions runner;
    runner.threads = options.threads;
    runner.resume = options.resume;
    runner.chunk_runs = options.chunk_runs;
    runner.program_version = UMBRELLA_VERSION;
    runner.ranks = ranks.get();
    if (rank_zero) {
      runner.progress = [&](std::uint64_t done, std::uint64_t total) {
        std::call_once(progress_made, [&] {
          progress = std::make_unique<Progress>("runs", static_cast<int>(total), !options.quiet);
        });
        progress->update(static_cast<int>(done));
      };
    }
    if (options.kill_after_chunks > 0) {
      // The kill-and-resume test's deterministic kill: the process dies as under kill -9, with
      // no chance to tidy up, right after a chosen commit.
      runner.after_commit = [&](std::uint64_t committed) {
        if (committed == options.kill_after_chunks) std::raise(SIGKILL);
      };
    }
    const experiment::RunnerReport report = experiment::run_experiment(*plan, out_dir, runner);
    progress.reset();
    if (!rank_zero) return 0;
    if (report.resumed) {
      fmt::print("resumed after {} of {} chunks\n", report.chunks_before, report.chunks);
    }
    fmt::print("{} runs in this session, {} chunks in all\n", report.runs_now, report.chunks);
    for (const auto& path : report.written) fmt::print("wrote {}\n", path.string());
    return 0;
  } catch (const experiment::StoppedByAnotherRank&) {
    return 2;  // the rank that failed says why
  } catch (const std::exception&) {
    // Said before the ranks finalise MPI: a rank that stopped quietly waits for this one there,
    // so mpirun cannot end the job before the reason is printed.
    if (ranks != nullptr) return report_error(std::current_exception());
    throw;
  }
}

}  // namespace

void add_experiment_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<ExperimentCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "experiment",
      "Run an experiment file: policies x samples x replicates, into a results store");
  sub->add_option("file", options->file, "Experiment file (YAML, docs/experiments.md)")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("--out", options->out_dir,
                  "Folder for results.sqlite and the exports (default: out/NAME)");
  sub->add_option("--threads", options->threads,
                  "Threads running simulations (the committing one included)")
      ->capture_default_str()
      ->check(CLI::Range(1, limits::kMaxThreads));
  sub->add_flag("--resume", options->resume,
                "Continue the results store in --out after an interruption");
  sub->add_option("--chunk-runs", options->chunk_runs,
                  "Runs committed per transaction in a new store (default: an eighth of the runs, "
                  "512 to 4096)")
      ->check(CLI::PositiveNumber);
  sub->add_option("--seed", options->seed, "Seed instead of the file's (kept in the store)");
  sub->add_option("--replicates", options->replicates,
                  "Replicates per sample instead of the file's (kept in the store)")
      ->check(CLI::Range(1, 1'000'000'000));
  sub->add_flag("--quiet", options->quiet, "No progress on stderr");
  // Listed in the help: CLI11 leaves an option hidden from it (group "") nameless in its errors.
  sub->add_option("--kill-after-chunks", options->kill_after_chunks,
                  "End as kill -9 would, right after the Nth commit (the kill-and-resume test)")
      ->group("For tests");
  commands.push_back({sub, [options] { return run_experiment_file(*options); }});
}

}  // namespace umbrella::cli
