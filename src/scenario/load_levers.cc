// `levers:`: named policy options with parameter values, events and arsenal targets.
#include <algorithm>
#include <map>

#include "scenario/sections.h"

namespace umbrella {
namespace {

const std::vector<std::string_view> kLeverKeys = {"description", "from",   "source",
                                                  "set",         "events", "arsenal_paths"};

std::vector<std::string_view> lever_path_keys() {
  std::vector<std::string_view> keys = kArsenalPathKeys;
  keys.push_back("state");
  return keys;
}

std::vector<ArsenalPath> read_lever_paths(const Field& field, const World& world) {
  std::vector<ArsenalPath> paths;
  std::map<std::string, SourceLocation> listed;
  // Lever targets are policy choices, not estimates: plain numbers only.
  const PointValueReader plain_value = [](const Field& value, std::size_t) {
    return value.number(kWarheads);
  };
  for (const Field& element : field.list()) {
    const Map map = element.map(lever_path_keys());
    const StateId state = resolve_state(world, map.require("state"));
    ArsenalPath path = read_arsenal_path(map, state, world, plain_value);
    const std::string key = world.states[state].code + "." + arsenal_path_key(path, world);
    auto [first, inserted] = listed.emplace(key, element.location());
    if (!inserted) {
      element.fail("duplicate arsenal path " + key + " (first listed at " +
                   to_string(first->second) + ")");
    }
    paths.push_back(std::move(path));
  }
  return paths;
}

Lever read_lever(const NamedField& entry, Draft& draft) {
  // `run --compare-levers --out DIR` writes each lever's summary in DIR/NAME/, beside baseline/.
  check_identifier(entry.key, entry.name, "lever");
  if (entry.name == "baseline") {
    entry.key.fail(
        "expected a lever name other than 'baseline' (the folder of the run without "
        "levers), got 'baseline'");
  }
  const Map map = entry.value.map(kLeverKeys);
  Lever lever;
  lever.name = entry.name;
  lever.where = entry.value.location();
  if (std::optional<Field> description = map.find("description")) {
    lever.description = description->text();
  }
  lever.source = map.require("source").text();
  lever.from_year = map.require("from").whole_number(limits::kFirstYear, limits::kLastYear);
  if (std::optional<Field> set = map.find("set")) lever.set = read_parameter_set(*set);
  if (std::optional<Field> events = map.find("events")) {
    const EarliestDate earliest{Date{.year = lever.from_year}, "the lever's from year"};
    for (const Field& element : events->list()) {
      lever.events.push_back(read_event(element, events->path(), earliest, draft));
    }
    std::stable_sort(lever.events.begin(), lever.events.end(),
                     [](const Event& a, const Event& b) { return a.date < b.date; });
  }
  if (std::optional<Field> paths = map.find("arsenal_paths")) {
    lever.arsenal_paths = read_lever_paths(*paths, draft.scenario.world);
  }
  return lever;
}

}  // namespace

void load_levers(const Field& section, Draft& draft) {
  std::vector<Lever>& levers = draft.scenario.levers;
  for (const NamedField& entry : section.entries()) {
    auto same = std::find_if(levers.begin(), levers.end(),
                             [&](const Lever& lever) { return lever.name == entry.name; });
    // A lever is replaced whole: the ids of its old events are free again.
    if (same != levers.end()) {
      for (const Event& event : same->events) draft.event_ids.erase(event.id);
      draft.events -= same->events.size();
    } else {
      check_room(entry.key, levers.size(), limits::kMaxLevers, "levers", entry.name);
    }
    Lever lever = read_lever(entry, draft);
    if (same == levers.end()) {
      levers.push_back(std::move(lever));
    } else {
      *same = std::move(lever);
    }
  }
}

}  // namespace umbrella
