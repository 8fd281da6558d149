#include "engine/compile_levers.h"

#include <fmt/core.h>

#include <algorithm>

#include "core/error.h"
#include "model/arsenal.h"

namespace umbrella {
namespace {

std::string names_of_levers(const Scenario& scenario) {
  std::string out;
  for (const Lever& lever : scenario.levers) out += (out.empty() ? "" : ", ") + lever.name;
  return out;
}

double component_value(const World& world, const ArsenalPath& path) {
  const Arsenal& arsenal = world.states[path.state].arsenal;
  switch (path.component) {
    case ArsenalComponent::stockpile:
      return arsenal.total();
    case ArsenalComponent::strategic:
      return arsenal.strategic.deployed;
    case ArsenalComponent::theater:
      return arsenal.theater[path.region].deployed;
  }
  return 0.0;
}

bool same_component(const ArsenalPath& a, const ArsenalPath& b) {
  return a.state == b.state && a.component == b.component &&
         (a.component != ArsenalComponent::theater || a.region == b.region);
}

// A lever's arsenal targets take over from the baseline path at the lever's first year; with an
// intensity below one they stop that share of the way between the baseline and the lever.
void merge_lever_path(World& world, const ArsenalPath& lever_path, int from_year, double intensity,
                      double growth_after) {
  auto existing = std::find_if(world.arsenal_paths.begin(), world.arsenal_paths.end(),
                               [&](const ArsenalPath& p) { return same_component(p, lever_path); });
  const bool has_base = existing != world.arsenal_paths.end();
  const double flat = component_value(world, lever_path);
  auto baseline = [&](double year) {
    return has_base ? path_value(*existing, year, growth_after) : flat;
  };
  ArsenalPath merged = lever_path;
  merged.points.clear();
  if (has_base) {
    for (const ArsenalTarget& t : existing->points) {
      if (t.year < from_year) merged.points.push_back(t);
    }
  }
  if (lever_path.points.front().year > from_year) {
    merged.points.push_back({static_cast<double>(from_year), baseline(from_year)});
  }
  for (const ArsenalTarget& t : lever_path.points) {
    if (t.year < from_year) continue;
    merged.points.push_back({t.year, baseline(t.year) + intensity * (t.value - baseline(t.year))});
  }
  if (has_base) {
    *existing = std::move(merged);
  } else {
    world.arsenal_paths.push_back(std::move(merged));
  }
}

void check_no_lever_twice(const std::vector<LeverSetting>& settings) {
  for (std::size_t i = 0; i < settings.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      const LeverSetting& a = settings[j];
      const LeverSetting& b = settings[i];
      if (a.name == b.name && a.intensity != b.intensity) {
        throw UsageError(fmt::format("{} {}: given twice with different intensities, {} and {}",
                                     mention("lever"), a.name, a.intensity, b.intensity));
      }
    }
  }
}

}  // namespace

void compile_levers(const Scenario& scenario, const std::vector<LeverSetting>& settings,
                    CompiledScenario& compiled) {
  check_no_lever_twice(settings);
  for (const LeverSetting& setting : settings) {
    const Lever* lever = scenario.find_lever(setting.name);
    if (lever == nullptr) {
      throw UsageError("lever", "no lever named '" + setting.name +
                                    "' (levers: " + names_of_levers(scenario) + ")");
    }
    if (setting.intensity <= 0.0) continue;
    for (const ParameterOverride& o : lever->set) {
      compiled.steps.push_back({lever->from_year, o.param, o.value, setting.intensity});
    }
    for (Event event : lever->events) {
      event.strength *= setting.intensity;
      compiled.timeline.push_back(std::move(event));
    }
    for (const ArsenalPath& path : lever->arsenal_paths) {
      merge_lever_path(compiled.world, path, lever->from_year, setting.intensity,
                       compiled.base[ParamId::arsenal_growth_after_path]);
    }
  }
}

}  // namespace umbrella
