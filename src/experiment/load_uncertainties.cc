// `uncertainties:` of an experiment file: the parameters the design varies, each with its
// distribution, given explicitly or taken from the scenario's own ranges.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "experiment/experiment_sections.h"
#include "scenario/uncertain_number.h"

namespace umbrella::experiment {
namespace {

// The view in force for each parameter an assumption sets: a design must not vary those, or it
// would silently overrule the view the experiment chose.
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
  return set;
}

ParamId read_parameter(const NamedField& entry, const std::map<ParamId, std::string>& fixed) {
  const std::optional<ParamId> id = find_param(entry.name);
  if (!id) {
    entry.key.fail(
        "expected a model parameter (umbrella validate --list-parameters lists them), "
        "got " +
        entry.name);
  }
  if (auto view = fixed.find(*id); view != fixed.end()) {
    entry.key.fail(
        fmt::format("expected a parameter no assumption view sets, got {}, which the "
                    "view {} sets (choose views under assumptions:)",
                    entry.name, view->second));
  }
  return *id;
}

// `{range: [low, high], dist: {kind: ..., ...}}`, as a scenario's parameters write it. A normal
// distribution without a range is truncated to the parameter's domain.
Distribution read_distribution(const Field& field, ParamId id) {
  const Bounds domain{info(id).lowest, info(id).highest};
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
  std::map<ParamId, Distribution> chosen;
  if (std::optional<Field> parameters = map.find("parameters")) {
    for (const NamedField& entry : parameters->entries()) {
      const ParamId id = read_parameter(entry, fixed);
      chosen[id] = read_distribution(entry.value, id);
    }
  }
  const std::optional<Field> use_scenario = map.find("use_scenario_ranges");
  if (use_scenario && use_scenario->boolean()) {
    for (std::size_t i = 0; i < kParamCount; ++i) {
      const auto id = static_cast<ParamId>(i);
      const Distribution& dist = experiment.scenario.parameters[i].uncertainty;
      if (dist.kind != Distribution::Kind::fixed && !fixed.contains(id)) chosen.emplace(id, dist);
    }
  }
  // std::map keeps the parameter list's order: the design's columns do not depend on how the
  // file lists them.
  for (const auto& [id, dist] : chosen) experiment.uncertainties.push_back({id, dist});
}

}  // namespace umbrella::experiment
