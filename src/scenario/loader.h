#pragma once
// Reads a scenario from YAML files (docs/scenario-format.md) and checks it completely: any bad
// input is an InputError naming the file, line, column and field, never a crash or a silent
// default.
#include <string>
#include <vector>

#include "scenario/scenario.h"

namespace umbrella {

// Loads `path`, every file it includes, then each overlay in order (an overlay behaves exactly
// as a file that includes everything loaded so far). Throws InputError on any bad input.
Scenario load_scenario(const std::string& path, const std::vector<std::string>& overlays = {});

}  // namespace umbrella
