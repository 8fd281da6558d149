#pragma once
// The short table `umbrella run` prints: per ally and potential proliferator, credibility and
// stage probabilities at a few years; the regime and the count of nuclear-armed states; per
// flashpoint, the expected number of crises, invasions and nuclear use over the run.
#include <string>

#include "engine/summary.h"

namespace umbrella::cli {

std::string format_summary_table(const Summary& summary, int milestone_year);

}  // namespace umbrella::cli
