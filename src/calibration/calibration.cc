#include "calibration/calibration.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>

#include "calibration/logit.h"
#include "core/error.h"
#include "core/rng.h"
#include "engine/crisis_record_score.h"

namespace umbrella {
namespace {

// Each transition's terms: the coefficient and the covariate it multiplies, oriented as in the
// model's logit (a coefficient with a minus in docs/model.md multiplies the negated covariate).
struct Term {
  ParamId param;
  double (*value)(const HazardCovariates&);
};

constexpr double one(const HazardCovariates&) {
  return 1.0;
}
constexpr double threat(const HazardCovariates& x) {
  return x.threat;
}
constexpr double minus_threat(const HazardCovariates& x) {
  return -x.threat;
}
constexpr double rival(const HazardCovariates& x) {
  return x.rival_acquired;
}
constexpr double assurance(const HazardCovariates& x) {
  return x.assurance;
}
constexpr double minus_assurance(const HazardCovariates& x) {
  return -x.assurance;
}
constexpr double latency(const HazardCovariates& x) {
  return x.latency;
}
constexpr double support(const HazardCovariates& x) {
  return x.support;
}
constexpr double minus_npt(const HazardCovariates& x) {
  return -x.npt_party;
}
constexpr double minus_regime(const HazardCovariates& x) {
  return -x.regime;
}
constexpr double minus_sanctions(const HazardCovariates& x) {
  return -x.sanctions;
}
constexpr double pressure(const HazardCovariates& x) {
  return x.pressure;
}
constexpr double sanctions(const HazardCovariates& x) {
  return x.sanctions;
}
constexpr double clock(const HazardCovariates& x) {
  return x.clock;
}

const std::vector<Term>& terms(Transition t) {
  static const std::vector<Term> hedge = {{ParamId::hedge_intercept, one},
                                          {ParamId::hedge_threat, threat},
                                          {ParamId::hedge_rival_acquired, rival},
                                          {ParamId::hedge_assurance, minus_assurance},
                                          {ParamId::hedge_latency, latency},
                                          {ParamId::hedge_support, support},
                                          {ParamId::hedge_npt, minus_npt},
                                          {ParamId::hedge_regime, minus_regime},
                                          {ParamId::hedge_sanctions, minus_sanctions}};
  static const std::vector<Term> pursue = {{ParamId::pursue_intercept, one},
                                           {ParamId::pursue_threat, threat},
                                           {ParamId::pursue_rival_acquired, rival},
                                           {ParamId::pursue_assurance, minus_assurance},
                                           {ParamId::pursue_latency, latency},
                                           {ParamId::pursue_support, support},
                                           {ParamId::pursue_npt, minus_npt},
                                           {ParamId::pursue_regime, minus_regime},
                                           {ParamId::pursue_sanctions, minus_sanctions}};
  static const std::vector<Term> reverse = {{ParamId::reverse_intercept, one},
                                            {ParamId::reverse_assurance, assurance},
                                            {ParamId::reverse_threat, minus_threat},
                                            {ParamId::reverse_pressure, pressure},
                                            {ParamId::reverse_sanctions, sanctions}};
  static const std::vector<Term> acquire = {{ParamId::acquire_intercept, one},
                                            {ParamId::acquire_latency, latency},
                                            {ParamId::acquire_clock, clock}};
  switch (t) {
    case Transition::hedge:
      return hedge;
    case Transition::pursue:
      return pursue;
    case Transition::reverse:
      return reverse;
    case Transition::acquire:
      return acquire;
  }
  return hedge;
}

// The up hazards carry the state's norms offset; stepping back and arriving do not
// (docs/model.md).
double fixed_offset(const PanelRow& row) {
  const bool up = row.transition == Transition::hedge || row.transition == Transition::pursue;
  return up ? row.x.norms : 0.0;
}

struct Design {
  std::vector<Term> free;
  std::vector<Term> fixed;
};

Design design_of(Transition t, const std::set<ParamId>& free) {
  Design d;
  for (const Term& term : terms(t)) (free.contains(term.param) ? d.free : d.fixed).push_back(term);
  return d;
}

LogitData logit_data(const std::vector<const PanelRow*>& rows, const Design& design,
                     const Parameters& params) {
  LogitData data;
  const auto n = static_cast<Eigen::Index>(rows.size());
  const auto k = static_cast<Eigen::Index>(design.free.size());
  data.x.resize(n, k);
  data.y.resize(n);
  data.offset.resize(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    const PanelRow& row = *rows[static_cast<std::size_t>(i)];
    for (Eigen::Index j = 0; j < k; ++j) {
      data.x(i, j) = design.free[static_cast<std::size_t>(j)].value(row.x);
    }
    double offset = fixed_offset(row);
    for (const Term& term : design.fixed) offset += params[term.param] * term.value(row.x);
    data.offset[i] = offset;
    data.y[i] = row.event ? 1.0 : 0.0;
  }
  return data;
}

constexpr double kUnbounded = std::numeric_limits<double>::infinity();

double percentile(std::vector<double> values, double q) {
  std::sort(values.begin(), values.end());
  const double position = q * static_cast<double>(values.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, values.size() - 1);
  const double share = position - static_cast<double>(below);
  return values[below] + share * (values[above] - values[below]);
}

}  // namespace

std::vector<ParamId> default_free_coefficients() {
  return {ParamId::hedge_intercept,   ParamId::hedge_threat,    ParamId::hedge_rival_acquired,
          ParamId::hedge_assurance,   ParamId::hedge_latency,   ParamId::hedge_npt,
          ParamId::pursue_intercept,  ParamId::pursue_threat,   ParamId::pursue_assurance,
          ParamId::pursue_latency,    ParamId::pursue_npt,      ParamId::reverse_intercept,
          ParamId::reverse_assurance, ParamId::reverse_threat,  ParamId::reverse_pressure,
          ParamId::acquire_intercept, ParamId::acquire_latency, ParamId::acquire_clock};
}

std::optional<Transition> transition_of(ParamId param) {
  for (int t = 0; t < kTransitionCount; ++t) {
    for (const Term& term : terms(static_cast<Transition>(t))) {
      if (term.param == param) return static_cast<Transition>(t);
    }
  }
  return std::nullopt;
}

bool fits_arrival(const Calibration& calibration) {
  return std::any_of(
      calibration.coefficients.begin(), calibration.coefficients.end(),
      [](const CoefficientEstimate& e) { return e.transition == Transition::acquire; });
}

Parameters with_estimates(Parameters params, const Calibration& calibration) {
  for (const CoefficientEstimate& e : calibration.coefficients) params[e.param] = e.estimate;
  if (fits_arrival(calibration)) params[ParamId::acquire_hazard_timing] = 1.0;
  return params;
}

double row_logit(const PanelRow& row, const Parameters& params) {
  double logit = fixed_offset(row);
  for (const Term& term : terms(row.transition)) logit += params[term.param] * term.value(row.x);
  return logit;
}

Calibration calibrate(const Panel& panel, const Parameters& judgment,
                      const CalibrationOptions& options) {
  Calibration out;
  out.options = options;
  const std::vector<ParamId> wanted =
      options.free.empty() ? default_free_coefficients() : options.free;
  const std::set<ParamId> free(wanted.begin(), wanted.end());
  out.first_year = 0;
  out.last_year = 0;
  for (int t = 0; t < kTransitionCount; ++t) {
    const auto transition = static_cast<Transition>(t);
    const Design design = design_of(transition, free);
    if (design.free.empty()) continue;
    // The training rows of this transition, grouped by state for the bootstrap.
    std::map<std::string, std::vector<const PanelRow*>> by_state;
    std::vector<const PanelRow*> rows;
    for (const PanelRow& row : panel.rows) {
      if (row.transition != transition || row.year > options.train_until ||
          row.year < options.train_from) {
        continue;
      }
      rows.push_back(&row);
      by_state[row.state].push_back(&row);
      out.first_year = out.first_year == 0 ? row.year : std::min(out.first_year, row.year);
      out.last_year = std::max(out.last_year, row.year);
    }
    const LogitData data = logit_data(rows, design, judgment);
    const auto k = static_cast<Eigen::Index>(design.free.size());
    Eigen::VectorXd start(k), lower(k), upper(k);
    for (Eigen::Index j = 0; j < k; ++j) {
      const ParamId id = design.free[static_cast<std::size_t>(j)].param;
      start[j] = judgment[id];
      lower[j] = options.bounded ? info(id).lowest : -kUnbounded;
      upper[j] = options.bounded ? info(id).highest : kUnbounded;
    }
    const LogitFit fit = fit_logit(data, start, lower, upper);

    TransitionFit summary;
    summary.transition = transition;
    summary.rows = static_cast<int>(rows.size());
    summary.events = static_cast<int>(data.y.sum());
    summary.states = static_cast<int>(by_state.size());
    summary.log_likelihood = fit.log_likelihood;
    summary.judgment_log_likelihood = log_likelihood(data, start, nullptr);
    summary.converged = fit.converged;
    for (const Term& term : design.fixed)
      summary.fixed.emplace_back(term.param, judgment[term.param]);
    out.fits.push_back(summary);

    // The bootstrap resamples whole states: a state's years are not independent draws.
    std::vector<std::vector<double>> draws(static_cast<std::size_t>(k));
    std::vector<const std::vector<const PanelRow*>*> states;
    states.reserve(by_state.size());
    for (const auto& entry : by_state) states.push_back(&entry.second);
    for (int b = 0; b < options.bootstrap && !states.empty(); ++b) {
      Rng rng({options.seed, static_cast<std::uint32_t>(t), static_cast<std::uint32_t>(b), 0,
               StreamPurpose::calibration});
      std::vector<const PanelRow*> resample;
      for (std::size_t i = 0; i < states.size(); ++i) {
        const auto pick =
            std::min(states.size() - 1,
                     static_cast<std::size_t>(rng.uniform() * static_cast<double>(states.size())));
        resample.insert(resample.end(), states[pick]->begin(), states[pick]->end());
      }
      const LogitData again = logit_data(resample, design, judgment);
      if (again.y.sum() == 0.0) {
        ++out.bootstrap_failures;
        continue;
      }
      // Unbounded, a resample can separate the events (an estimate runs off to infinity) and
      // the optimiser gives up: that resample is skipped and counted, like one without events.
      LogitFit refit;
      try {
        refit = fit_logit(again, fit.beta, lower, upper);
      } catch (const std::runtime_error&) {
        ++out.bootstrap_failures;
        continue;
      }
      for (Eigen::Index j = 0; j < k; ++j) {
        draws[static_cast<std::size_t>(j)].push_back(refit.beta[j]);
      }
    }
    constexpr double kZ90 = 1.6448536269514722;
    for (Eigen::Index j = 0; j < k; ++j) {
      const ParamId id = design.free[static_cast<std::size_t>(j)].param;
      CoefficientEstimate e;
      e.param = id;
      e.transition = transition;
      e.judgment = judgment[id];
      e.estimate = fit.beta[j];
      e.se = fit.se[j];
      e.at_bound = fit.at_bound[static_cast<std::size_t>(j)];
      e.lower = std::max(lower[j], e.estimate - kZ90 * e.se);
      e.upper = std::min(upper[j], e.estimate + kZ90 * e.se);
      const std::vector<double>& d = draws[static_cast<std::size_t>(j)];
      e.boot_lower = d.empty() ? std::nan("") : percentile(d, 0.05);
      e.boot_upper = d.empty() ? std::nan("") : percentile(d, 0.95);
      out.coefficients.push_back(e);
    }
  }
  return out;
}

ThresholdEstimate estimate_threshold_share(const ProliferationRecord& record,
                                           const std::string& coding, int until,
                                           int observed_until) {
  ThresholdEstimate out;
  out.until = until;
  out.observed_until = observed_until;
  for (const std::string& state : record.states()) {
    for (int year = 1; year <= std::min(until, observed_until); ++year) {
      if (record.status(state, year - 1, coding) != Stage::pursuit ||
          record.status(state, year, coding) >= Stage::pursuit) {
        continue;
      }
      bool settled = true;
      for (int later = year; later <= observed_until && settled; ++later) {
        settled = record.status(state, later, coding) == Stage::hedging;
      }
      out.step_backs += 1;
      out.settled += settled ? 1 : 0;
      out.cases.push_back(fmt::format("{} {}{}", state, year - 1, settled ? " (settled)" : ""));
    }
  }
  const Proportion p = jeffreys(out.settled, out.step_backs, 0.90);
  out.share = p.estimate;
  out.lower = p.lower;
  out.upper = p.upper;
  return out;
}

nlohmann::json to_json(const ThresholdEstimate& t) {
  auto number = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); };
  return {{"parameter", info(ParamId::threshold_share).name},
          {"step_backs", t.step_backs},
          {"settled", t.settled},
          {"until", t.until},
          {"observed_until", t.observed_until},
          {"estimate", number(t.share)},
          {"jeffreys_90", {number(t.lower), number(t.upper)}},
          {"cases", t.cases}};
}

nlohmann::json to_json(const Calibration& c, const Panel& panel) {
  auto number = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); };
  nlohmann::json fits = nlohmann::json::array();
  for (const TransitionFit& f : c.fits) {
    nlohmann::json fixed = nlohmann::json::object();
    for (const auto& [id, value] : f.fixed) fixed[info(id).name] = value;
    fits.push_back({{"transition", name(f.transition)},
                    {"fixed", fixed},
                    {"country_years", f.rows},
                    {"events", f.events},
                    {"states", f.states},
                    {"log_likelihood", number(f.log_likelihood)},
                    {"judgment_log_likelihood", number(f.judgment_log_likelihood)},
                    {"converged", f.converged}});
  }
  nlohmann::json coefficients = nlohmann::json::array();
  for (const CoefficientEstimate& e : c.coefficients) {
    coefficients.push_back({{"parameter", info(e.param).name},
                            {"transition", name(e.transition)},
                            {"judgment", number(e.judgment)},
                            {"estimate", number(e.estimate)},
                            {"se", number(e.se)},
                            {"wald_90", {number(e.lower), number(e.upper)}},
                            {"bootstrap_90", {number(e.boot_lower), number(e.boot_upper)}},
                            {"at_bound", e.at_bound}});
  }
  return {{"coding", panel.coding},
          {"replays", panel.replays},
          {"train_from", c.first_year},
          {"train_until", c.options.train_until},
          {"bootstrap", c.options.bootstrap},
          {"bootstrap_failures", c.bootstrap_failures},
          {"seed", c.options.seed},
          {"bounded", c.options.bounded},
          {"fits", fits},
          {"coefficients", coefficients}};
}

std::string format_overlay(const Calibration& c, const std::string& provenance) {
  for (const CoefficientEstimate& e : c.coefficients) {
    if (e.estimate < info(e.param).lowest || e.estimate > info(e.param).highest) {
      throw UsageError(
          "write-overlay",
          fmt::format("the estimate of {} ({:.4g}) lies outside its domain [{}, {}]: the record "
                      "does not support the model's sign; fit without {} to write an overlay",
                      info(e.param).name, e.estimate, info(e.param).lowest, info(e.param).highest,
                      mention("unbounded")));
    }
  }
  std::string out = fmt::format(
      "# Proliferation hazards fitted on the historical record by `umbrella calibrate` (docs/"
      "validation.md).\n# {}\n# Use as an overlay: umbrella run SCENARIO --overlay THIS_FILE\n"
      "parameters:\n",
      provenance);
  for (const CoefficientEstimate& e : c.coefficients) {
    // A range must hold its value and lie in the domain; where the information is singular the
    // bootstrap's interval stands in, and failing that the domain itself.
    double lower = std::isfinite(e.se) ? e.lower : e.boot_lower;
    double upper = std::isfinite(e.se) ? e.upper : e.boot_upper;
    if (!std::isfinite(lower) || !std::isfinite(upper)) {
      lower = info(e.param).lowest;
      upper = info(e.param).highest;
    }
    lower = std::min(lower, e.estimate);
    upper = std::max(upper, e.estimate);
    const TransitionFit* fit = nullptr;
    for (const TransitionFit& f : c.fits) {
      if (f.transition == e.transition) fit = &f;
    }
    fmt::format_to(
        std::back_inserter(out),
        "  {}:\n    value: {}\n    range: [{}, {}]\n    source: \"umbrella calibrate: "
        "maximum likelihood, {} transition, {} country-years {}-{} with {} events in {} "
        "states; range = 90% Wald interval (bootstrap of states: [{:.3g}, {:.3g}]){}; "
        "the judgment value was {}\"\n",
        info(e.param).name, e.estimate, lower, upper, name(e.transition),
        fit != nullptr ? fit->rows : 0, c.first_year, c.last_year, fit != nullptr ? fit->events : 0,
        fit != nullptr ? fit->states : 0, e.boot_lower, e.boot_upper,
        e.at_bound ? "; the estimate sits on the parameter's domain edge" : "", e.judgment);
  }
  if (fits_arrival(c)) {
    out +=
        "  proliferation.acquire.hazard_timing:\n    value: 1\n    dist: {kind: discrete, values: "
        "[1]}\n    source: \"umbrella calibrate: the fitted arrival hazard replaces the breakout "
        "clock\"\n";
  }
  return out;
}

}  // namespace umbrella
