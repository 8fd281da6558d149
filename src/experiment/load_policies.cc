// `assumptions:`, `levers:` and `policies:` of an experiment file: the views every run uses and
// the named combinations of levers each sample is run under.
#include <fmt/format.h>

#include <algorithm>

#include "core/limits.h"
#include "core/text.h"
#include "experiment/sections.h"

namespace umbrella::experiment {
namespace {

std::vector<std::string> lever_names(const Scenario& scenario) {
  std::vector<std::string> names;
  for (const Lever& lever : scenario.levers) names.push_back(lever.name);
  return names;
}

std::vector<std::string> read_allowed_levers(const Field& section, const Scenario& scenario) {
  std::vector<std::string> allowed;
  for (const Field& entry : section.list()) {
    const std::string name = entry.text();
    if (scenario.find_lever(name) == nullptr) {
      entry.fail(fmt::format("expected a lever of the scenario ({}), got {}",
                             join(lever_names(scenario)), name));
    }
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) {
      entry.fail("duplicate lever " + name);
    }
    allowed.push_back(name);
  }
  return allowed;
}

Policy read_policy(const NamedField& entry, const std::vector<std::string>& allowed) {
  check_identifier(entry.key, entry.name, "policy");
  Policy policy{entry.name, {}};
  for (const NamedField& lever : entry.value.entries()) {
    if (std::find(allowed.begin(), allowed.end(), lever.name) == allowed.end()) {
      lever.key.fail(fmt::format("expected one of the experiment's levers ({}), got {}",
                                 allowed.empty() ? "none are listed under levers:" : join(allowed),
                                 lever.name));
    }
    policy.levers.push_back({lever.name, lever.value.number(Bounds{0.0, 1.0})});
  }
  if (entry.name == kBaselinePolicy && !policy.levers.empty()) {
    entry.key.fail(fmt::format("expected the baseline policy to pull no levers, got {}",
                               policy.levers.front().name));
  }
  return policy;
}

// The index of the view `field` names among the assumption's views.
std::size_t view_of(const Assumption& assumption, const Field& field) {
  const std::string view = field.text();
  std::vector<std::string> views;
  for (const AssumptionView& v : assumption.views) views.push_back(v.name);
  const auto found = std::find(views.begin(), views.end(), view);
  if (found == views.end()) {
    field.fail(
        fmt::format("expected a view of {} ({}), got {}", assumption.name, join(views), view));
  }
  return static_cast<std::size_t>(found - views.begin());
}

// `{views: [VIEW, ...]}`: every run draws one of them, equally likely, as a discrete uncertainty
// on the views' indices, so the design (and the results store) records each run's view.
Uncertainty read_sampled_views(const NamedField& entry, const Assumption& assumption) {
  const Field views = entry.value.map({"views"}).require("views");
  Uncertainty u;
  u.name = "assumptions." + entry.name;
  u.distribution.kind = Distribution::Kind::discrete;
  for (const Field& view : views.list()) {
    const auto index = static_cast<double>(view_of(assumption, view));
    if (std::find(u.distribution.values.begin(), u.distribution.values.end(), index) !=
        u.distribution.values.end()) {
      view.fail("duplicate view " + view.text());
    }
    u.distribution.values.push_back(index);
  }
  if (u.distribution.values.size() < 2) {
    views.fail(
        fmt::format("expected at least two views to sample, got {}", u.distribution.values.size()));
  }
  const auto [lowest, highest] =
      std::minmax_element(u.distribution.values.begin(), u.distribution.values.end());
  u.distribution.lower = *lowest;
  u.distribution.upper = *highest;
  return u;
}

}  // namespace

void load_assumption_choices(const Field& section, Experiment& experiment) {
  const std::vector<Assumption>& assumptions = experiment.scenario.assumptions;
  for (const NamedField& entry : section.entries()) {
    const Assumption* assumption = experiment.scenario.find_assumption(entry.name);
    if (assumption == nullptr) {
      std::vector<std::string> known;
      for (const Assumption& a : experiment.scenario.assumptions) known.push_back(a.name);
      entry.key.fail(fmt::format("expected an assumption of the scenario ({}), got {}", join(known),
                                 entry.name));
    }
    if (entry.value.is_map()) {
      experiment.uncertainties.push_back(read_sampled_views(entry, *assumption));
      experiment.uncertainties.back().assumption =
          static_cast<std::size_t>(assumption - assumptions.data());
      continue;
    }
    experiment.assumptions.push_back(
        {entry.name, assumption->views[view_of(*assumption, entry.value)].name});
  }
}

void load_policies(const std::optional<Field>& levers, const std::optional<Field>& policies,
                   Experiment& experiment) {
  const std::vector<std::string> allowed =
      levers ? read_allowed_levers(*levers, experiment.scenario) : std::vector<std::string>{};
  std::vector<Policy>& out = experiment.policies;
  out.push_back({kBaselinePolicy, {}});
  if (!policies) return;
  for (const NamedField& entry : policies->entries()) {
    Policy policy = read_policy(entry, allowed);
    if (policy.name == kBaselinePolicy) continue;
    check_room(entry.key, out.size(), limits::kMaxPolicies, "policies (the baseline included)",
               entry.name);
    out.push_back(std::move(policy));
  }
}

}  // namespace umbrella::experiment
