#pragma once
// Sobol' sensitivity indices from a Saltelli design, computed as SALib's sobol.analyze does:
// the outputs are standardised (population standard deviation), first-order indices use
// Saltelli et al. (2010, Table 2 (b)), total-order indices Jansen's (1999) estimator, and the
// confidence intervals a bootstrap over base points whose resample index matrix is shared by
// all indices.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

#include "analysis/design_csv.h"

namespace umbrella::sa {

struct SobolOptions {
  std::size_t resamples = 100;
  std::uint64_t seed = 0;  // keys the resample indices
};

struct SobolIndices {
  std::vector<double> s1, s1_conf, st, st_conf;  // one per parameter
  bool constant_output = false;                  // Y never varied: every index is 0
};

// The number of base points N of a Saltelli design (A, AB^(1..D), B per base point, no
// second-order rows). Checks the layout row by row, since analysing outputs of another design
// gives plausible-looking nonsense: throws InputError at the first row that does not fit.
std::size_t saltelli_base_points(const Table& design);

// Indices for outputs `y` of a Saltelli design of `d` parameters; y.size() must be N(d+2)
// (std::invalid_argument otherwise). First-order estimates may be negative and are kept so.
SobolIndices sobol_indices(std::span<const double> y, std::size_t d, const SobolOptions& options);

// {"S1": {name: v}, "S1_conf": {...}, "ST": {...}, "ST_conf": {...}, "S1_negative": [names]}
nlohmann::ordered_json to_json(const SobolIndices& indices, const std::vector<std::string>& names);
// A table of the indices with their 95% half-widths; negative estimates are starred.
std::string to_table(const SobolIndices& indices, const std::vector<std::string>& names);

}  // namespace umbrella::sa
