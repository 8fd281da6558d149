#pragma once
// What every output must satisfy whatever the scenario, the draws and the seed
// (docs/outputs.md): no NaN or infinity anywhere, probabilities in [0, 1] (a replicate's 0 or 1),
// beliefs and regime strength in [0, 1], stages ordered (acquired <= pursuing <= hedging), a
// crisis's stages ordered (success <= invasion <= crisis, coercion <= nuclear use <= invasion),
// the highest groups adding up to the crisis, and assurance at least the primary credibility.
// Each returns what it found wrong, one line per violation; empty when nothing.
#include <span>
#include <string>
#include <vector>

#include "engine/simulation.h"
#include "engine/summary.h"

namespace umbrella::testing {

// One replicate's record, every series of every recorded year.
std::vector<std::string> record_violations(const Simulation& simulation,
                                           std::span<const double> record);

// A summary: the same properties for means, and bands that are ordered and inside [0, 1] for
// probabilities and beliefs.
std::vector<std::string> summary_violations(const Summary& summary);

}  // namespace umbrella::testing
