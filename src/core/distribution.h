#pragma once
// The probability distribution of an uncertain number and its inverse CDF: what scenarios,
// experiments and sensitivity-analysis problems draw from, below any one model.
#include <vector>

namespace umbrella {

// The probability distribution of an uncertain number. `fixed` means no uncertainty.
struct Distribution {
  enum class Kind { fixed, uniform, triangular, normal, beta, discrete };
  Kind kind = Kind::fixed;
  double a = 0.0;  // uniform/triangular: lower; normal: mean; beta: alpha
  double b = 0.0;  // uniform/triangular: upper; normal: sd;   beta: beta
  double c = 0.0;  // triangular: mode; normal/beta: [a,b] is then rescaled to [lower, upper]
  double lower = 0.0, upper = 0.0;  // the support (range) for every kind
  std::vector<double> values;       // discrete: the values
  std::vector<double> weights;      // discrete: their relative weights; empty: equally likely
};

const char* name(Distribution::Kind kind);

// Draws from `dist` given a uniform u in [0, 1) (inverse CDF), so draws are reproducible from
// counter-based streams and usable by Latin hypercube designs.
double quantile(const Distribution& dist, double u);

}  // namespace umbrella
