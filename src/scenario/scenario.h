#pragma once
// A loaded scenario: the World at the start, the dated timeline, the parameters with their
// uncertainty and sources, the levers (policy options), the switchable assumptions and the
// uncertain numbers inside the World. Produced by load_scenario(); read by the engine.
#include <functional>
#include <string>
#include <vector>

#include "core/error.h"
#include "model/parameters.h"
#include "world/event.h"
#include "world/world.h"

namespace umbrella {

struct ParameterOverride {
  ParamId param = ParamId::count;
  double value = 0.0;
  SourceLocation where;  // the value in its file, for the checks made once every file is merged
};

// A named policy option. From `from_year` on, its parameter values replace the scenario's and
// its events and arsenal targets join the timeline. `--lever NAME=VALUE` sets an intensity in
// [0, 1]: parameters move that share of the way to the lever's values, act strengths scale by
// it, and arsenal targets move that share of the way from the baseline path. Structural changes
// (alliance posture) apply whenever the intensity is above zero.
struct Lever {
  std::string name;
  std::string description;
  std::string source;
  int from_year = 0;
  std::vector<ParameterOverride> set;
  std::vector<Event> events;
  std::vector<ArsenalPath> arsenal_paths;
  SourceLocation where;
};

// A point where the literature disagrees, with one named view per position. Each view is a set
// of parameter values; the scenario names its evidence-based default view.
struct AssumptionView {
  std::string name;
  std::string description;
  std::string source;
  std::vector<ParameterOverride> set;
};

struct Assumption {
  std::string name;
  std::string description;
  std::vector<AssumptionView> views;
  int default_view = 0;
  SourceLocation where;
};

// An uncertain number inside the World (a state's breakout time, say): its distribution and how
// to write a drawn value into a copy of the World.
struct WorldUncertainty {
  std::string path;  // e.g. states.KOR.breakout_years
  double value = 0.0;
  Distribution distribution;
  // The values the number may take (an experiment may give it a range of its own).
  double lowest = 0.0;
  double highest = 0.0;
  std::string source;
  std::function<void(World&, double)> apply;
};

// Parameter values with each assumption's chosen view applied over the scenario's values.
Parameters parameter_values(const std::array<ParamSpec, kParamCount>& parameters,
                            const std::vector<Assumption>& assumptions);

struct Scenario {
  std::string name;
  std::string description;
  std::vector<std::string> files;  // the file and every file it includes, in load order
  int start_year = 2025;
  int end_year = 2045;
  World world;
  std::vector<Event> timeline;  // sorted by date (stable for equal dates)
  std::array<ParamSpec, kParamCount> parameters;
  std::vector<Lever> levers;
  std::vector<Assumption> assumptions;
  std::vector<WorldUncertainty> uncertainties;

  Parameters parameter_values() const {
    return umbrella::parameter_values(parameters, assumptions);
  }
  const Lever* find_lever(const std::string& name) const;
  const Assumption* find_assumption(const std::string& name) const;
};

}  // namespace umbrella
