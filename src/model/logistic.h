#pragma once
#include <cmath>
#include <limits>

namespace umbrella {

inline double logistic(double x) {
  return 1.0 / (1.0 + std::exp(-x));
}

// logistic() of a logit that often repeats from one year to the next (a capability term whose
// balance and posture did not move): the exp is taken again only when the logit changes, so the
// value is the same to the last bit.
class RepeatedLogistic {
 public:
  double operator()(double x) {
    if (x != x_) {  // always on the first call: NaN equals nothing
      x_ = x;
      y_ = logistic(x);
    }
    return y_;
  }

 private:
  double x_ = std::numeric_limits<double>::quiet_NaN();
  double y_ = 0.0;
};

}  // namespace umbrella
