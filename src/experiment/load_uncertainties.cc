// `uncertainties:` of an experiment file: the parameters the design varies, each with its
// distribution, given explicitly or taken from the scenario's own ranges.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "experiment/sections.h"
#include "scenario/uncertain_number.h"

namespace umbrella::experiment {
namespace {

// The view in force for each parameter an assumption sets (for a sampled assumption, one of the
// sampled views that sets it): a design must not vary those, or it would silently overrule the
// view the experiment chose. The experiment's uncertainties so far are its sampled views.
std::map<ParamId, std::string> set_by_views(const Experiment& experiment) {
  std::map<ParamId, std::string> set;
  for (const Assumption& assumption : experiment.scenario.assumptions) {
    const AssumptionView* view = &assumption.views[assumption.default_view];
    for (const AssumptionChoice& choice : experiment.assumptions) {
      if (choice.name != assumption.name) continue;
      view = &*std::find_if(assumption.views.begin(), assumption.views.end(),
                            [&](const AssumptionView& v) { return v.name == choice.view; });
    }
    for (const ParameterOverride& o : view->set) set[o.param] = assumption.name + "=" + view->name;
  }
  for (const Uncertainty& sampled : experiment.uncertainties) {
    const Assumption& assumption = experiment.scenario.assumptions[sampled.assumption.value()];
    for (const double index : sampled.distribution.values) {
      const AssumptionView& view = assumption.views[static_cast<std::size_t>(index)];
      for (const ParameterOverride& o : view.set) {
        set[o.param] = assumption.name + "=" + view.name;
      }
    }
  }
  return set;
}

// A model parameter, or a number of the World that the scenario gives an uncertainty: only
// those have a place in the World the design's values can be written to.
Uncertainty read_uncertain_number(const NamedField& entry, const Experiment& experiment,
                                  const std::map<ParamId, std::string>& fixed) {
  Uncertainty u;
  u.name = entry.name;
  if (const std::optional<ParamId> id = find_param(entry.name)) {
    if (auto view = fixed.find(*id); view != fixed.end()) {
      entry.key.fail(
          fmt::format("expected a parameter no assumption view sets, got {}, which the "
                      "view {} sets (choose views under assumptions:)",
                      entry.name, view->second));
    }
    u.param = *id;
    return u;
  }
  const std::vector<WorldUncertainty>& world = experiment.scenario.uncertainties;
  const auto found = std::find_if(world.begin(), world.end(),
                                  [&](const WorldUncertainty& w) { return w.path == entry.name; });
  if (found == world.end()) {
    entry.key.fail(
        "expected a model parameter (umbrella validate --list-parameters lists them) or a "
        "number of the World the scenario gives a range (such as "
        "flashpoints.CHN-TWN.eruption_rate), got " +
        entry.name);
  }
  u.world_number = static_cast<std::size_t>(found - world.begin());
  return u;
}

Bounds domain_of(const Uncertainty& u, const Experiment& experiment) {
  if (!u.in_world()) return {info(u.param).lowest, info(u.param).highest};
  const WorldUncertainty& w = experiment.scenario.uncertainties[u.world_number];
  return {w.lowest, w.highest};
}

// `{range: [low, high], dist: {kind: ..., ...}}`, as a scenario's parameters write it. A normal
// distribution without a range is truncated to the number's domain.
Distribution read_distribution(const Field& field, const Bounds& domain) {
  const Map given = field.map({"range", "dist"});
  std::optional<Range> range;
  if (std::optional<Field> f = given.find("range")) range = read_range(*f, domain);
  DistributionShape shape;
  if (std::optional<Field> f = given.find("dist")) shape = read_distribution_shape(*f, domain);
  if (!range && shape.kind == Distribution::Kind::normal)
    range = Range{domain.lowest, domain.highest};
  Distribution dist = make_distribution(given, range, shape);
  const bool discrete = dist.kind == Distribution::Kind::discrete;
  const bool spread = discrete ? std::any_of(dist.values.begin(), dist.values.end(),
                                             [&](double v) { return v != dist.values.front(); })
                               : dist.lower < dist.upper;
  if (!spread) {
    given.field().fail(fmt::format("expected an uncertainty that varies, got only {}",
                                   format_number(discrete ? dist.values.front() : dist.lower)));
  }
  return dist;
}

}  // namespace

void load_uncertainties(const Field& section, Experiment& experiment) {
  const Map map = section.map({"use_scenario_ranges", "parameters"});
  const std::map<ParamId, std::string> fixed = set_by_views(experiment);
  // Keyed by (parameter, World number): the design's columns follow the parameter list's order,
  // then the scenario's World numbers, whatever order the file lists them in.
  std::map<std::pair<ParamId, std::size_t>, Uncertainty> chosen;
  const auto key = [](const Uncertainty& u) { return std::pair(u.param, u.world_number); };
  if (std::optional<Field> parameters = map.find("parameters")) {
    for (const NamedField& entry : parameters->entries()) {
      Uncertainty u = read_uncertain_number(entry, experiment, fixed);
      u.distribution = read_distribution(entry.value, domain_of(u, experiment));
      chosen[key(u)] = std::move(u);
    }
  }
  const std::optional<Field> use_scenario = map.find("use_scenario_ranges");
  if (use_scenario && use_scenario->boolean()) {
    for (std::size_t i = 0; i < kParamCount; ++i) {
      const auto id = static_cast<ParamId>(i);
      const Distribution& dist = experiment.scenario.parameters[i].uncertainty;
      if (dist.kind == Distribution::Kind::fixed || fixed.contains(id)) continue;
      Uncertainty u{std::string(info(id).name), id, 0, dist, std::nullopt};
      chosen.emplace(key(u), std::move(u));
    }
    const std::vector<WorldUncertainty>& world = experiment.scenario.uncertainties;
    for (std::size_t w = 0; w < world.size(); ++w) {
      Uncertainty u{world[w].path, ParamId::count, w, world[w].distribution, std::nullopt};
      chosen.emplace(key(u), std::move(u));
    }
  }
  std::vector<Uncertainty> numbers;
  numbers.reserve(chosen.size());
  for (auto& [k, u] : chosen) numbers.push_back(std::move(u));
  experiment.uncertainties.insert(experiment.uncertainties.begin(),
                                  std::make_move_iterator(numbers.begin()),
                                  std::make_move_iterator(numbers.end()));
}

}  // namespace umbrella::experiment
