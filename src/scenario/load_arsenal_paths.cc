// Dated arsenal targets, shared by `states[].arsenal_paths` and `levers[].arsenal_paths`.
#include <fmt/format.h>

#include "scenario/sections.h"

namespace umbrella {
namespace {

const char* component_name(ArsenalComponent component) {
  switch (component) {
    case ArsenalComponent::stockpile:
      return "stockpile";
    case ArsenalComponent::strategic:
      return "strategic";
    case ArsenalComponent::theater:
      return "theater";
  }
  return "?";
}

constexpr ArsenalComponent kComponents[] = {ArsenalComponent::stockpile,
                                            ArsenalComponent::strategic, ArsenalComponent::theater};

ArsenalComponent read_component(const Field& field) {
  std::vector<std::string_view> names;
  for (ArsenalComponent component : kComponents) names.emplace_back(component_name(component));
  return kComponents[field.choice_index(names)];
}

std::vector<ArsenalTarget> read_points(const Field& field, const PointValueReader& read_value) {
  std::vector<ArsenalTarget> points;
  const std::vector<Field> elements = field.list();
  if (elements.empty()) field.fail("expected a non-empty list of {year, value} points, got none");
  if (elements.size() > limits::kMaxArsenalPathPoints) {
    field.fail(fmt::format("expected at most {} points, got {}", limits::kMaxArsenalPathPoints,
                           elements.size()));
  }
  for (const Field& element : elements) {
    const Map point = element.map({"year", "value"});
    const Field year = point.require("year");
    ArsenalTarget target;
    target.year = year.number(Bounds{limits::kFirstYear, limits::kLastYear});
    if (!points.empty() && target.year <= points.back().year) {
      year.fail(
          fmt::format("expected a year after {} (points are in increasing year order), got {}",
                      format_number(points.back().year), format_number(target.year)));
    }
    target.value = read_value(point.require("value"), points.size());
    points.push_back(target);
  }
  return points;
}

}  // namespace

std::string arsenal_path_key(const ArsenalPath& path, const World& world) {
  std::string key = component_name(path.component);
  if (path.component == ArsenalComponent::theater) key += "." + world.regions[path.region];
  return key;
}

ArsenalPath read_arsenal_path(const Map& map, StateId state, const World& world,
                              const PointValueReader& read_value) {
  ArsenalPath path;
  path.state = state;
  path.component = read_component(map.require("component"));
  if (path.component == ArsenalComponent::theater) {
    path.region = resolve_region(world, map.require("region"));
  } else if (std::optional<Field> region = map.find("region")) {
    region->fail(
        fmt::format("expected no region for a {} path (only theater paths have one), got {}",
                    component_name(path.component), region->describe()));
  }
  path.points = read_points(map.require("points"), read_value);
  path.source = map.require("source").text();
  return path;
}

}  // namespace umbrella
