#pragma once
// What an analyst chooses for a run: the years, the seed, how many replicates, which levers at
// which intensity, which views of contested assumptions, and whether uncertain numbers are drawn.
#include <cstdint>
#include <string>
#include <vector>

namespace umbrella {

struct LeverSetting {
  std::string name;
  double intensity = 1.0;
};

struct AssumptionChoice {
  std::string name;
  std::string view;
};

struct RunOptions {
  std::uint64_t seed = 2025;
  int replicates = 1000;
  int from_year = 0;  // 0: the scenario's start
  int to_year = 0;    // 0: the scenario's end
  int threads = 1;
  bool sample_uncertainty = false;  // draw every uncertain number per replicate
  std::vector<LeverSetting> levers;
  std::vector<AssumptionChoice> assumptions;
};

// Parses "NAME" or "NAME=VALUE" (VALUE in [0, 1]); throws UsageError.
LeverSetting parse_lever_setting(const std::string& text);
// Parses "NAME=VIEW"; throws UsageError.
AssumptionChoice parse_assumption_choice(const std::string& text);

}  // namespace umbrella
