// umbrella explain SCENARIO --replicate K: one replicate told as a dated narrative.
#include <fmt/core.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "cli/commands.h"
#include "cli/scenario_options.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "engine/narrative.h"
#include "engine/simulation.h"

namespace umbrella::cli {
namespace {

struct ExplainOptions {
  ScenarioOptions scenario;
  std::uint32_t replicate = 0;
  std::string only;
  std::string out;
};

int explain(const ExplainOptions& options) {
  RunOptions run_options = options.scenario.resolve();
  run_options.replicates = 1;
  const Scenario scenario = options.scenario.load();
  const Simulation simulation(scenario, run_options);
  const auto& states = simulation.world().states;
  if (!options.only.empty() && std::none_of(states.begin(), states.end(), [&](const State& s) {
        return s.code == options.only;
      })) {
    throw UsageError("--only: no state '" + options.only + "' in the scenario");
  }
  std::vector<double> record(simulation.record_size());
  Trace trace;
  simulation.run_replicate(options.replicate, record, &trace);
  std::string text =
      fmt::format("{} | seed {} | replicate {}\n\n{}", scenario.name, run_options.seed,
                  options.replicate, format_narrative(trace, options.only));
  text += fmt::format("\nat the end of {}:\n", simulation.last_year());
  for (std::size_t s = 0; s < simulation.outcomes().size(); ++s) {
    const Series& series = simulation.outcomes()[s];
    const double value = record[simulation.cell(s, simulation.last_year())];
    if (series.name == "credibility" || series.name == "npt_strength" ||
        series.name == "nuclear_armed_states") {
      text += fmt::format("  {:<22} {:<6} {:.2f}\n", series.name, series.subject, value);
    }
  }
  if (options.out.empty()) {
    fmt::print("{}", text);
  } else {
    write_file_atomically(options.out, text);
    fmt::print("wrote {}\n", options.out);
  }
  return 0;
}

}  // namespace

void add_explain_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* sub = app.add_subcommand("explain", "Tell one replicate as a dated narrative");
  options->scenario.add_to(*sub);
  sub->add_option("--replicate", options->replicate, "Which replicate")->capture_default_str();
  sub->add_option("--only", options->only,
                  "Tell only the lines about this state (its code, e.g. KOR)");
  sub->add_option("--out", options->out, "Write the narrative to this file (atomically)");
  commands.push_back({sub, [options] { return explain(*options); }});
}

}  // namespace umbrella::cli
