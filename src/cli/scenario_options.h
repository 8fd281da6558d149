#pragma once
// Options every scenario-running command shares (run, explain): the scenario and its overlays,
// the years, the seed, levers and assumption views.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "engine/run_options.h"
#include "scenario/scenario.h"

namespace umbrella::cli {

struct ScenarioOptions {
  std::string scenario_path;
  std::vector<std::string> overlays;
  std::vector<std::string> levers;
  std::vector<std::string> assumptions;
  RunOptions run;

  void add_to(CLI::App& app);
  Scenario load() const;
  // The run options with levers and assumptions parsed; throws UsageError.
  RunOptions resolve() const;
};

}  // namespace umbrella::cli
