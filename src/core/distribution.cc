#include "core/distribution.h"

#include <algorithm>
#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/normal.hpp>
#include <cmath>

namespace umbrella {

const char* name(Distribution::Kind kind) {
  switch (kind) {
    case Distribution::Kind::fixed:
      return "fixed";
    case Distribution::Kind::uniform:
      return "uniform";
    case Distribution::Kind::triangular:
      return "triangular";
    case Distribution::Kind::normal:
      return "normal";
    case Distribution::Kind::beta:
      return "beta";
    case Distribution::Kind::discrete:
      return "discrete";
  }
  return "?";
}

double quantile(const Distribution& dist, double u) {
  u = std::clamp(u, 0.0, std::nextafter(1.0, 0.0));
  switch (dist.kind) {
    case Distribution::Kind::fixed:
      return dist.a;
    case Distribution::Kind::uniform:
      return dist.lower + u * (dist.upper - dist.lower);
    case Distribution::Kind::triangular: {
      const double lo = dist.lower, hi = dist.upper, mode = dist.c;
      const double split = (mode - lo) / (hi - lo);
      if (u < split) return lo + std::sqrt(u * (hi - lo) * (mode - lo));
      return hi - std::sqrt((1.0 - u) * (hi - lo) * (hi - mode));
    }
    case Distribution::Kind::normal: {
      // Truncated to [lower, upper] by mapping u into the CDF interval of the support.
      const boost::math::normal_distribution<double> normal(dist.a, dist.b);
      const double f_lo = boost::math::cdf(normal, dist.lower);
      const double f_hi = boost::math::cdf(normal, dist.upper);
      const double p = std::clamp(f_lo + u * (f_hi - f_lo), 1e-300, 1.0 - 1e-16);
      return std::clamp(boost::math::quantile(normal, p), dist.lower, dist.upper);
    }
    case Distribution::Kind::beta: {
      // Beta(a, b) on [0, 1], rescaled to the support.
      const boost::math::beta_distribution<double> beta(dist.a, dist.b);
      return dist.lower + boost::math::quantile(beta, u) * (dist.upper - dist.lower);
    }
    case Distribution::Kind::discrete: {
      const auto n = dist.values.size();
      if (dist.weights.empty()) {
        const auto index = std::min(n - 1, static_cast<std::size_t>(u * static_cast<double>(n)));
        return dist.values[index];
      }
      // The first value whose cumulative weight exceeds u of the total.
      double total = 0.0;
      for (double w : dist.weights) total += w;
      double cumulative = 0.0;
      for (std::size_t i = 0; i + 1 < n; ++i) {
        cumulative += dist.weights[i];
        if (u * total < cumulative) return dist.values[i];
      }
      return dist.values[n - 1];
    }
  }
  return dist.a;
}

}  // namespace umbrella
