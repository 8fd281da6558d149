// umbrella compare DIR: each policy of a finished (or interrupted) experiment against the
// baseline, on paired replicates (docs/experiments.md).
#include <fmt/core.h>

#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "experiment/paired_comparison.h"

namespace umbrella::cli {
namespace {

struct CompareCommandOptions {
  std::string dir;
  std::string baseline = experiment::kBaselinePolicy;
  std::vector<std::string> policies;
  std::vector<std::string> outcomes;
  bool wide = false;
  bool json = false;
};

int run_compare(const CompareCommandOptions& options) {
  experiment::ResultsStore store(std::filesystem::path(options.dir) / "results.sqlite");
  const experiment::StoredExperiment stored = store.read();
  if (stored.committed_chunks < stored.chunks) {
    fmt::print(stderr,
               "warning: the experiment is not finished ({} of {} chunks); comparing the runs "
               "committed so far\n",
               stored.committed_chunks, stored.chunks);
  }
  const experiment::Comparison comparison =
      experiment::select(experiment::compare_policies(store, stored, options.baseline),
                         options.policies, options.outcomes);
  if (options.json) {
    fmt::print("{}\n", experiment::to_json(comparison).dump(2));
  } else {
    fmt::print("{}", experiment::to_table(comparison, options.wide));
  }
  return 0;
}

}  // namespace

void add_compare_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<CompareCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "compare", "Each policy of an experiment against the baseline, on paired replicates");
  sub->add_option("dir", options->dir, "The experiment's output folder (holding results.sqlite)")
      ->required();
  sub->add_option("--baseline", options->baseline, "The policy compared against")
      ->capture_default_str();
  sub->add_option("--policy", options->policies, "Show only this policy (repeatable)");
  sub->add_option("--outcome", options->outcomes,
                  "Show only outcomes whose name contains this text (repeatable)");
  sub->add_flag("--wide", options->wide,
                "One row per outcome, one column per policy (difference and interval)");
  sub->add_flag("--json", options->json, "Print JSON instead of a table");
  commands.push_back({sub, [options] { return run_compare(*options); }});
}

}  // namespace umbrella::cli
