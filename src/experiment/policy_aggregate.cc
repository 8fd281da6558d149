#include "experiment/policy_aggregate.h"

#include <fmt/format.h>

namespace umbrella::experiment {
namespace {

std::vector<const Series*> series_of(const Plan& plan) {
  std::vector<const Series*> out;
  for (const SummarySeries& s : plan.summary_series()) out.push_back(s.series);
  return out;
}

}  // namespace

PolicyAggregate::PolicyAggregate(const Plan& plan, std::size_t policy)
    : plan_(plan),
      policy_(policy),
      aggregate_(series_of(plan), plan.years().size(),
                 plan.experiment().scenario.world.states.size()) {}

Summary PolicyAggregate::summary() const {
  const Experiment& experiment = plan_.experiment();
  const Policy& policy = experiment.policies[policy_];
  Summary summary;
  summary.scenario = experiment.scenario.name;
  summary.seed = experiment.seed;
  summary.replicates = static_cast<int>(aggregate_.runs());
  for (const LeverSetting& l : policy.levers) {
    summary.levers.push_back(fmt::format("{}={}", l.name, l.intensity));
  }
  for (const AssumptionChoice& a : experiment.assumptions) {
    summary.assumptions.push_back(a.name + "=" + a.view);
  }
  summary.sample_uncertainty = !experiment.uncertainties.empty();
  summary.years = plan_.years();
  summary.series = aggregate_.series_summaries();
  return summary;
}

}  // namespace umbrella::experiment
