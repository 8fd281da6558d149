#pragma once
// Experimental designs for sensitivity analysis, as SALib's samplers produce them: Monte Carlo,
// Latin hypercube, Saltelli's cross-sampling for Sobol' indices, and Morris trajectories. Each
// design is first drawn in the unit hypercube, then every column is mapped through its
// parameter's distribution. Draws come from Philox streams keyed by the seed, so one seed gives
// one design, byte for byte.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/design_csv.h"
#include "analysis/problem.h"

namespace umbrella::sa {

enum class SampleMethod { monte_carlo, latin_hypercube, saltelli, morris };

// "mc", "lhs", "saltelli" or "morris"; UsageError otherwise.
SampleMethod parse_sample_method(std::string_view text);
// The name parse_sample_method() reads.
std::string_view name(SampleMethod method);

struct SampleOptions {
  std::size_t n = 0;  // points (mc, lhs), base points N (saltelli), trajectories r (morris)
  std::uint64_t seed = 0;
  int levels = 4;  // Morris grid levels p
};

// Rows of a design: n (mc, lhs), N(D+2) (saltelli), r(D+1) (morris); the largest std::uint64_t
// when that overflows.
std::uint64_t design_rows(SampleMethod method, std::uint64_t n, std::uint64_t d);
// Why a design of `rows` x `d` numbers is refused (more than limits::kMaxDesignNumbers), or
// empty when it is not.
std::string design_size_error(std::uint64_t rows, std::uint64_t d);

// The Morris step in the unit hypercube, Δ = p / (2(p - 1)) (2/3 for p = 4).
double morris_delta(int levels);

// Designs in the unit hypercube, row-major with d columns.
std::vector<double> monte_carlo_points(std::size_t n, std::size_t d, std::uint64_t seed);
// One point per stratum [k/n, (k+1)/n) in every column, strata in random order per column.
std::vector<double> latin_hypercube_points(std::size_t n, std::size_t d, std::uint64_t seed);
// Per base point i of a scrambled Sobol' sequence of 2d dimensions (A = its first d columns, B =
// the last d): the rows A_i, AB_i^(1), ..., AB_i^(d), B_i, where AB^(j) is A with column j from B.
std::vector<double> saltelli_points(std::size_t n, std::size_t d, std::uint64_t seed);
// r trajectories of d+1 rows on the grid {0, 1/(p-1), ..., 1}: each step moves one factor, in
// random order, by +Δ or -Δ (Morris 1991).
std::vector<double> morris_points(std::size_t trajectories, std::size_t d, int levels,
                                  std::uint64_t seed);

// The design of `method` for `problem`, scaled to its bounds or distributions, its columns named
// after the parameters. Throws UsageError for options the method cannot use.
Table sample(const Problem& problem, SampleMethod method, const SampleOptions& options);

}  // namespace umbrella::sa
