#include "calibration/eruption_fit.h"

#include <fmt/format.h>

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <cmath>
#include <iterator>
#include <limits>

#include "calibration/logit.h"
#include "core/error.h"
#include "model/logistic.h"

namespace umbrella {
namespace {

constexpr double kZ90 = 1.6448536269514722;
// An intercept's domain: yearly rates from 3e-7 to 0.99.
constexpr double kInterceptLowest = -15.0;
constexpr double kInterceptHighest = 5.0;

// The covariates that vary over `rows`: only they can be fitted.
std::vector<int> identified(const std::vector<const EruptionRow*>& rows) {
  std::vector<int> varying;
  for (int k = 0; k < kEruptionCovariateCount; ++k) {
    const auto at = static_cast<std::size_t>(k);
    const bool varies = std::any_of(rows.begin(), rows.end(), [&](const EruptionRow* row) {
      return std::abs(row->x[at] - rows.front()->x[at]) > 1e-12;
    });
    if (varies) varying.push_back(k);
  }
  return varying;
}

// The design: one indicator column per flashpoint, then the covariates `fitted`; the others
// enter the offset at their values in `params`.
LogitData design(const std::vector<const EruptionRow*>& rows,
                 const std::vector<std::string>& flashpoints, const std::vector<int>& fitted,
                 const Parameters& params) {
  const auto n = static_cast<Eigen::Index>(rows.size());
  const auto f = static_cast<Eigen::Index>(flashpoints.size());
  const Eigen::Index k = f + static_cast<Eigen::Index>(fitted.size());
  LogitData data{Eigen::MatrixXd::Zero(n, k), Eigen::VectorXd::Zero(n), Eigen::VectorXd::Zero(n)};
  for (Eigen::Index i = 0; i < n; ++i) {
    const EruptionRow& row = *rows[static_cast<std::size_t>(i)];
    const auto at = std::find(flashpoints.begin(), flashpoints.end(), row.flashpoint);
    data.x(i, static_cast<Eigen::Index>(at - flashpoints.begin())) = 1.0;
    for (int c = 0; c < kEruptionCovariateCount; ++c) {
      const double x = row.x[static_cast<std::size_t>(c)];
      const auto column = std::find(fitted.begin(), fitted.end(), c);
      if (column != fitted.end()) {
        data.x(i, f + (column - fitted.begin())) = x;
      } else {
        data.offset[i] += params[kEruptionCoefficients[static_cast<std::size_t>(c)]] * x;
      }
    }
    data.y[i] = row.event ? 1.0 : 0.0;
  }
  return data;
}

struct Bounds {
  Eigen::VectorXd start, lower, upper;
};

Bounds bounds(const std::vector<double>& intercepts, const Parameters& judgment,
              const std::vector<int>& fitted) {
  const auto f = static_cast<Eigen::Index>(intercepts.size());
  const Eigen::Index k = f + static_cast<Eigen::Index>(fitted.size());
  Bounds b{Eigen::VectorXd(k), Eigen::VectorXd(k), Eigen::VectorXd(k)};
  for (Eigen::Index j = 0; j < f; ++j) {
    b.start[j] = intercepts[static_cast<std::size_t>(j)];
    b.lower[j] = kInterceptLowest;
    b.upper[j] = kInterceptHighest;
  }
  for (Eigen::Index j = f; j < k; ++j) {
    const ParamId id =
        kEruptionCoefficients[static_cast<std::size_t>(fitted[static_cast<std::size_t>(j - f)])];
    b.start[j] = judgment[id];
    b.lower[j] = info(id).lowest;
    b.upper[j] = info(id).highest;
  }
  return b;
}

EruptionEstimate estimate(std::string name, ParamId param, double judgment, const LogitFit& fit,
                          const Bounds& b, Eigen::Index j) {
  EruptionEstimate e;
  e.name = std::move(name);
  e.param = param;
  e.judgment = judgment;
  e.estimate = fit.beta[j];
  e.se = fit.se[j];
  e.at_bound = fit.at_bound[static_cast<std::size_t>(j)];
  e.lower = std::max(b.lower[j], e.estimate - kZ90 * e.se);
  e.upper = std::min(b.upper[j], e.estimate + kZ90 * e.se);
  return e;
}

EruptionScore score(const LogitData& data, const Eigen::VectorXd& beta) {
  EruptionScore s;
  s.rows = static_cast<int>(data.y.size());
  s.events = static_cast<int>(data.y.sum());
  if (s.rows == 0) return s;
  for (Eigen::Index i = 0; i < data.y.size(); ++i) {
    const double p = logistic(data.offset[i] + data.x.row(i).dot(beta));
    s.log_score += std::log(data.y[i] > 0.5 ? p : 1.0 - p);
    s.brier += (p - data.y[i]) * (p - data.y[i]);
  }
  s.log_score /= s.rows;
  s.brier /= s.rows;
  return s;
}

}  // namespace

EruptionFit fit_eruption(const EruptionPanel& panel, const Parameters& judgment,
                         const EruptionFitOptions& options) {
  EruptionFit out;
  out.options = options;
  std::vector<const EruptionRow*> training, later;
  for (const EruptionRow& row : panel.rows) {
    if (row.year < options.train_from) continue;
    (row.year <= options.train_until ? training : later).push_back(&row);
  }
  // Only flashpoints with training years get an intercept; the others cannot be scored.
  std::vector<std::string> flashpoints;
  std::vector<double> start;
  for (const std::string& id : panel.flashpoints) {
    int rows = 0, events = 0;
    for (const EruptionRow* row : training) {
      if (row->flashpoint != id) continue;
      ++rows;
      events += row->event;
    }
    if (rows == 0) continue;
    flashpoints.push_back(id);
    const double rate = std::clamp((events + 0.5) / (rows + 1.0), 1e-6, 0.99);
    start.push_back(std::log(rate / (1.0 - rate)));
  }
  std::erase_if(later, [&](const EruptionRow* row) {
    return std::find(flashpoints.begin(), flashpoints.end(), row->flashpoint) == flashpoints.end();
  });
  for (const EruptionRow* row : training) {
    out.first_year = out.first_year == 0 ? row->year : std::min(out.first_year, row->year);
    out.last_year = std::max(out.last_year, row->year);
    out.events += row->event;
  }
  out.rows = static_cast<int>(training.size());
  if (out.events == 0) {
    throw UsageError(
        fmt::format("the training years up to {} hold no recorded crisis of the "
                    "scenario's flashpoints: nothing to fit",
                    options.train_until));
  }

  // A covariate that does not vary over the training years (the history's arsenals carry no
  // theater split) is held at its judgment value and reported as not identified.
  const std::vector<int> fitted = identified(training);
  const std::vector<int> none;
  Parameters exogenous = judgment;
  for (const ParamId id : kEruptionCoefficients) exogenous[id] = 0.0;
  const Bounds constant_bounds = bounds(start, judgment, none);
  const LogitFit constant =
      fit_logit(design(training, flashpoints, none, exogenous), constant_bounds.start,
                constant_bounds.lower, constant_bounds.upper);
  // The World-dependent fit starts from the exogenous one.
  std::vector<double> from_constant(constant.beta.data(),
                                    constant.beta.data() + constant.beta.size());
  const Bounds b = bounds(from_constant, judgment, fitted);
  const LogitFit fit =
      fit_logit(design(training, flashpoints, fitted, judgment), b.start, b.lower, b.upper);

  out.log_likelihood = fit.log_likelihood;
  out.constant_log_likelihood = constant.log_likelihood;
  out.converged = fit.converged && constant.converged;
  const double lr = std::max(0.0, 2.0 * (fit.log_likelihood - constant.log_likelihood));
  out.lr_p_value = boost::math::cdf(
      boost::math::complement(boost::math::chi_squared_distribution<double>(
                                  static_cast<double>(std::max<std::size_t>(1, fitted.size()))),
                              lr));
  const auto f = static_cast<Eigen::Index>(flashpoints.size());
  for (Eigen::Index j = 0; j < f; ++j) {
    out.intercepts.push_back(estimate(flashpoints[static_cast<std::size_t>(j)], ParamId::count,
                                      constant.beta[j], fit, b, j));
  }
  for (int c = 0; c < kEruptionCovariateCount; ++c) {
    const ParamId id = kEruptionCoefficients[static_cast<std::size_t>(c)];
    const auto column = std::find(fitted.begin(), fitted.end(), c);
    if (column == fitted.end()) {
      EruptionEstimate held{info(id).name, id,           judgment[id], judgment[id], std::nan(""),
                            judgment[id],  judgment[id], false,        false};
      out.coefficients.push_back(held);
      continue;
    }
    out.coefficients.push_back(
        estimate(info(id).name, id, judgment[id], fit, b, f + (column - fitted.begin())));
  }
  out.held_out = score(design(later, flashpoints, fitted, judgment), fit.beta);
  out.held_out_constant = score(design(later, flashpoints, none, exogenous), constant.beta);
  return out;
}

nlohmann::json to_json(const EruptionFit& fit, const EruptionPanel& panel) {
  auto number = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); };
  auto estimates = [&](const std::vector<EruptionEstimate>& list) {
    nlohmann::json out = nlohmann::json::array();
    for (const EruptionEstimate& e : list) {
      out.push_back({{"name", e.name},
                     {"judgment", number(e.judgment)},
                     {"estimate", number(e.estimate)},
                     {"se", number(e.se)},
                     {"interval_90", {number(e.lower), number(e.upper)}},
                     {"at_bound", e.at_bound},
                     {"identified", e.identified}});
    }
    return out;
  };
  auto scored = [&](const EruptionScore& s) {
    return nlohmann::json{{"flashpoint_years", s.rows},
                          {"crises", s.events},
                          {"log_score", s.rows > 0 ? number(s.log_score) : nlohmann::json()},
                          {"brier", s.rows > 0 ? number(s.brier) : nlohmann::json()}};
  };
  return {
      {"training", {{"from", fit.first_year}, {"until", fit.last_year}}},
      {"flashpoint_years", fit.rows},
      {"crises", fit.events},
      {"replays", panel.replays},
      {"intercepts", estimates(fit.intercepts)},
      {"coefficients", estimates(fit.coefficients)},
      {"log_likelihood", number(fit.log_likelihood)},
      {"constant_log_likelihood", number(fit.constant_log_likelihood)},
      {"likelihood_ratio_p", number(fit.lr_p_value)},
      {"converged", fit.converged},
      {"held_out", {{"world", scored(fit.held_out)}, {"constant", scored(fit.held_out_constant)}}}};
}

std::string format_eruption_overlay(const EruptionFit& fit, const std::string& provenance) {
  std::string out = fmt::format(
      "# The eruption hazard's coefficients fitted on the crisis record by `umbrella "
      "calibrate-eruption`\n# (docs/validation.md#the-eruption-hazard). {}\n# Use as an overlay: "
      "umbrella run SCENARIO --overlay THIS_FILE\nparameters:\n",
      provenance);
  for (const EruptionEstimate& e : fit.coefficients) {
    if (!e.identified) continue;  // the scenario's value stands
    // Where the information is singular the domain stands in for the interval.
    const double lower = std::isfinite(e.se) ? std::min(e.lower, e.estimate) : info(e.param).lowest;
    const double upper =
        std::isfinite(e.se) ? std::max(e.upper, e.estimate) : info(e.param).highest;
    fmt::format_to(std::back_inserter(out),
                   "  {}:\n    value: {}\n    range: [{}, {}]\n    source: \"umbrella "
                   "calibrate-eruption: maximum likelihood on {} flashpoint-years {}-{} with {} "
                   "crises, each flashpoint with its own intercept; range = 90% Wald interval{}; "
                   "likelihood-ratio p = {:.3g} against the exogenous hazard; the judgment value "
                   "was {}\"\n",
                   e.name, e.estimate, lower, upper, fit.rows, fit.first_year, fit.last_year,
                   fit.events,
                   e.at_bound ? "; the estimate sits on the parameter's domain edge" : "",
                   fit.lr_p_value, e.judgment);
  }
  return out;
}

}  // namespace umbrella
