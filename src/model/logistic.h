#pragma once
#include <cmath>

namespace umbrella {

inline double logistic(double x) {
  return 1.0 / (1.0 + std::exp(-x));
}

}  // namespace umbrella
