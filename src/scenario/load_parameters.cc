// `parameters:`, and the `set:` maps of levers and assumption views.
#include "scenario/sections.h"

namespace umbrella {
namespace {

Bounds domain(ParamId id) {
  const ParamInfo& param = info(id);
  return Bounds{param.lowest, param.highest};
}

}  // namespace

void load_parameters(const Field& section, Draft& draft) {
  for (const NamedField& entry : section.entries()) {
    const ParamId id = resolve_parameter(entry.key);
    const auto index = static_cast<std::size_t>(id);
    const Map given = entry.value.map(kUncertainKeys);
    ParamSpec& spec = draft.scenario.parameters[index];
    if (!spec.defined) given.require("source");
    if (std::optional<Field> value = given.find("value")) {
      draft.value_where[index] = value->location();
    }
    UncertainParts& parts = draft.parameter_parts[index];
    merge_uncertain(given, domain(id), parts);
    // Without a value, the parameter's value comes from an assumption's views (checked once
    // every file is merged), and its range is what they span.
    if (!parts.value && !parts.range && !parts.shape) {
      entry.value.fail(
          "expected a value, or a range for a parameter an assumption sets, got neither");
    }
    spec.uncertainty = distribution_of(given, parts);
    if (parts.value) spec.value = *parts.value;
    spec.source = parts.source;
    spec.where = entry.value.location();
    spec.defined = true;
  }
}

std::vector<ParameterOverride> read_parameter_set(const Field& field) {
  std::vector<ParameterOverride> set;
  for (const NamedField& entry : field.entries()) {
    const ParamId id = resolve_parameter(entry.key);
    set.push_back(ParameterOverride{id, entry.value.number(domain(id)), entry.value.location()});
  }
  return set;
}

}  // namespace umbrella
