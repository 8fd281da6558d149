#pragma once
// What the report tells about the scenario behind the results, reloaded from the files the run
// names: every parameter with its value, range and source; the contested assumptions and the
// view in force; the levers the policies pulled; what the scenario changed against its baseline
// file (overlays, views chosen on the command line); and the story of a representative replicate.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/summary.h"

namespace umbrella::report {

struct ParameterRow {
  std::string name;
  std::string meaning;
  double value = 0.0;        // in force in the run (the chosen assumption views applied)
  std::string distribution;  // "fixed", "uniform", ...
  double lower = 0.0, upper = 0.0;
  std::string source;
  bool changed = false;  // differs from the baseline file with its default views
  double baseline_value = 0.0;
  std::string set_by;  // "assumption=view" when a view sets it
};

struct AssumptionRow {
  std::string name;
  std::string description;
  std::string view;
  std::string view_description;
  std::string source;
  bool chosen = false;  // chosen on the command line rather than the scenario's default
};

struct LeverRow {
  std::string name;
  std::string description;
  std::string source;
  int from_year = 0;
  std::vector<std::pair<std::string, double>> parameters;  // scenario name, value
  int events = 0;
};

struct EventRow {
  std::string date;
  std::string topic;
  std::string text;
};

struct ScenarioFacts {
  std::string name;
  std::string description;
  std::vector<std::string> files;  // file names (no folders), the baseline file first
  std::vector<ParameterRow> parameters;
  std::vector<AssumptionRow> assumptions;
  std::vector<LeverRow> levers;        // those pulled by the report's policies
  std::vector<EventRow> added_events;  // by the overlays
  std::uint32_t narrative_replicate = 0;
  std::string narrative;  // of that replicate of `reference`
};

// Loads the scenario (`path` with `overlays`) and its baseline (`path` alone), and runs the
// candidates for the representative replicate of `reference`. `levers` are the policies'
// "name=intensity" settings. Throws InputError or UsageError when the files do not fit.
ScenarioFacts scenario_facts(const std::string& path, const std::vector<std::string>& overlays,
                             const Summary& reference, const std::vector<std::string>& levers);

}  // namespace umbrella::report
