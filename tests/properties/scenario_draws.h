#pragma once
// Random but valid runs for the property tests, drawn with rapidcheck's generators (call these
// inside a property): the 2025 baseline with every uncertain number anywhere in its declared
// range, and synthetic worlds of 3 to 12 states written as scenario files and loaded. Both come
// with random lever intensities, assumption views, seeds and recorded years.
#include <string>

#include "engine/run_options.h"
#include "scenario/scenario.h"

namespace umbrella::testing {

struct Draw {
  Scenario scenario;
  RunOptions options;
};

// The baseline with the 2026 events: each parameter and each uncertain number of the World set
// anywhere in its range (its ends included), levers pulled at random intensities, random views.
Draw draw_baseline();

// A synthetic world: one or two patrons, allies, rivals, flashpoints and dated events (acts,
// polls, state changes, withdrawals), with the baseline's parameters and ladder. The scenario
// file is written to `folder`, which must exist.
Draw draw_synthetic_world(const std::string& folder);

// A value in [lowest, highest], both ends included, in 2^16 steps (shrinks toward `lowest`).
double draw_in(double lowest, double highest);

}  // namespace umbrella::testing
