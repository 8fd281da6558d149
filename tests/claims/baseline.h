#pragma once
// The shipped 2025 baseline (with the 2026 events), loaded once per test binary.
#include "engine/ensemble.h"
#include "scenario/loader.h"

namespace umbrella::testing {

inline const Scenario& baseline_scenario() {
  static const Scenario scenario =
      load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml",
                    {UMBRELLA_SOURCE_DIR "/scenarios/events-2026.yaml"});
  return scenario;
}

// The claims' runs: seed 20250305, 20,000 replicates, the given levers and assumption views.
inline constexpr int kClaimReplicates = 20000;
inline RunOptions claim_options(std::vector<LeverSetting> levers = {},
                                std::vector<AssumptionChoice> assumptions = {}) {
  RunOptions options;
  options.seed = 20250305;
  options.replicates = kClaimReplicates;
  options.levers = std::move(levers);
  options.assumptions = std::move(assumptions);
  return options;
}

inline Summary run_baseline(const Scenario& scenario, RunOptions options) {
  options.threads = 2;
  return run_ensemble(Simulation(scenario, options), scenario.name);
}

}  // namespace umbrella::testing
