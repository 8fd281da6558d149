#include "engine/compiled_scenario.h"

#include <algorithm>
#include <set>

#include "core/error.h"
#include "core/limits.h"
#include "engine/compile_levers.h"

namespace umbrella {
namespace {

// The recorded years the options choose, checked against the scenario's: `compiled` gets them.
void compile_years(const Scenario& scenario, const RunOptions& options,
                   CompiledScenario& compiled) {
  compiled.start_year = scenario.start_year;
  compiled.first_year = options.from_year != 0 ? options.from_year : scenario.start_year;
  compiled.last_year = options.to_year != 0 ? options.to_year : scenario.end_year;
  if (compiled.first_year < compiled.start_year) {
    throw UsageError(mention("from") + " " + std::to_string(compiled.first_year) +
                     " is before the scenario's start (" + std::to_string(compiled.start_year) +
                     ")");
  }
  // Before anything is sized by the years: a scenario's years stop at limits::kLastYear.
  if (compiled.last_year > limits::kLastYear) {
    throw UsageError(mention("to") + " " + std::to_string(compiled.last_year) +
                     " is after the last year a scenario may reach (" +
                     std::to_string(limits::kLastYear) + ")");
  }
  if (compiled.last_year < compiled.first_year) {
    throw UsageError(mention("to") + " " + std::to_string(compiled.last_year) + " is before " +
                     mention("from") + " " + std::to_string(compiled.first_year));
  }
}

// The scenario's assumptions with the chosen views as their defaults.
std::vector<Assumption> choose_views(const Scenario& scenario,
                                     const std::vector<AssumptionChoice>& choices) {
  std::vector<Assumption> assumptions = scenario.assumptions;
  for (const AssumptionChoice& choice : choices) {
    auto it = std::find_if(assumptions.begin(), assumptions.end(),
                           [&](const Assumption& a) { return a.name == choice.name; });
    if (it == assumptions.end())
      throw UsageError("assume", "no assumption named '" + choice.name + "'");
    auto view = std::find_if(it->views.begin(), it->views.end(),
                             [&](const AssumptionView& v) { return v.name == choice.view; });
    if (view == it->views.end()) {
      std::string known;
      for (const AssumptionView& v : it->views) known += (known.empty() ? "" : ", ") + v.name;
      throw UsageError(mention("assume") + " " + choice.name + ": no view named '" + choice.view +
                       "' (views: " + known + ")");
    }
    it->default_view = static_cast<int>(view - it->views.begin());
  }
  return assumptions;
}

// The parameters the chosen views set: a sampled run leaves them at the view's value.
std::set<ParamId> set_by_views(const std::vector<Assumption>& assumptions) {
  std::set<ParamId> set;
  for (const Assumption& assumption : assumptions) {
    for (const ParameterOverride& o : assumption.views[assumption.default_view].set) {
      set.insert(o.param);
    }
  }
  return set;
}

// What a run sampling uncertainty draws per replicate: every uncertain parameter a view does not
// set, and every uncertain number of the World.
void compile_draws(const Scenario& scenario, const std::set<ParamId>& set_by_assumption,
                   CompiledScenario& compiled) {
  for (std::size_t i = 0; i < kParamCount; ++i) {
    const auto id = static_cast<ParamId>(i);
    const Distribution& dist = scenario.parameters[i].uncertainty;
    if (dist.kind != Distribution::Kind::fixed && !set_by_assumption.contains(id)) {
      compiled.draws.push_back({id, dist});
    }
  }
  compiled.world_draws = scenario.uncertainties;
}

}  // namespace

CompiledScenario compile_scenario(const Scenario& scenario, const RunOptions& options) {
  CompiledScenario compiled;
  compile_years(scenario, options, compiled);
  if (options.replicates < 1) throw UsageError(mention("replicates") + " must be at least 1");
  const std::vector<Assumption> assumptions = choose_views(scenario, options.assumptions);
  compiled.base = parameter_values(scenario.parameters, assumptions);
  compiled.world = scenario.world;
  compiled.timeline = scenario.timeline;
  compile_levers(scenario, options.levers, compiled);
  std::stable_sort(compiled.timeline.begin(), compiled.timeline.end(),
                   [](const Event& a, const Event& b) { return a.date < b.date; });
  std::stable_sort(compiled.steps.begin(), compiled.steps.end(),
                   [](const ParameterStep& a, const ParameterStep& b) { return a.year < b.year; });
  compiled.world_numbers = scenario.uncertainties;
  if (options.sample_uncertainty) compile_draws(scenario, set_by_views(assumptions), compiled);
  return compiled;
}

}  // namespace umbrella
