// `assumptions:`, `levers:` and `policies:` of an experiment file: the views every run uses and
// the named combinations of levers each sample is run under.
#include <fmt/format.h>

#include <algorithm>

#include "core/limits.h"
#include "core/text.h"
#include "experiment/experiment_sections.h"

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

}  // namespace

void load_assumption_choices(const Field& section, Experiment& experiment) {
  for (const NamedField& entry : section.entries()) {
    const Assumption* assumption = experiment.scenario.find_assumption(entry.name);
    if (assumption == nullptr) {
      std::vector<std::string> known;
      for (const Assumption& a : experiment.scenario.assumptions) known.push_back(a.name);
      entry.key.fail(fmt::format("expected an assumption of the scenario ({}), got {}", join(known),
                                 entry.name));
    }
    const std::string view = entry.value.text();
    std::vector<std::string> views;
    for (const AssumptionView& v : assumption->views) views.push_back(v.name);
    if (std::find(views.begin(), views.end(), view) == views.end()) {
      entry.value.fail(
          fmt::format("expected a view of {} ({}), got {}", entry.name, join(views), view));
    }
    experiment.assumptions.push_back({entry.name, view});
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
