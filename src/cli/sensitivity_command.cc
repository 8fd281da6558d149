// umbrella sensitivity DIR: Sobol' indices or Morris effects of an experiment's outcomes, from
// the per-sample means of one policy's runs (docs/experiments.md).
#include <fmt/core.h>

#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "core/limits.h"
#include "experiment/sensitivity.h"

namespace umbrella::cli {
namespace {

struct SensitivityCommandOptions {
  std::string dir;
  experiment::SensitivityRequest request;
  bool json = false;
};

int run_sensitivity(const SensitivityCommandOptions& options) {
  experiment::ResultsStore store(std::filesystem::path(options.dir) / "results.sqlite");
  const experiment::StoredExperiment stored = store.read();
  const sa::SensitivityReport report =
      experiment::experiment_sensitivity(store, stored, options.request);
  for (const std::string& output : report.constant) {
    fmt::print(stderr, "warning: {} is constant over the design; every index is 0\n", output);
  }
  if (options.json) {
    fmt::print("{}\n", report.json.dump(2));
  } else {
    fmt::print("{}: policy {}, means over {} replicates per sample\n\n{}", stored.name,
               options.request.policy, stored.replicates, report.text);
  }
  return 0;
}

}  // namespace

void add_sensitivity_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<SensitivityCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "sensitivity", "Sobol' indices or Morris effects of an experiment's outcomes");
  sub->add_option("dir", options->dir, "The experiment's output folder (holding results.sqlite)")
      ->required();
  sub->add_option("--method", options->request.method,
                  "sobol (a saltelli experiment) or morris (a morris experiment); default: the "
                  "one the design was sampled for")
      ->check(CLI::IsMember({"sobol", "morris"}));
  sub->add_option("--policy", options->request.policy, "The policy whose runs are analysed")
      ->capture_default_str();
  sub->add_flag("--json", options->json, "Print {OUTCOME: {index: {parameter: value}}} as JSON");
  sub->add_option("--resamples", options->request.resamples, "Bootstrap resamples (default 100)")
      ->check(CLI::Range(std::size_t{2}, limits::kMaxResamples));
  sub->add_option("--seed", options->request.seed,
                  "Seed of the bootstrap's random streams (default 0)");
  commands.push_back({sub, [options] { return run_sensitivity(*options); }});
}

}  // namespace umbrella::cli
