#pragma once
// Parameter and World numbers set by a program rather than a file (the Python module's
// Simulation(parameters=..., world=...)): they are written as one more overlay and loaded by the
// scenario loader, so they are checked, merged and refused exactly as an overlay file setting
// them would be.
#include <string>
#include <vector>

#include "scenario/scenario.h"

namespace umbrella {

struct NumberSetting {
  std::string key;
  double value = 0.0;
};

struct ScenarioOverrides {
  // A parameter's name (crisis.eruption.doubt): its `value:` under `parameters:`. The range and
  // source stay, as they do when an overlay gives only a value.
  std::vector<NumberSetting> parameters;
  // SECTION.ID.FIELD, a number of an object the scenario defines: states.KOR.latency,
  // alliances.USA-JPN.credibility, rivalries.KOR-PRK.threat, flashpoints.CHN-TWN.eruption_rate.
  // FIELD may go deeper (states.KOR.arsenal.strategic.deployed), as the YAML nests.
  std::vector<NumberSetting> world;

  bool empty() const { return parameters.empty() && world.empty(); }
};

// The names the overrides' overlays have in Scenario::files.
inline constexpr const char* kParametersOverlay = "<parameters>";
inline constexpr const char* kWorldOverlay = "<world>";

// Loads `path` and `overlays`, then the overrides (parameters, then the World) as two more
// overlays. A bad override (an unknown key, a number outside its bounds, NaN, a value for a
// parameter an assumption view sets) throws UsageError about the option "parameters" or
// "world" ("parameters: FIELD: MESSAGE" in Python), with the loader's FIELD and MESSAGE; bad
// files throw InputError as ever.
Scenario load_scenario(const std::string& path, const std::vector<std::string>& overlays,
                       const ScenarioOverrides& overrides);

}  // namespace umbrella
