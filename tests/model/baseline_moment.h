#pragma once
// The baseline's World at the start of a year (replicate 0), for tests of one year's mechanism.
#include "engine/simulation.h"
#include "scenario/loader.h"

namespace umbrella::testing {

inline Simulation::Moment baseline_moment(int year) {
  static const Scenario scenario =
      load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  RunOptions options;
  options.replicates = 1;
  return Simulation(scenario, options).moment(0, year);
}

}  // namespace umbrella::testing
