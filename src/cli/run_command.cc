// umbrella run SCENARIO: an ensemble of replicates, a short table on stdout, and the output
// contract (docs/outputs.md) under --out.
#include <fmt/core.h>

#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "cli/lever_comparison.h"
#include "cli/progress.h"
#include "cli/scenario_options.h"
#include "cli/summary_table.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/limits.h"
#include "engine/ensemble.h"
#include "engine/summary_io.h"

namespace umbrella::cli {
namespace {

struct RunCommandOptions {
  ScenarioOptions scenario;
  std::string out_dir;
  std::string format = "json";
  int milestone = 2035;
  bool milestone_given = false;
  bool quiet = false;
  bool compare_levers = false;
};

void write_and_report(const std::filesystem::path& dir, const std::string& format,
                      const Summary& summary) {
  fmt::print("wrote {}\n", write_summary(dir, format, summary).string());
}

// The summary names the files it came from, so that `umbrella report` can reload the scenario.
Summary run_one(const RunCommandOptions& options, const Scenario& scenario,
                const RunOptions& run_options, const std::string& label) {
  const Simulation simulation(scenario, run_options);
  Progress progress(label, run_options.replicates, !options.quiet);
  Summary summary = run_ensemble(simulation, scenario.name,
                                 [&progress](int done, int) { progress.update(done); });
  summary.set_sources(options.scenario.scenario_path, options.scenario.overlays);
  return summary;
}

// The baseline, then each of the scenario's levers alone, with the same seed: paired runs.
int compare_levers(const RunCommandOptions& options, const Scenario& scenario,
                   const RunOptions& base_options) {
  std::vector<LeverRun> runs;
  runs.push_back({"", run_one(options, scenario, base_options, "baseline")});
  for (const Lever& lever : scenario.levers) {
    RunOptions with_lever = base_options;
    with_lever.levers.push_back({lever.name, 1.0});
    runs.push_back({lever.name, run_one(options, scenario, with_lever, lever.name)});
  }
  fmt::print("{}\n", format_summary_table(runs.front().summary, options.milestone));
  fmt::print("{}", format_lever_comparison(runs, options.milestone));
  if (!options.out_dir.empty()) {
    fmt::print("\n");
    for (const LeverRun& run : runs) {
      write_and_report(
          std::filesystem::path(options.out_dir) / (run.lever.empty() ? "baseline" : run.lever),
          options.format, run.summary);
    }
  }
  return 0;
}

int run(const RunCommandOptions& options) {
  const RunOptions run_options = options.scenario.resolve();
  const Scenario scenario = options.scenario.load();
  const int first = run_options.from_year != 0 ? run_options.from_year : scenario.start_year;
  const int last = run_options.to_year != 0 ? run_options.to_year : scenario.end_year;
  if (options.milestone_given && (options.milestone < first || options.milestone > last)) {
    throw UsageError(
        fmt::format("--milestone {}: the run covers {} to {}", options.milestone, first, last));
  }
  if (options.compare_levers) return compare_levers(options, scenario, run_options);
  const Summary summary = run_one(options, scenario, run_options, "replicates");
  fmt::print("{}", format_summary_table(summary, options.milestone));
  if (!options.out_dir.empty()) {
    fmt::print("\n");
    write_and_report(options.out_dir, options.format, summary);
  }
  return 0;
}

}  // namespace

void add_run_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<RunCommandOptions>();
  CLI::App* sub = app.add_subcommand("run", "Simulate a scenario: an ensemble of replicates");
  options->scenario.add_to(*sub);
  sub->add_option("--replicates", options->scenario.run.replicates, "Number of replicates")
      ->capture_default_str()
      ->check(CLI::Range(1, limits::kMaxReplicates));
  sub->add_option("--threads", options->scenario.run.threads, "Worker threads")
      ->capture_default_str()
      ->check(CLI::Range(1, limits::kMaxThreads));
  sub->add_flag("--sample-uncertainty", options->scenario.run.sample_uncertainty,
                "Draw every uncertain number (parameters and world) per replicate");
  sub->add_option("--out", options->out_dir, "Directory for the outputs (docs/outputs.md)");
  sub->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"json", "csv"}))
      ->capture_default_str();
  CLI::Option* milestone =
      sub->add_option("--milestone", options->milestone, "Year shown in the middle of the table")
          ->capture_default_str();
  sub->add_flag("--quiet", options->quiet, "No progress on stderr");
  sub->add_flag("--compare-levers", options->compare_levers,
                "Also run each of the scenario's levers alone and compare with the baseline "
                "(outputs in DIR/baseline/, DIR/LEVER/)");
  commands.push_back({sub, [options, milestone] {
                        options->milestone_given = milestone->count() > 0;
                        return run(*options);
                      }});
}

}  // namespace umbrella::cli
