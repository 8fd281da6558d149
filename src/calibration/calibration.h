#pragma once
// `umbrella calibrate`: maximum-likelihood estimates of the proliferation hazards' coefficients on
// the country-years of a training window of the historical record (docs/validation.md). Each
// transition (hedge, pursue, step back) is a logistic regression on the covariates the model
// computes along the observed history; the coefficients not being fitted stay at the scenario's
// values and enter as an offset.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "calibration/panel.h"
#include "model/parameters.h"

namespace umbrella {

struct CalibrationOptions {
  int train_from = 0;      // first year of the training window (0: the panel's first)
  int train_until = 1989;  // last year of the training window
  int bootstrap = 200;     // resamples of whole states (0: none)
  std::uint64_t seed = 2025;
  // Within each coefficient's domain, which carries the literature's sign; unbounded, the record
  // may say the sign is the other way (docs/validation.md), and no overlay can hold the result.
  bool bounded = true;
  std::vector<ParamId> free;  // the coefficients to fit; empty: default_free_coefficients()
};

// The coefficients fitted unless told otherwise: those the record can inform (docs/validation.md).
std::vector<ParamId> default_free_coefficients();
// The transition a coefficient belongs to, if it is one of the hazards' coefficients.
std::optional<Transition> transition_of(ParamId param);

struct CoefficientEstimate {
  ParamId param = ParamId::count;
  Transition transition = Transition::hedge;
  double judgment = 0.0;  // the scenario's value before the fit
  double estimate = 0.0;
  double se = 0.0;
  double lower = 0.0, upper = 0.0;            // 90% Wald interval, within the bounds
  double boot_lower = 0.0, boot_upper = 0.0;  // 90% percentile interval of the state bootstrap
  bool at_bound = false;
};

struct TransitionFit {
  Transition transition = Transition::hedge;
  int rows = 0;
  int events = 0;
  int states = 0;
  double log_likelihood = 0.0;           // at the estimates
  double judgment_log_likelihood = 0.0;  // at the scenario's values
  bool converged = false;
  std::vector<std::pair<ParamId, double>> fixed;  // coefficients held at the scenario's values
};

struct Calibration {
  CalibrationOptions options;
  int first_year = 0, last_year = 0;  // of the training rows used
  std::vector<TransitionFit> fits;
  std::vector<CoefficientEstimate> coefficients;
  // resamples with no event of a transition, or that the optimiser could not fit (skipped)
  int bootstrap_failures = 0;
};

Calibration calibrate(const Panel& panel, const Parameters& judgment,
                      const CalibrationOptions& options);

// Logit of each row's hazard of its transition under `params` (the model's own equation).
double row_logit(const PanelRow& row, const Parameters& params);

nlohmann::json to_json(const Calibration& calibration, const Panel& panel);

// The threshold end state's share (`proliferation.threshold.share`, docs/model.md#proliferation):
// of the record's pursuers that ended a programme without a weapon in a year up to `until` (the
// last year of pursuit, then a year below it), those that stayed at exploration through
// `observed_until` without pursuing again settled as threshold states. The share is their
// proportion with its 90% Jeffreys interval (the maximum-likelihood estimate of the model's
// chance that a stepping-back pursuer settles, a binomial; the spells still running at
// `observed_until` count as settled).
struct ThresholdEstimate {
  int step_backs = 0;
  int settled = 0;
  int until = 0, observed_until = 0;
  double share = 0.0;  // NaN without step-backs
  double lower = 0.0, upper = 1.0;
  std::vector<std::string> cases;  // "STATE YEAR" of each programme's last year, "(settled)"
};
ThresholdEstimate estimate_threshold_share(const ProliferationRecord& record,
                                           const std::string& coding, int until,
                                           int observed_until);
nlohmann::json to_json(const ThresholdEstimate& threshold);

// Whether the fit estimated the arrival hazard: its values mean something only under hazard
// timing, so whoever applies them switches it on (proliferation.acquire.hazard_timing = 1).
bool fits_arrival(const Calibration& calibration);

// The judgment parameters with the fit's estimates in place (and hazard timing when the arrival
// hazard was fitted).
Parameters with_estimates(Parameters params, const Calibration& calibration);

// A parameter overlay (docs/scenario-format.md) setting each fitted coefficient to its estimate,
// with its 90% interval as the range and the fit as the source, and hazard timing when the
// arrival hazard was fitted.
std::string format_overlay(const Calibration& calibration, const std::string& provenance);

}  // namespace umbrella
