#include "analysis/samplers.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

#include "analysis/sobol_sequence.h"
#include "analysis/streams.h"
#include "core/limits.h"

namespace umbrella::sa {
namespace {

std::vector<std::uint32_t> random_permutation(std::size_t n, Rng& rng) {
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0U);
  // Fisher-Yates, from the last position down.
  for (std::size_t i = n; i > 1; --i) {
    std::swap(order[i - 1], order[rng.below(static_cast<std::uint32_t>(i))]);
  }
  return order;
}

void check_levels(int levels) {
  if (levels < 2 || levels % 2 != 0) {
    throw UsageError(fmt::format(
        "Morris needs an even number of levels p >= 2, so that the step p/(2(p-1)) joins two "
        "levels of the grid; got {}",
        levels));
  }
}

std::uint32_t index32(std::size_t i) {
  return static_cast<std::uint32_t>(i);
}

}  // namespace

std::string_view name(SampleMethod method) {
  switch (method) {
    case SampleMethod::monte_carlo:
      return "mc";
    case SampleMethod::latin_hypercube:
      return "lhs";
    case SampleMethod::saltelli:
      return "saltelli";
    case SampleMethod::morris:
      return "morris";
  }
  return "?";
}

SampleMethod parse_sample_method(std::string_view text) {
  for (SampleMethod method : {SampleMethod::monte_carlo, SampleMethod::latin_hypercube,
                              SampleMethod::saltelli, SampleMethod::morris}) {
    if (name(method) == text) return method;
  }
  throw UsageError(
      fmt::format("unknown sampling method '{}' (expected mc, lhs, saltelli or morris)", text));
}

std::uint64_t design_rows(SampleMethod method, std::uint64_t n, std::uint64_t d) {
  switch (method) {
    case SampleMethod::monte_carlo:
    case SampleMethod::latin_hypercube:
      return n;
    case SampleMethod::saltelli:
      return limits::times(n, d + 2);
    case SampleMethod::morris:
      return limits::times(n, d + 1);
  }
  return n;
}

std::string design_size_error(std::uint64_t rows, std::uint64_t d) {
  if (limits::times(rows, std::max<std::uint64_t>(d, 1)) <= limits::kMaxDesignNumbers) return {};
  return fmt::format("expected a design of at most {} numbers (rows x columns), got {} rows of {}",
                     limits::kMaxDesignNumbers, rows, d);
}

double morris_delta(int levels) {
  return levels / (2.0 * (levels - 1));
}

std::vector<double> monte_carlo_points(std::size_t n, std::size_t d, std::uint64_t seed) {
  std::vector<double> points(n * d);
  for (std::size_t r = 0; r < n; ++r) {
    Rng rng = sa_stream(seed, SaStream::monte_carlo, index32(r));
    for (std::size_t c = 0; c < d; ++c) points[r * d + c] = rng.uniform();
  }
  return points;
}

std::vector<double> latin_hypercube_points(std::size_t n, std::size_t d, std::uint64_t seed) {
  std::vector<double> points(n * d);
  const double width = 1.0 / static_cast<double>(n);
  for (std::size_t c = 0; c < d; ++c) {
    Rng rng = sa_stream(seed, SaStream::latin_hypercube, index32(c));
    const std::vector<std::uint32_t> stratum = random_permutation(n, rng);
    for (std::size_t r = 0; r < n; ++r) {
      // Rounding can carry the top stratum's point onto 1, outside the unit interval.
      const double u = (stratum[r] + rng.uniform()) * width;
      points[r * d + c] = std::min(u, std::nextafter(1.0, 0.0));
    }
  }
  return points;
}

std::vector<double> saltelli_points(std::size_t n, std::size_t d, std::uint64_t seed) {
  if (2 * d > kMaxSobolDimensions) {
    throw UsageError(fmt::format(
        "a Saltelli design here has at most {} parameters (its Sobol' base needs 2D of the {} "
        "dimensions of the Joe-Kuo table written in), got {}",
        kMaxSobolDimensions / 2, kMaxSobolDimensions, d));
  }
  const std::vector<double> base = sobol_points(n, 2 * d, seed);
  const std::size_t block = d + 2;
  std::vector<double> points(n * block * d);
  for (std::size_t i = 0; i < n; ++i) {
    const double* a = &base[i * 2 * d];
    const double* b = a + d;
    double* rows = &points[i * block * d];
    for (std::size_t k = 0; k < block; ++k) {
      // Row 0 is A, rows 1..d are AB^(j), row d+1 is B.
      const double* source = k == block - 1 ? b : a;
      std::copy(source, source + d, rows + k * d);
      if (k >= 1 && k <= d) rows[k * d + (k - 1)] = b[k - 1];
    }
  }
  return points;
}

std::vector<double> morris_points(std::size_t trajectories, std::size_t d, int levels,
                                  std::uint64_t seed) {
  check_levels(levels);
  // Levels are integers 0..p-1 until the end, so a step is exact and level p-1 is exactly 1.
  const int jump = levels / 2;
  const double top = levels - 1;
  std::vector<double> points(trajectories * (d + 1) * d);
  std::vector<int> level(d);
  for (std::size_t t = 0; t < trajectories; ++t) {
    Rng rng = sa_stream(seed, SaStream::morris, index32(t));
    const std::vector<std::uint32_t> order = random_permutation(d, rng);
    std::vector<bool> up(d);
    for (std::size_t j = 0; j < d; ++j) up[j] = rng.bernoulli(0.5);
    for (std::size_t j = 0; j < d; ++j) {
      // The lower end of a step is one of the p/2 levels below 1 - Δ.
      const int low = static_cast<int>(rng.below(static_cast<std::uint32_t>(jump)));
      level[j] = up[j] ? low : low + jump;
    }
    double* rows = &points[t * (d + 1) * d];
    for (std::size_t k = 0; k <= d; ++k) {
      if (k > 0) {
        const std::size_t j = order[k - 1];
        level[j] += up[j] ? jump : -jump;
      }
      for (std::size_t j = 0; j < d; ++j) rows[k * d + j] = level[j] / top;
    }
  }
  return points;
}

Table sample(const Problem& problem, SampleMethod method, const SampleOptions& options) {
  const std::size_t d = problem.size();
  if (options.n == 0) throw UsageError("expected a sample size n >= 1, got 0");
  if (const std::string error = design_size_error(design_rows(method, options.n, d), d);
      !error.empty()) {
    throw UsageError("n", error);
  }
  std::vector<double> unit;
  switch (method) {
    case SampleMethod::monte_carlo:
      unit = monte_carlo_points(options.n, d, options.seed);
      break;
    case SampleMethod::latin_hypercube:
      unit = latin_hypercube_points(options.n, d, options.seed);
      break;
    case SampleMethod::saltelli:
      unit = saltelli_points(options.n, d, options.seed);
      break;
    case SampleMethod::morris:
      if (options.n < 2) {
        throw UsageError(
            "a Morris design needs at least 2 trajectories (sigma is a sample standard "
            "deviation), got 1");
      }
      for (const SaParameter& p : problem.parameters) {
        if (p.dist.kind == Distribution::Kind::discrete) {
          throw UsageError(fmt::format(
              "a Morris design needs continuous parameters, but {} is discrete: two grid "
              "levels could give it the same value, and the step would not move it",
              p.name));
        }
      }
      unit = morris_points(options.n, d, options.levels, options.seed);
      break;
  }
  Table design;
  design.columns = problem.names();
  design.values = std::move(unit);
  for (std::size_t i = 0; i < design.values.size(); ++i) {
    design.values[i] = scale(problem.parameters[i % d], design.values[i]);
  }
  return design;
}

}  // namespace umbrella::sa
