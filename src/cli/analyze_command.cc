// umbrella analyze --method sobol|morris --params FILE --design DESIGN.csv --outputs Y.csv
// [--json]: sensitivity indices for each output column of Y.csv, as SALib's `analyze` command
// computes them.
#include <fmt/core.h>

#include <cstdint>
#include <memory>
#include <string>

#include "analysis/design_csv.h"
#include "analysis/problem.h"
#include "analysis/sensitivity_report.h"
#include "cli/commands.h"
#include "core/error.h"
#include "core/limits.h"

namespace umbrella::cli {
namespace {

struct AnalyzeCommandOptions {
  std::string method;
  std::string params;
  std::string design;
  std::string outputs;
  bool json = false;
  int levels = 4;
  std::size_t resamples = 100;
  std::uint64_t seed = 0;
  CLI::Option* levels_option = nullptr;
};

int run_analyze(const AnalyzeCommandOptions& options) {
  const bool sobol = options.method == "sobol";
  if (options.levels_option->count() > 0 && sobol) {
    throw UsageError("--levels applies to --method morris only");
  }
  const sa::Problem problem = sa::read_problem(options.params);
  const sa::Table design = sa::read_design(options.design, problem);
  const sa::Table outputs = sa::read_table(options.outputs);
  sa::check_same_rows(outputs, design);
  const sa::SensitivityReport report = sa::sensitivity_report(problem, design, outputs,
                                                              {.sobol = sobol,
                                                               .levels = options.levels,
                                                               .resamples = options.resamples,
                                                               .seed = options.seed});
  for (const std::string& output : report.constant) {
    fmt::print(stderr, "warning: {} is constant over the design; every index is 0\n", output);
  }
  if (options.json) {
    fmt::print("{}\n", report.json.dump(2));
  } else {
    fmt::print("{}", report.text);
  }
  return 0;
}

}  // namespace

void add_analyze_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<AnalyzeCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "analyze", "Sensitivity indices of each output column for a design from `sample`");
  sub->add_option("--method", options->method,
                  "sobol: S1 and ST from a saltelli design; morris: mu, mu_star, sigma from a "
                  "morris design")
      ->required()
      ->check(CLI::IsMember({"sobol", "morris"}));
  sub->add_option("--params", options->params, "The parameter file the design was sampled from")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("--design", options->design, "The design, CSV with a header of parameter names")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("--outputs", options->outputs,
                  "Model outputs, CSV with a header of output names, one row per design row")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_flag("--json", options->json, "Print {OUTPUT: {index: {parameter: value}}} as JSON");
  options->levels_option = sub->add_option("--levels", options->levels,
                                           "Morris grid levels p the design was sampled with "
                                           "(default 4)");
  sub->add_option("--resamples", options->resamples, "Bootstrap resamples (default 100)")
      ->check(CLI::Range(std::size_t{2}, limits::kMaxResamples));
  sub->add_option("--seed", options->seed, "Seed of the bootstrap's random streams (default 0)");
  commands.push_back({sub, [options] { return run_analyze(*options); }});
}

}  // namespace umbrella::cli
