// umbrella run SCENARIO: an ensemble of replicates, a short table on stdout, and the output
// contract (docs/outputs.md) under --out.
#include <fmt/core.h>

#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/scenario_options.h"
#include "cli/summary_table.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "engine/ensemble.h"
#include "engine/summary_io.h"

namespace umbrella::cli {
namespace {

struct RunCommandOptions {
  ScenarioOptions scenario;
  std::string out_dir;
  std::string format = "json";
  int milestone = 2035;
  bool quiet = false;
};

int run(const RunCommandOptions& options) {
  const RunOptions run_options = options.scenario.resolve();
  const Scenario scenario = options.scenario.load();
  const Simulation simulation(scenario, run_options);
  if (!options.out_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(options.out_dir, ec);
    if (ec) throw UsageError("--out " + options.out_dir + ": " + ec.message());
  }
  Summary summary;
  {
    Progress progress("replicates", run_options.replicates, !options.quiet);
    summary = run_ensemble(simulation, scenario.name,
                           [&progress](int done, int) { progress.update(done); });
  }
  fmt::print("{}", format_summary_table(summary, options.milestone));
  if (!options.out_dir.empty()) {
    const std::filesystem::path dir(options.out_dir);
    if (options.format == "json") {
      write_file_atomically(dir / "summary.json", summary_to_json(summary));
    } else {
      write_file_atomically(dir / "summary.csv", summary_to_csv(summary));
    }
    fmt::print("\nwrote {}\n", (dir / (options.format == "json" ? "summary.json" : "summary.csv")).string());
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
      ->check(CLI::Range(1, 10'000'000));
  sub->add_option("--threads", options->scenario.run.threads, "Worker threads")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  sub->add_flag("--sample-uncertainty", options->scenario.run.sample_uncertainty,
                "Draw every uncertain number (parameters and world) per replicate");
  sub->add_option("--out", options->out_dir, "Directory for the outputs (docs/outputs.md)");
  sub->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"json", "csv"}))
      ->capture_default_str();
  sub->add_option("--milestone", options->milestone, "Year shown in the middle of the table")
      ->capture_default_str();
  sub->add_flag("--quiet", options->quiet, "No progress on stderr");
  commands.push_back({sub, [options] { return run(*options); }});
}

}  // namespace umbrella::cli
