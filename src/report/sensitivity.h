#pragma once
// Sensitivity indices as `umbrella analyze --json` prints them (docs/sensitivity.md): for each
// output, Sobol' indices (S1 and ST with their confidence half-widths) or Morris screening
// (mu_star with its confidence half-width), by parameter.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace umbrella::report {

struct SensitivityBar {
  std::string parameter;
  std::string index;  // S1, ST or mu_star
  double value = 0.0;
  double conf = 0.0;
};

struct SensitivityOutput {
  std::string output;
  std::vector<SensitivityBar> bars;  // parameters by decreasing ST (or mu_star), as a tornado
};

// Throws InputError naming `file` and the output or index that is missing or mistyped.
std::vector<SensitivityOutput> read_sensitivity(const nlohmann::ordered_json& json,
                                                const std::string& file);

}  // namespace umbrella::report
