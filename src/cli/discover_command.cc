// umbrella discover DIR --outcome NAME: scenario discovery with PRIM. Which box of the
// uncertainties holds the samples where an outcome of interest happens (docs/experiments.md)?
#include <fmt/core.h>

#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "experiment/discovery.h"

namespace umbrella::cli {
namespace {

struct DiscoverCommandOptions {
  std::string dir;
  experiment::DiscoveryRequest request;
  bool json = false;
};

int run_discover(const DiscoverCommandOptions& options) {
  // A bad threshold is reported before a missing store.
  experiment::parse_threshold(options.request.threshold);
  experiment::ResultsStore store(std::filesystem::path(options.dir) / "results.sqlite");
  const experiment::StoredExperiment stored = store.read();
  const experiment::Discovery discovery = experiment::discover(store, stored, options.request);
  if (const auto warning = experiment::few_samples_warning(discovery)) {
    fmt::print(stderr, "{}\n", *warning);
  }
  if (options.json) {
    fmt::print("{}\n", experiment::to_json(discovery).dump(2));
  } else {
    fmt::print("{}", experiment::to_text(discovery));
  }
  return 0;
}

}  // namespace

void add_discover_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<DiscoverCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "discover", "Scenario discovery (PRIM): the box of uncertainties where an outcome happens");
  sub->add_option("dir", options->dir, "The experiment's output folder (holding results.sqlite)")
      ->required();
  sub->add_option("--outcome", options->request.outcome, "The outcome that defines the cases")
      ->required();
  sub->add_option("--policy", options->request.policy, "The policy whose runs are analysed")
      ->capture_default_str();
  sub->add_option("--against", options->request.against,
                  "Make a sample's value the policy's mean minus this policy's (paired runs)");
  sub->add_option("--threshold", options->request.threshold,
                  "The condition on a sample's mean over its replicates that makes it a case")
      ->capture_default_str();
  sub->add_option("--alpha", options->request.prim.alpha, "The share of the box each peel removes")
      ->capture_default_str();
  sub->add_option("--min-mass", options->request.prim.min_mass,
                  "Peeling stops before the box holds fewer than this share of the samples")
      ->capture_default_str();
  sub->add_option("--min-coverage", options->request.prim.min_coverage,
                  "The chosen box is the densest step covering at least this share of the cases")
      ->capture_default_str();
  sub->add_option("--step", options->request.prim.step,
                  "Choose this step of the trajectory instead");
  sub->add_flag("--paste", options->request.prim.paste,
                "Paste the chosen box out while density rises");
  sub->add_flag("--json", options->json, "Print the trajectory and the box as JSON");
  commands.push_back({sub, [options] { return run_discover(*options); }});
}

}  // namespace umbrella::cli
