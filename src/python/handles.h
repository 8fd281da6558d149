#pragma once
// What the module's Python objects hold: library objects, with what a front needs beside them (the
// files a scenario came from, the warnings of a game file).
#include <memory>
#include <string>
#include <vector>

#include "engine/simulation.h"
#include "engine/summary.h"
#include "game/game.h"
#include "python/arrays.h"
#include "scenario/overrides.h"
#include "scenario/scenario.h"

namespace umbrella::python {

struct LoadedScenario {
  Scenario scenario;
  std::string path;  // as given to load_scenario
  std::vector<std::string> overlays;
  ScenarioOverrides overrides;  // set by Simulation(parameters=, world=), loaded after overlays
};

// A Simulation of a loaded scenario, with the labels of its outcome columns.
struct SimulationHandle {
  SimulationHandle(std::shared_ptr<LoadedScenario> loaded, const RunOptions& options);

  std::shared_ptr<LoadedScenario> loaded;
  Simulation simulation;
  TableLabels labels;
};

// A Summary with the labels of its columns.
struct SummaryHandle {
  explicit SummaryHandle(Summary s);

  Summary summary;
  TableLabels labels;
};

struct LoadedGame {
  game::Game game;
  std::vector<std::string> warnings;
};

// Run options from the Python arguments: levers as {name: intensity} or ["name", "name=0.5"],
// assumptions as {name: view} or ["name=view"], each read by the library's own parsers.
std::vector<LeverSetting> lever_settings(const py::object& levers);
std::vector<AssumptionChoice> assumption_choices(const py::object& assumptions);

}  // namespace umbrella::python
