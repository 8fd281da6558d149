// The logistic hazard's likelihood, its derivatives and the bounded maximum-likelihood fit.
#include "calibration/logit.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/rng.h"

namespace umbrella {
namespace {

// n rows of an intercept and two covariates drawn from a fixed stream, events drawn from `beta`.
LogitData simulated(int n, const Eigen::Vector3d& beta, std::uint64_t seed) {
  Rng rng({seed, 0, 0, 0, StreamPurpose::calibration});
  LogitData d;
  d.x.resize(n, 3);
  d.y.resize(n);
  d.offset.resize(n);
  for (int i = 0; i < n; ++i) {
    d.x(i, 0) = 1.0;
    d.x(i, 1) = rng.uniform();
    d.x(i, 2) = rng.uniform() < 0.3 ? 1.0 : 0.0;
    d.offset[i] = 0.5 * rng.uniform() - 0.25;
    const double eta = d.offset[i] + d.x.row(i).dot(beta);
    d.y[i] = rng.uniform() < 1.0 / (1.0 + std::exp(-eta)) ? 1.0 : 0.0;
  }
  return d;
}

TEST(Logit, GradientMatchesFiniteDifferences) {
  const LogitData d = simulated(500, {-2.0, 1.5, 0.7}, 1);
  for (const Eigen::Vector3d& beta :
       {Eigen::Vector3d(-2.0, 1.5, 0.7), Eigen::Vector3d(0.3, -1, 4)}) {
    Eigen::VectorXd gradient;
    log_likelihood(d, beta, &gradient);
    for (int k = 0; k < 3; ++k) {
      const double h = 1e-6;
      Eigen::VectorXd up = beta, down = beta;
      up[k] += h;
      down[k] -= h;
      const double numeric =
          (log_likelihood(d, up, nullptr) - log_likelihood(d, down, nullptr)) / (2 * h);
      EXPECT_NEAR(gradient[k], numeric, 1e-5 * std::max(1.0, std::abs(numeric))) << k;
    }
  }
}

TEST(Logit, InformationIsMinusTheHessian) {
  const LogitData d = simulated(500, {-2.0, 1.5, 0.7}, 2);
  const Eigen::VectorXd beta = Eigen::Vector3d(-1.0, 0.5, 0.2);
  const Eigen::MatrixXd info = information(d, beta);
  for (int k = 0; k < 3; ++k) {
    const double h = 1e-5;
    Eigen::VectorXd up = beta, down = beta, g_up, g_down;
    up[k] += h;
    down[k] -= h;
    log_likelihood(d, up, &g_up);
    log_likelihood(d, down, &g_down);
    const Eigen::VectorXd column = -(g_up - g_down) / (2 * h);
    for (int j = 0; j < 3; ++j) EXPECT_NEAR(info(j, k), column[j], 1e-4 * info(j, j));
  }
}

TEST(Logit, TheFitIsAStationaryPointNearTheTruth) {
  const Eigen::Vector3d truth(-2.0, 1.5, 0.7);
  const LogitData d = simulated(20000, truth, 3);
  const Eigen::VectorXd lower = Eigen::Vector3d::Constant(-20),
                        upper = Eigen::Vector3d::Constant(20);
  const LogitFit fit = fit_logit(d, Eigen::Vector3d::Zero(), lower, upper);
  ASSERT_TRUE(fit.converged);
  Eigen::VectorXd gradient;
  log_likelihood(d, fit.beta, &gradient);
  EXPECT_LT(gradient.cwiseAbs().maxCoeff(), 1e-7);
  for (int k = 0; k < 3; ++k) {
    EXPECT_FALSE(fit.at_bound[static_cast<std::size_t>(k)]);
    EXPECT_GT(fit.se[k], 0.0);
    EXPECT_LT(std::abs(fit.beta[k] - truth[k]), 4 * fit.se[k]) << k;
  }
}

TEST(Logit, ABoundThatBindsHoldsTheEstimateAndIsReported) {
  // The data say the second coefficient is negative; a domain of [0, 10] keeps it at 0.
  const LogitData d = simulated(5000, {-1.0, -2.0, 0.5}, 4);
  const Eigen::VectorXd lower = Eigen::Vector3d(-20, 0, -20);
  const Eigen::VectorXd upper = Eigen::Vector3d(20, 10, 20);
  const LogitFit fit = fit_logit(d, Eigen::Vector3d(0, 1, 0), lower, upper);
  EXPECT_EQ(fit.beta[1], 0.0);
  EXPECT_TRUE(fit.at_bound[1]);
  EXPECT_FALSE(fit.at_bound[0]);
  // The others maximise the likelihood given the bound: their gradient is zero.
  Eigen::VectorXd gradient;
  log_likelihood(d, fit.beta, &gradient);
  EXPECT_LT(std::abs(gradient[0]), 1e-7);
  EXPECT_LT(std::abs(gradient[2]), 1e-7);
  EXPECT_LT(gradient[1], 0.0);
}

}  // namespace
}  // namespace umbrella
