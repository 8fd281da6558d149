#pragma once
// Maximum likelihood for a discrete-time logistic hazard: P(event) = logistic(offset + x'beta),
// each coefficient within its bounds (the parameter's domain). NLopt's L-BFGS finds the maximum
// with the analytic gradient; a few projected Newton steps then settle it to machine precision so
// that it agrees with other implementations (statsmodels' Logit, the test oracle).
#include <Eigen/Dense>
#include <vector>

namespace umbrella {

struct LogitData {
  Eigen::MatrixXd x;       // one row per country-year at risk, one column per free coefficient
  Eigen::VectorXd y;       // 1 if the event happened
  Eigen::VectorXd offset;  // the fixed part of each row's logit
};

// The log-likelihood at `beta`; its gradient too when `gradient` is not null.
double log_likelihood(const LogitData& data, const Eigen::VectorXd& beta,
                      Eigen::VectorXd* gradient);

// The observed (= expected, for the logit) information X'WX at `beta`.
Eigen::MatrixXd information(const LogitData& data, const Eigen::VectorXd& beta);

struct LogitFit {
  Eigen::VectorXd beta;
  Eigen::VectorXd se;  // from the inverse information; NaN where it is singular
  double log_likelihood = 0.0;
  std::vector<bool> at_bound;  // the estimate sits on its domain's edge
  bool converged = false;
};

LogitFit fit_logit(const LogitData& data, const Eigen::VectorXd& start,
                   const Eigen::VectorXd& lower, const Eigen::VectorXd& upper);

}  // namespace umbrella
