// umbrella validate FILE: loads a scenario with everything it includes and reports the first
// error with its location, or a one-line description of what the file holds.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.h"
#include "model/parameters.h"
#include "scenario/loader.h"

namespace umbrella::cli {
namespace {

struct ValidateOptions {
  std::string path;
  std::vector<std::string> overlays;
  bool list_parameters = false;
};

void print_parameters() {
  fmt::print("{:<45} {:>8} {:>8}  {}\n", "parameter", "lowest", "highest", "meaning");
  for (std::size_t i = 0; i < kParamCount; ++i) {
    const ParamInfo& p = info(static_cast<ParamId>(i));
    fmt::print("{:<45} {:>8} {:>8}  {}\n", p.name, p.lowest, p.highest, p.doc);
  }
}

int validate(const ValidateOptions& options) {
  if (options.list_parameters) {
    print_parameters();
    return 0;
  }
  if (options.path.empty()) {
    fmt::print(stderr, "error: validate needs a FILE (or --list-parameters)\n");
    return 2;
  }
  const Scenario scenario = load_scenario(options.path, options.overlays);
  fmt::print(
      "{}: ok: scenario '{}', {}-{}, {} states, {} alliances, {} rivalries, {} flashpoints, "
      "{} treaties, {} events, {} levers, {} assumptions, {} uncertain world numbers "
      "({} files)\n",
      options.path, scenario.name, scenario.start_year, scenario.end_year,
      scenario.world.states.size(), scenario.world.alliances.size(),
      scenario.world.rivalries.size(), scenario.world.flashpoints.size(),
      scenario.world.treaties.size(), scenario.timeline.size(), scenario.levers.size(),
      scenario.assumptions.size(), scenario.uncertainties.size(), scenario.files.size());
  return 0;
}

}  // namespace

void add_validate_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* sub =
      app.add_subcommand("validate", "Check a scenario file and everything it includes");
  sub->add_option("file", options->path, "Scenario file (YAML)")->check(CLI::ExistingFile);
  sub->add_option("--overlay", options->overlays, "Overlay applied on top (repeatable)")
      ->check(CLI::ExistingFile);
  sub->add_flag("--list-parameters", options->list_parameters,
                "List every model parameter with its valid domain");
  commands.push_back({sub, [options] { return validate(*options); }});
}

}  // namespace umbrella::cli
