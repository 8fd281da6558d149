#pragma once
// A scenario compiled for one set of run options: the years checked, the chosen assumption views
// applied to the parameters, the levers merged (parameter steps, events, arsenal paths) and the
// uncertain numbers to draw listed. Simulation's constructor takes it and only assembles.
#include <vector>

#include "engine/run_options.h"
#include "model/parameters.h"
#include "scenario/scenario.h"

namespace umbrella {

// Parameter values that take effect from a year on (levers).
struct ParameterStep {
  int year = 0;
  ParamId param = ParamId::count;
  double lever_value = 0.0;
  double intensity = 1.0;
};

// An uncertain parameter drawn per replicate when sampling.
struct ParameterDraw {
  ParamId param = ParamId::count;
  Distribution distribution;
};

struct CompiledScenario {
  int start_year = 0;  // the scenario's start: every run simulates from here
  int first_year = 0;  // the first recorded year
  int last_year = 0;
  World world;                       // with the levers' arsenal paths merged in
  std::vector<Event> timeline;       // scenario and lever events, sorted by date
  Parameters base;                   // the scenario's values under the chosen assumption views
  std::vector<ParameterStep> steps;  // sorted by year
  std::vector<ParameterDraw> draws;  // empty unless sampling uncertainty
  std::vector<WorldUncertainty> world_draws;    // likewise
  std::vector<WorldUncertainty> world_numbers;  // every uncertain World number of the scenario
};

// Throws UsageError for years outside the scenario's, fewer than one replicate, an unknown
// assumption, view or lever, or a lever given twice with different intensities.
CompiledScenario compile_scenario(const Scenario& scenario, const RunOptions& options);

}  // namespace umbrella
