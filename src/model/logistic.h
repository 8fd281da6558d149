#pragma once
#include <cmath>
#include <limits>

namespace umbrella {

inline double logistic(double x) {
  return 1.0 / (1.0 + std::exp(-x));
}

// Whether u >= logistic(x) is certain without taking the exp, as it is for most draws against a
// small hazard. For x < 0, with y = -x, e^y >= 1 + y + y^2/2 + y^3/6 (its Taylor terms are all
// positive), so logistic(x) = 1 / (1 + e^y) <= 1 / (2 + y + y^2/2 + y^3/6). The margin of 2^-40
// covers the rounding of both sides (a few units in the last place each), so a draw this says is
// above the hazard is above logistic(x) as computed, and the draw's outcome is the same.
inline bool surely_above_logistic(double u, double x) {
  if (!(x < 0.0)) return false;
  const double y = -x;
  const double bound = 1.0 / (2.0 + y * (1.0 + y * (0.5 + y / 6.0)));
  return u >= bound * (1.0 + 0x1p-40);
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
