#pragma once
// `umbrella calibrate-eruption`: maximum-likelihood estimates of the eruption hazard's
// coefficients (docs/model.md#crises, "Eruption") on the flashpoint-years of the crisis record,
// each flashpoint with its own intercept (the rate of its first year at risk), beside the
// exogenous hazard (the intercepts alone) with a likelihood-ratio test, and scored on the years
// after the training window (docs/validation.md#the-eruption-hazard).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "calibration/eruption_panel.h"
#include "model/parameters.h"

namespace umbrella {

struct EruptionFitOptions {
  int train_from = 0;      // 0: the panel's first year
  int train_until = 2024;  // last training year; later years of the panel are scored
};

struct EruptionEstimate {
  std::string name;                // crisis.eruption.doubt, or the flashpoint of an intercept
  ParamId param = ParamId::count;  // ParamId::count for an intercept
  double judgment = 0.0;           // the scenario's value; for an intercept, the exogenous fit's
  double estimate = 0.0;
  double se = 0.0;                  // NaN where the information is singular
  double lower = 0.0, upper = 0.0;  // 90% Wald interval, within the domain
  bool at_bound = false;
  // The covariate varies over the training years; one that does not is held at its judgment
  // value (the history's arsenals carry no theater split, so the theater balance never moves).
  bool identified = true;
};

// How well a model predicts rows it was not fitted on.
struct EruptionScore {
  int rows = 0;
  int events = 0;
  double log_score = 0.0;  // mean log probability of what happened
  double brier = 0.0;      // mean squared error of the yearly probability
};

struct EruptionFit {
  EruptionFitOptions options;
  int first_year = 0, last_year = 0;  // of the training rows
  int rows = 0, events = 0;
  std::vector<EruptionEstimate> intercepts;    // one per flashpoint with training rows
  std::vector<EruptionEstimate> coefficients;  // in kEruptionCoefficients order
  double log_likelihood = 0.0;                 // the World-dependent hazard, at the estimates
  double constant_log_likelihood = 0.0;        // the intercepts alone, refitted
  double lr_p_value = 1.0;  // of the identified coefficients jointly (chi-squared)
  bool converged = false;
  // The years after the training window: both models fitted on the training years.
  EruptionScore held_out, held_out_constant;
};

// `judgment`: the parameters whose coefficients are the starting point and the reported
// judgment. UsageError when the training window holds no crisis.
EruptionFit fit_eruption(const EruptionPanel& panel, const Parameters& judgment,
                         const EruptionFitOptions& options);

nlohmann::json to_json(const EruptionFit& fit, const EruptionPanel& panel);

// A parameter overlay setting each identified coefficient to its estimate, with its 90% interval
// as the range and the fit as the source.
std::string format_eruption_overlay(const EruptionFit& fit, const std::string& provenance);

}  // namespace umbrella
