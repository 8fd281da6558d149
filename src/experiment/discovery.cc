// PRIM on an experiment's per-sample means, moved from the command line so that the Python
// module runs the same steps and prints the same text.
#include "experiment/discovery.h"

#include <fmt/core.h>

#include <algorithm>

#include "core/error.h"
#include "core/text.h"
#include "experiment/sample_means.h"

namespace umbrella::experiment {
namespace {

std::size_t index_of(const std::vector<std::string>& names, const std::string& name,
                     const std::string& option, const std::string& what) {
  auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) {
    throw UsageError(option,
                     fmt::format("no {} named '{}' ({}: {})", what, name, what, join(names)));
  }
  return static_cast<std::size_t>(found - names.begin());
}

nlohmann::ordered_json step_json(std::size_t index, const sa::PrimStep& step) {
  return {{"step", index},
          {"coverage", step.coverage},
          {"density", step.density},
          {"mass", step.mass},
          {"rows", step.rows},
          {"cases", step.cases},
          {"restricted", step.restricted}};
}

nlohmann::ordered_json result_json(const sa::PrimResult& result,
                                   const std::vector<std::string>& names) {
  nlohmann::ordered_json trajectory = nlohmann::ordered_json::array();
  for (std::size_t s = 0; s < result.trajectory.size(); ++s) {
    trajectory.push_back(step_json(s, result.trajectory[s]));
  }
  nlohmann::ordered_json box = step_json(result.chosen, result.box);
  box["restrictions"] = nlohmann::ordered_json::array();
  for (const sa::PrimRestriction& r : result.restrictions) {
    box["restrictions"].push_back({{"uncertainty", names[r.column]},
                                   {"lower", r.lower},
                                   {"upper", r.upper},
                                   {"full_lower", r.full_lower},
                                   {"full_upper", r.full_upper},
                                   {"p_value", r.p_value}});
  }
  return {{"trajectory", trajectory}, {"box", box}};
}

std::string result_text(const sa::PrimResult& result, const std::vector<std::string>& names) {
  std::string text = fmt::format("{:>4}  {:>8}  {:>8}  {:>6}  {:>10}\n", "step", "coverage",
                                 "density", "mass", "restricted");
  for (std::size_t s = 0; s < result.trajectory.size(); ++s) {
    const sa::PrimStep& step = result.trajectory[s];
    text += fmt::format("{:>4}  {:>8.3f}  {:>8.3f}  {:>6.3f}  {:>10}{}\n", s, step.coverage,
                        step.density, step.mass, step.restricted,
                        s == result.chosen ? "  <- chosen" : "");
  }
  const sa::PrimStep& box = result.box;
  text += fmt::format(
      "\nbox of step {}: coverage {:.3f} ({} of the cases), density {:.3f}, mass {:.3f} ({} "
      "samples)\n",
      result.chosen, box.coverage, box.cases, box.density, box.mass, box.rows);
  if (result.restrictions.empty()) return text + "no uncertainty is restricted\n";
  std::size_t width = 11;
  for (const sa::PrimRestriction& r : result.restrictions) {
    width = std::max(width, names[r.column].size());
  }
  text += fmt::format("{:<{}}  {:>10}  {:>10}  {:>23}  {:>8}\n", "uncertainty", width, "lower",
                      "upper", "full range", "p-value");
  for (const sa::PrimRestriction& r : result.restrictions) {
    text += fmt::format("{:<{}}  {:>10.4g}  {:>10.4g}  {:>23}  {:>8.2g}\n", names[r.column], width,
                        r.lower, r.upper,
                        fmt::format("[{:.4g}, {:.4g}]", r.full_lower, r.full_upper), r.p_value);
  }
  return text;
}

}  // namespace

Condition parse_threshold(const std::string& threshold) {
  const std::optional<Condition> condition = parse_condition(threshold);
  if (!condition) {
    throw UsageError("threshold",
                     "expected a condition such as '>= 0.5' (>=, >, <= or < and a "
                     "number), got " +
                         threshold);
  }
  return *condition;
}

Discovery discover(ResultsStore& store, const StoredExperiment& stored,
                   const DiscoveryRequest& request) {
  const Condition condition = parse_threshold(request.threshold);
  std::vector<std::string> outcomes;
  for (const StoredOutcome& o : stored.outcomes) outcomes.push_back(o.name);
  const std::size_t outcome = index_of(outcomes, request.outcome, "outcome", "outcome");
  const std::size_t policy = index_of(stored.policies, request.policy, "policy", "policy");
  if (stored.design.columns.empty()) {
    throw UsageError("the experiment has no uncertainties: there is no space to discover boxes in");
  }
  Discovery discovery;
  discovery.experiment = stored.name;
  discovery.request = request;
  discovery.condition = condition;
  discovery.replicates = stored.replicates;
  discovery.uncertainties = stored.design.columns;
  // With `against`, a sample's value is the policy's mean minus the other policy's over the same
  // (sample, replicate) pairs: the effect of switching from that policy to this one. The sums are
  // subtracted before the one division, so a difference of 10 runs in 200 is exactly 0.05.
  discovery.measured = request.outcome;
  sa::Table means;
  if (request.against.empty()) {
    means = sample_means(store, stored, policy);
  } else {
    const std::size_t other = index_of(stored.policies, request.against, "against", "policy");
    means = sample_sums(store, stored, policy);
    const sa::Table base = sample_sums(store, stored, other);
    for (std::size_t v = 0; v < means.values.size(); ++v) {
      means.values[v] = (means.values[v] - base.values[v]) / static_cast<double>(stored.replicates);
    }
    discovery.measured =
        fmt::format("{} minus its value under {}", request.outcome, request.against);
  }
  std::vector<bool> cases(means.rows());
  for (std::size_t s = 0; s < cases.size(); ++s) cases[s] = condition.holds(means.at(s, outcome));
  discovery.samples = cases.size();
  discovery.cases = static_cast<std::size_t>(std::count(cases.begin(), cases.end(), true));
  if (discovery.cases == 0) {
    throw UsageError(fmt::format(
        "no sample has {} {} under policy {}: there is nothing to discover (try another {})",
        discovery.measured, condition.text(), request.policy, mention("threshold")));
  }
  discovery.result = sa::prim(stored.design, cases, request.prim);
  // The most telling restriction first (the smallest quasi-p-value).
  std::stable_sort(discovery.result.restrictions.begin(), discovery.result.restrictions.end(),
                   [](const sa::PrimRestriction& a, const sa::PrimRestriction& b) {
                     return a.p_value < b.p_value;
                   });
  return discovery;
}

std::optional<std::string> few_samples_warning(const Discovery& discovery) {
  const std::size_t dimensions = discovery.uncertainties.size();
  if (discovery.samples >= 10 * dimensions) return std::nullopt;
  return fmt::format(
      "warning: {} samples for {} uncertaint{}: fewer than 10 per uncertainty, so a box "
      "may restrict uncertainties by chance (read the p-values; run more samples)",
      discovery.samples, dimensions, dimensions == 1 ? "y" : "ies");
}

nlohmann::ordered_json to_json(const Discovery& discovery) {
  const DiscoveryRequest& request = discovery.request;
  nlohmann::ordered_json json = {
      {"experiment", discovery.experiment},
      {"policy", request.policy},
      {"outcome", request.outcome},
      {"against", request.against.empty() ? nlohmann::ordered_json(nullptr)
                                          : nlohmann::ordered_json(request.against)},
      {"threshold", discovery.condition.text()},
      {"replicates", discovery.replicates},
      {"samples", discovery.samples},
      {"cases", discovery.cases},
      {"alpha", request.prim.alpha},
      {"min_mass", request.prim.min_mass},
      {"paste", request.prim.paste}};
  json.update(result_json(discovery.result, discovery.uncertainties));
  return json;
}

std::string to_text(const Discovery& discovery) {
  const DiscoveryRequest& request = discovery.request;
  return fmt::format(
      "{}: policy {}; a case is a sample whose {} (mean over {} replicates) is {}: {} of {} "
      "samples\nPRIM with alpha {}, minimum mass {}{}\n\n{}",
      discovery.experiment, request.policy, discovery.measured, discovery.replicates,
      discovery.condition.text(), discovery.cases, discovery.samples, request.prim.alpha,
      request.prim.min_mass, request.prim.paste ? ", pasting" : "",
      result_text(discovery.result, discovery.uncertainties));
}

}  // namespace umbrella::experiment
