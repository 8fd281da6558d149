#include "scenario/draft.h"

#include <algorithm>

namespace umbrella {

std::string indexed(const std::string& prefix, const std::string& id) {
  return prefix + "[" + id + "]";
}

StateId resolve_state(const World& world, const Field& code) {
  const std::string text = code.text();
  const StateId id = world.find_state(text);
  if (id == kNoState) code.fail("unknown state " + text + " (expected a code listed under states)");
  return id;
}

RegionId resolve_region(const World& world, const Field& region) {
  const std::string text = region.text();
  const RegionId id = world.find_region(text);
  if (id < 0) {
    std::string known;
    for (const std::string& name : world.regions) known += (known.empty() ? "" : ", ") + name;
    region.fail("unknown region " + text + " (expected one listed under regions: " +
                (known.empty() ? "none is" : known) + ")");
  }
  return id;
}

AllianceId find_alliance(const World& world, StateId patron, StateId ally) {
  auto it = std::find_if(world.alliances.begin(), world.alliances.end(),
                         [&](const Alliance& a) { return a.patron == patron && a.ally == ally; });
  return it == world.alliances.end() ? -1 : static_cast<AllianceId>(it - world.alliances.begin());
}

ParamId resolve_parameter(const Field& name) {
  const std::string text = name.text();
  const std::optional<ParamId> id = find_param(text);
  if (!id) name.fail("unknown parameter " + text);
  return *id;
}

void read_period(const Map& map, Period& period) {
  if (std::optional<Field> from = map.find("from")) period.from = from->date();
  if (std::optional<Field> until = map.find("until")) period.until = until->date();
}

void record_event_id(Draft& draft, const std::string& id, const Field& id_field) {
  auto [it, inserted] = draft.event_ids.emplace(id, id_field.location());
  if (!inserted) {
    id_field.fail("duplicate event id " + id + " (first defined at " + to_string(it->second) + ")");
  }
}

void set_world_number(Draft& draft, const Field& field, const Bounds& bounds, std::string path,
                      const std::string& owner_source, const NumberLocator& locate) {
  const Quantity quantity = read_quantity(field, bounds);
  locate(draft.scenario.world) = quantity.value;

  std::vector<WorldUncertainty>& uncertainties = draft.scenario.uncertainties;
  auto earlier = std::find_if(uncertainties.begin(), uncertainties.end(),
                              [&](const WorldUncertainty& u) { return u.path == path; });
  if (quantity.distribution.kind == Distribution::Kind::fixed) {
    if (earlier != uncertainties.end()) uncertainties.erase(earlier);
    return;
  }
  WorldUncertainty uncertainty{std::move(path),
                               quantity.value,
                               quantity.distribution,
                               bounds.lowest,
                               bounds.highest,
                               quantity.source.value_or(owner_source),
                               [locate](World& world, double value) { locate(world) = value; }};
  if (earlier != uncertainties.end()) {
    *earlier = std::move(uncertainty);
  } else {
    uncertainties.push_back(std::move(uncertainty));
  }
}

void forget_uncertainties(Draft& draft, const std::string& path_prefix) {
  std::erase_if(draft.scenario.uncertainties,
                [&](const WorldUncertainty& u) { return u.path.starts_with(path_prefix); });
}

}  // namespace umbrella
