#pragma once
// The table `umbrella run --compare-levers` prints: each lever alone against the baseline, on
// common random numbers (the same seed), for the outcomes the essay asks about.
#include <string>
#include <vector>

#include "engine/summary.h"

namespace umbrella::cli {

struct LeverRun {
  std::string lever;  // empty for the baseline
  Summary summary;
};

std::string format_lever_comparison(const std::vector<LeverRun>& runs, int milestone_year);

}  // namespace umbrella::cli
