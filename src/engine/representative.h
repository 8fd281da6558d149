#pragma once
// Which replicate to tell as the story of a run: the one whose quantities (credibility,
// assurance, arsenals, regime strength, armed states) stay nearest the ensemble's medians, year
// after year, each measured against the width of its 90% band. A single replicate is never
// typical in every respect; this one is the least unusual in the ones the summary describes.
#include <cstdint>

#include "engine/simulation.h"
#include "engine/summary.h"

namespace umbrella {

// Searches the first `candidates` replicates (at most the run's); ties go to the lowest index.
// `summary` must come from `simulation` (the same outcomes and years).
std::uint32_t representative_replicate(const Simulation& simulation, const Summary& summary,
                                       std::uint32_t candidates);

}  // namespace umbrella
