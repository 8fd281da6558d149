#pragma once
// One flashpoint's crisis at one moment of one replicate: the setting `umbrella crisis` and the
// Python module's Simulation.solve_crisis build the game from.
#include <cstdint>
#include <string>

#include "engine/simulation.h"
#include "model/crisis/setting.h"

namespace umbrella {

// The setting of flashpoint `flashpoint` (its id, CHN-TWN) read from replicate `replicate`'s World
// at the start of `year`. UsageError for an unknown flashpoint (naming the known ones), a year
// outside the simulated ones, or a flashpoint whose game cannot be built.
CrisisSetting crisis_setting_at(const Simulation& simulation, const std::string& flashpoint,
                                int year, std::uint32_t replicate);

}  // namespace umbrella
