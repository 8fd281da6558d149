// umbrella sample --method mc|lhs|saltelli|morris --params FILE -n N [--seed S] [--levels P]
// [--out FILE]: writes an experimental design as CSV, as SALib's `sample` command does, for any
// model to run.
#include <fmt/core.h>

#include <bit>
#include <cstdint>
#include <memory>
#include <string>

#include "analysis/samplers.h"
#include "cli/commands.h"
#include "core/atomic_file.h"
#include "core/error.h"

namespace umbrella::cli {
namespace {

struct SampleCommandOptions {
  std::string method;
  std::string params;
  std::size_t n = 0;
  std::uint64_t seed = 0;
  int levels = 4;
  std::string out;
  CLI::Option* levels_option = nullptr;
};

int run_sample(const SampleCommandOptions& options) {
  const sa::SampleMethod method = sa::parse_sample_method(options.method);
  if (options.levels_option->count() > 0 && method != sa::SampleMethod::morris) {
    throw UsageError("--levels applies to --method morris only");
  }
  const sa::Problem problem = sa::read_problem(options.params);
  if (method == sa::SampleMethod::saltelli && !std::has_single_bit(options.n)) {
    // As SALib warns: the Sobol' base balances only over blocks of 2^m points.
    fmt::print(stderr,
               "warning: -n {} is not a power of 2; Sobol' points are evenly spread only in "
               "blocks of a power of 2\n",
               options.n);
  }
  const sa::Table design =
      sa::sample(problem, method, {.n = options.n, .seed = options.seed, .levels = options.levels});
  const std::string csv = sa::format_table(design);
  if (options.out.empty()) {
    fmt::print("{}", csv);
  } else {
    write_file_atomically(options.out, csv);
  }
  return 0;
}

}  // namespace

void add_sample_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<SampleCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "sample", "Write a sensitivity-analysis design as CSV (SALib's samplers, for any model)");
  sub->add_option("--method", options->method,
                  "mc: Monte Carlo; lhs: Latin hypercube; saltelli: Sobol' indices' cross design "
                  "of N(D+2) rows; morris: r trajectories of D+1 rows")
      ->required()
      ->check(CLI::IsMember({"mc", "lhs", "saltelli", "morris"}));
  sub->add_option("--params", options->params,
                  "Parameters: `name lower upper` per line (SALib's format), or YAML (.yaml)")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("-n", options->n,
                  "Points (mc, lhs), base points N (saltelli; a power of 2), trajectories r "
                  "(morris)")
      ->required()
      ->check(CLI::PositiveNumber);
  sub->add_option("--seed", options->seed, "Seed of the design's random streams (default 0)");
  options->levels_option =
      sub->add_option("--levels", options->levels, "Morris grid levels p, even (default 4)");
  sub->add_option("--out", options->out, "Write the CSV here (atomically) instead of stdout");
  commands.push_back({sub, [options] { return run_sample(*options); }});
}

}  // namespace umbrella::cli
