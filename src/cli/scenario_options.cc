#include "cli/scenario_options.h"

#include "scenario/loader.h"

namespace umbrella::cli {

void ScenarioOptions::add_to(CLI::App& app) {
  app.add_option("scenario", scenario_path, "Scenario file (YAML)")
      ->required()
      ->check(CLI::ExistingFile);
  app.add_option("--overlay", overlays, "Overlay applied on top of the scenario (repeatable)")
      ->check(CLI::ExistingFile);
  app.add_option("--from", run.from_year, "First year recorded (default: the scenario's start)");
  app.add_option("--to", run.to_year, "Last year simulated (default: the scenario's end)");
  app.add_option("--seed", run.seed, "Seed of the random streams")->capture_default_str();
  app.add_option("--lever", levers, "Pull a lever: NAME or NAME=INTENSITY in [0, 1] (repeatable)");
  app.add_option("--assume", assumptions, "Choose a view of an assumption: NAME=VIEW (repeatable)");
}

Scenario ScenarioOptions::load() const {
  return load_scenario(scenario_path, overlays);
}

RunOptions ScenarioOptions::resolve() const {
  RunOptions out = run;
  out.levers.clear();
  out.assumptions.clear();
  for (const std::string& text : levers) out.levers.push_back(parse_lever_setting(text));
  for (const std::string& text : assumptions)
    out.assumptions.push_back(parse_assumption_choice(text));
  return out;
}

}  // namespace umbrella::cli
