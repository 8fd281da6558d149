#include "report/scenario_facts.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "engine/narrative.h"
#include "engine/representative.h"
#include "engine/simulation.h"
#include "scenario/loader.h"

namespace umbrella::report {
namespace {

// The run's options as its summary records them: replicate r here is replicate r there.
RunOptions options_of(const Summary& summary) {
  RunOptions options;
  options.seed = summary.seed;
  options.replicates = summary.replicates;
  options.from_year = summary.years.front();
  options.to_year = summary.years.back();
  options.sample_uncertainty = summary.sample_uncertainty;
  for (const std::string& lever : summary.levers) {
    options.levers.push_back(parse_lever_setting(lever));
  }
  for (const std::string& choice : summary.assumptions) {
    options.assumptions.push_back(parse_assumption_choice(choice));
  }
  return options;
}

// The scenario's assumptions with the views the run chose made their defaults.
std::vector<Assumption> chosen_views(const Scenario& scenario, const RunOptions& options) {
  std::vector<Assumption> assumptions = scenario.assumptions;
  for (const AssumptionChoice& choice : options.assumptions) {
    for (Assumption& a : assumptions) {
      if (a.name != choice.name) continue;
      for (std::size_t v = 0; v < a.views.size(); ++v) {
        if (a.views[v].name == choice.view) a.default_view = static_cast<int>(v);
      }
    }
  }
  return assumptions;
}

std::vector<ParameterRow> parameter_rows(const Scenario& scenario, const Scenario& baseline,
                                         const std::vector<Assumption>& assumptions) {
  const Parameters in_force = parameter_values(scenario.parameters, assumptions);
  const Parameters base = baseline.parameter_values();
  std::vector<ParameterRow> rows;
  for (std::size_t i = 0; i < kParamCount; ++i) {
    const auto id = static_cast<ParamId>(i);
    const ParamSpec& spec = scenario.parameters[i];
    ParameterRow row{info(id).name,
                     info(id).doc,
                     in_force[id],
                     name(spec.uncertainty.kind),
                     spec.uncertainty.lower,
                     spec.uncertainty.upper,
                     spec.source,
                     in_force[id] != base[id],
                     base[id],
                     ""};
    for (const Assumption& a : assumptions) {
      const AssumptionView& view = a.views[static_cast<std::size_t>(a.default_view)];
      for (const ParameterOverride& o : view.set) {
        if (o.param == id) row.set_by = a.name + "=" + view.name;
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<AssumptionRow> assumption_rows(const std::vector<Assumption>& assumptions,
                                           const RunOptions& options) {
  std::vector<AssumptionRow> rows;
  for (const Assumption& a : assumptions) {
    const AssumptionView& view = a.views[static_cast<std::size_t>(a.default_view)];
    const bool chosen = std::any_of(options.assumptions.begin(), options.assumptions.end(),
                                    [&a](const AssumptionChoice& c) { return c.name == a.name; });
    rows.push_back({a.name, a.description, view.name, view.description, view.source, chosen});
  }
  return rows;
}

std::vector<LeverRow> lever_rows(const Scenario& scenario, const std::vector<std::string>& levers) {
  std::set<std::string> names;
  for (const std::string& setting : levers) names.insert(parse_lever_setting(setting).name);
  std::vector<LeverRow> rows;
  for (const Lever& lever : scenario.levers) {  // the scenario's order
    if (!names.contains(lever.name)) continue;
    LeverRow row{lever.name,   lever.description,
                 lever.source, lever.from_year,
                 {},           static_cast<int>(lever.events.size())};
    for (const ParameterOverride& o : lever.set)
      row.parameters.emplace_back(info(o.param).name, o.value);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<EventRow> added_events(const Scenario& scenario, const Scenario& baseline) {
  std::set<std::string> known;
  for (const Event& e : baseline.timeline) known.insert(e.id);
  std::vector<EventRow> rows;
  for (const Event& e : scenario.timeline) {
    if (known.contains(e.id)) continue;
    const std::string topic = e.actor == kNoState
                                  ? "world"
                                  : scenario.world.states[static_cast<std::size_t>(e.actor)].code;
    rows.push_back({e.date.to_string(), topic, e.text});
  }
  return rows;
}

}  // namespace

ScenarioFacts scenario_facts(const std::string& path, const std::vector<std::string>& overlays,
                             const Summary& reference, const std::vector<std::string>& levers) {
  const Scenario scenario = load_scenario(path, overlays);
  const Scenario baseline = overlays.empty() ? scenario : load_scenario(path);
  const RunOptions options = options_of(reference);
  const std::vector<Assumption> assumptions = chosen_views(scenario, options);

  ScenarioFacts facts;
  facts.name = scenario.name;
  facts.description = scenario.description;
  facts.files.push_back(std::filesystem::path(path).filename().string());
  for (const std::string& overlay : overlays) {
    facts.files.push_back(std::filesystem::path(overlay).filename().string());
  }
  facts.parameters = parameter_rows(scenario, baseline, assumptions);
  facts.assumptions = assumption_rows(assumptions, options);
  facts.levers = lever_rows(scenario, levers);
  facts.added_events = added_events(scenario, baseline);

  // A few hundred candidates find a typical replicate in a fraction of a second.
  constexpr std::uint32_t kCandidates = 400;
  const Simulation simulation(scenario, options);
  facts.narrative_replicate = representative_replicate(simulation, reference, kCandidates);
  std::vector<double> record(simulation.record_size());
  Trace trace;
  simulation.run_replicate(facts.narrative_replicate, record, &trace);
  facts.narrative = format_narrative(trace);
  return facts;
}

}  // namespace umbrella::report
