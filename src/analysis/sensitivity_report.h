#pragma once
// Sensitivity indices for every output column of a design's outputs, as tables and as JSON:
// what `umbrella analyze` prints for any model, and `umbrella sensitivity` for an experiment.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/design_csv.h"
#include "analysis/problem.h"

namespace umbrella::sa {

struct ReportOptions {
  bool sobol = true;  // Sobol' indices of a saltelli design; Morris effects otherwise
  int levels = 4;     // Morris grid levels p, as sampled
  std::size_t resamples = 100;
  std::uint64_t seed = 0;  // keys the bootstraps
};

struct SensitivityReport {
  nlohmann::ordered_json json = nlohmann::ordered_json::object();  // {OUTPUT: {index: ...}}
  std::string text;                                                // one table per output
  std::vector<std::string> constant;  // outputs that never vary: every Sobol' index is 0
};

// Checks the design's layout for the method, then computes the indices of each column of
// `outputs` (one row per design row). Throws InputError for a design that does not fit.
SensitivityReport sensitivity_report(const Problem& problem, const Table& design,
                                     const Table& outputs, const ReportOptions& options);

}  // namespace umbrella::sa
