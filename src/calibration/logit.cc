#include "calibration/logit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlopt.hpp>

namespace umbrella {
namespace {

// log(1 + e^eta) without overflow.
double softplus(double eta) {
  return eta > 0.0 ? eta + std::log1p(std::exp(-eta)) : std::log1p(std::exp(eta));
}

double probability(double eta) {
  return eta >= 0.0 ? 1.0 / (1.0 + std::exp(-eta)) : std::exp(eta) / (1.0 + std::exp(eta));
}

double objective(const std::vector<double>& b, std::vector<double>& grad, void* context) {
  const auto& data = *static_cast<const LogitData*>(context);
  const Eigen::Map<const Eigen::VectorXd> beta(b.data(), static_cast<Eigen::Index>(b.size()));
  Eigen::VectorXd gradient;
  const double value = log_likelihood(data, beta, grad.empty() ? nullptr : &gradient);
  if (!grad.empty()) std::copy(gradient.begin(), gradient.end(), grad.begin());
  return value;
}

Eigen::VectorXd clamp(const Eigen::VectorXd& beta, const Eigen::VectorXd& lower,
                      const Eigen::VectorXd& upper) {
  return beta.cwiseMax(lower).cwiseMin(upper);
}

// Newton steps on the coefficients away from their bounds (a bound that binds stays put).
Eigen::VectorXd polish(const LogitData& data, Eigen::VectorXd beta, const Eigen::VectorXd& lower,
                       const Eigen::VectorXd& upper) {
  for (int step = 0; step < 20; ++step) {
    Eigen::VectorXd gradient;
    const double before = log_likelihood(data, beta, &gradient);
    std::vector<Eigen::Index> free;
    for (Eigen::Index k = 0; k < beta.size(); ++k) {
      const bool low = beta[k] <= lower[k] && gradient[k] <= 0.0;
      const bool high = beta[k] >= upper[k] && gradient[k] >= 0.0;
      if (!low && !high) free.push_back(k);
    }
    if (free.empty()) return beta;
    const Eigen::MatrixXd info = information(data, beta);
    Eigen::MatrixXd sub(free.size(), free.size());
    Eigen::VectorXd g(free.size());
    for (std::size_t i = 0; i < free.size(); ++i) {
      g[static_cast<Eigen::Index>(i)] = gradient[free[i]];
      for (std::size_t j = 0; j < free.size(); ++j) {
        sub(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = info(free[i], free[j]);
      }
    }
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(sub);
    if (ldlt.info() != Eigen::Success || !ldlt.isPositive()) return beta;
    const Eigen::VectorXd delta = ldlt.solve(g);
    Eigen::VectorXd next = beta;
    for (std::size_t i = 0; i < free.size(); ++i) {
      next[free[i]] += delta[static_cast<Eigen::Index>(i)];
    }
    next = clamp(next, lower, upper);
    if (log_likelihood(data, next, nullptr) < before - 1e-12) return beta;
    const double change = (next - beta).cwiseAbs().maxCoeff();
    beta = next;
    if (change < 1e-12) break;
  }
  return beta;
}

}  // namespace

double log_likelihood(const LogitData& data, const Eigen::VectorXd& beta,
                      Eigen::VectorXd* gradient) {
  const Eigen::VectorXd eta = data.offset + data.x * beta;
  double sum = 0.0;
  Eigen::VectorXd residual(eta.size());
  for (Eigen::Index i = 0; i < eta.size(); ++i) {
    sum += data.y[i] * eta[i] - softplus(eta[i]);
    residual[i] = data.y[i] - probability(eta[i]);
  }
  if (gradient != nullptr) *gradient = data.x.transpose() * residual;
  return sum;
}

Eigen::MatrixXd information(const LogitData& data, const Eigen::VectorXd& beta) {
  const Eigen::VectorXd eta = data.offset + data.x * beta;
  Eigen::VectorXd weight(eta.size());
  for (Eigen::Index i = 0; i < eta.size(); ++i) {
    const double p = probability(eta[i]);
    weight[i] = p * (1.0 - p);
  }
  return data.x.transpose() * weight.asDiagonal() * data.x;
}

LogitFit fit_logit(const LogitData& data, const Eigen::VectorXd& start,
                   const Eigen::VectorXd& lower, const Eigen::VectorXd& upper) {
  const auto n = static_cast<unsigned>(start.size());
  std::vector<double> b(start.begin(), start.end());
  for (unsigned k = 0; k < n; ++k) b[k] = std::clamp(b[k], lower[k], upper[k]);
  LogitFit fit;
  nlopt::opt opt(nlopt::LD_LBFGS, n);
  opt.set_lower_bounds(std::vector<double>(lower.begin(), lower.end()));
  opt.set_upper_bounds(std::vector<double>(upper.begin(), upper.end()));
  opt.set_max_objective(objective, const_cast<LogitData*>(&data));
  opt.set_ftol_rel(1e-14);
  opt.set_xtol_rel(1e-12);
  opt.set_maxeval(5000);
  double value = 0.0;
  try {
    const nlopt::result result = opt.optimize(b, value);
    fit.converged = result > 0;
  } catch (const nlopt::roundoff_limited&) {
    fit.converged = true;  // as close as double precision allows; the Newton steps finish
  }
  Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(b.data(), n);
  beta = polish(data, beta, lower, upper);
  fit.beta = beta;
  fit.log_likelihood = log_likelihood(data, beta, nullptr);
  fit.at_bound.resize(n);
  for (unsigned k = 0; k < n; ++k) {
    fit.at_bound[k] = beta[k] <= lower[k] + 1e-9 || beta[k] >= upper[k] - 1e-9;
  }
  const Eigen::MatrixXd info = information(data, beta);
  const Eigen::FullPivLU<Eigen::MatrixXd> lu(info);
  fit.se = Eigen::VectorXd::Constant(n, std::numeric_limits<double>::quiet_NaN());
  if (lu.isInvertible()) {
    const Eigen::MatrixXd covariance = lu.inverse();
    for (unsigned k = 0; k < n; ++k) fit.se[k] = std::sqrt(std::max(0.0, covariance(k, k)));
  }
  return fit;
}

}  // namespace umbrella
