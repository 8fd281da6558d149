#pragma once
// Morris elementary effects (Morris 1991) from a design of trajectories, as SALib's
// morris.analyze computes them: EE = (y(x + Δe_j) - y(x)) / Δ with Δ = p/(2(p-1)) in the unit
// hypercube, so an effect is the output change over the fraction Δ of the parameter's range,
// divided by Δ; mu is their mean, mu_star the mean of their absolute values (Campolongo et al.
// 2007), sigma their sample standard deviation, and mu_star_conf a bootstrap half-width.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

#include "analysis/design_csv.h"
#include "analysis/problem.h"

namespace umbrella::sa {

struct MorrisOptions {
  int levels = 4;  // p, as sampled
  std::size_t resamples = 100;
  std::uint64_t seed = 0;  // keys the bootstrap
};

// Step k of trajectory t, from row t(D+1)+k to the next row: which parameter moved, which way.
struct MorrisStep {
  std::size_t parameter = 0;
  bool up = true;
};

struct MorrisIndices {
  std::vector<double> mu, mu_star, sigma, mu_star_conf;  // one per parameter
};

// Reads the steps of a Morris design of `problem`, checking its layout: D+1 rows per
// trajectory, at least 2 trajectories, each step moving exactly one parameter and each
// parameter once per trajectory, and uniform parameters by Δ(upper - lower) for `levels`.
// Throws InputError at the first row that does not fit.
std::vector<MorrisStep> morris_steps(const Table& design, const Problem& problem, int levels);

// Indices for outputs `y` (one per design row) given the design's steps; y.size() must be
// r(d+1) and steps.size() r·d with r >= 2 (std::invalid_argument otherwise).
MorrisIndices morris_indices(std::span<const MorrisStep> steps, std::span<const double> y,
                             std::size_t d, const MorrisOptions& options);

// {"mu": {name: v}, "mu_star": {...}, "sigma": {...}, "mu_star_conf": {...}}
nlohmann::ordered_json to_json(const MorrisIndices& indices, const std::vector<std::string>& names);
std::string to_table(const MorrisIndices& indices, const std::vector<std::string>& names);

}  // namespace umbrella::sa
