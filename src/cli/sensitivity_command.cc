// umbrella sensitivity DIR: Sobol' indices or Morris effects of an experiment's outcomes, from
// the per-sample means of one policy's runs (docs/experiments.md).
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "core/error.h"
#include "core/limits.h"
#include "core/text.h"
#include "experiment/experiment.h"
#include "experiment/sample_means.h"
#include "experiment/sensitivity_report.h"

namespace umbrella::cli {
namespace {

struct SensitivityCommandOptions {
  std::string dir;
  std::string method;
  std::string policy = experiment::kBaselinePolicy;
  bool json = false;
  std::size_t resamples = 100;
  std::uint64_t seed = 0;
};

// The estimator a design was sampled for, checked against the one asked for.
bool use_sobol(const std::string& method, sa::SampleMethod sampler) {
  const bool saltelli = sampler == sa::SampleMethod::saltelli;
  const bool morris = sampler == sa::SampleMethod::morris;
  const std::string wanted = method.empty() ? (morris ? "morris" : "sobol") : method;
  if ((wanted == "sobol" && !saltelli) || (wanted == "morris" && !morris)) {
    throw UsageError(fmt::format("{} indices need an experiment sampled with {}; this one used {}",
                                 wanted, wanted == "sobol" ? "saltelli" : "morris",
                                 sa::name(sampler)));
  }
  return wanted == "sobol";
}

int run_sensitivity(const SensitivityCommandOptions& options) {
  experiment::ResultsStore store(std::filesystem::path(options.dir) / "results.sqlite");
  const experiment::StoredExperiment stored = store.read();
  const bool sobol = use_sobol(options.method, stored.sampler);
  auto policy = std::find(stored.policies.begin(), stored.policies.end(), options.policy);
  if (policy == stored.policies.end()) {
    throw UsageError(fmt::format("--policy: no policy named '{}' (policies: {})", options.policy,
                                 join(stored.policies)));
  }
  const sa::Table means = experiment::sample_means(
      store, stored, static_cast<std::size_t>(policy - stored.policies.begin()));
  const sa::SensitivityReport report = sa::sensitivity_report(
      stored.uncertainties, stored.design, means,
      {.sobol = sobol, .levels = 4, .resamples = options.resamples, .seed = options.seed});
  for (const std::string& output : report.constant) {
    fmt::print(stderr, "warning: {} is constant over the design; every index is 0\n", output);
  }
  if (options.json) {
    fmt::print("{}\n", report.json.dump(2));
  } else {
    fmt::print("{}: policy {}, means over {} replicates per sample\n\n{}", stored.name,
               options.policy, stored.replicates, report.text);
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
  sub->add_option("--method", options->method,
                  "sobol (a saltelli experiment) or morris (a morris experiment); default: the "
                  "one the design was sampled for")
      ->check(CLI::IsMember({"sobol", "morris"}));
  sub->add_option("--policy", options->policy, "The policy whose runs are analysed")
      ->capture_default_str();
  sub->add_flag("--json", options->json, "Print {OUTCOME: {index: {parameter: value}}} as JSON");
  sub->add_option("--resamples", options->resamples, "Bootstrap resamples (default 100)")
      ->check(CLI::Range(std::size_t{2}, limits::kMaxResamples));
  sub->add_option("--seed", options->seed, "Seed of the bootstrap's random streams (default 0)");
  commands.push_back({sub, [options] { return run_sensitivity(*options); }});
}

}  // namespace umbrella::cli
