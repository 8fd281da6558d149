#pragma once
// Overlays that are not files: text a program makes (the Python module's parameter and World
// overrides), loaded exactly as an overlay file holding that text. Internal to src/scenario/.
#include <functional>
#include <string>
#include <vector>

#include "scenario/draft.h"

namespace umbrella {

struct OverlayText {
  std::string name;  // stands for the file in messages and in Scenario::files
  std::string text;  // YAML, as a file would hold it
};

// Loads `path` and `overlays` as load_scenario does, then the overlays `texts` makes from the
// draft merged so far (it may look up the ids the files defined), then finishes the scenario.
Scenario load_scenario_then(const std::string& path, const std::vector<std::string>& overlays,
                            const std::function<std::vector<OverlayText>(const Draft&)>& texts);

}  // namespace umbrella
