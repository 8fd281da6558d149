// Overrides written as overlay text. The text is JSON-style flow YAML (keys quoted as JSON
// strings, numbers in their shortest round-trip form, NaN as `nan`) so that no key a program
// passes can change the document's structure, and a bad number reaches the loader's own check.
#include "scenario/overrides.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "scenario/text_overlays.h"

namespace umbrella {
namespace {

std::string quoted(const std::string& text) {
  return nlohmann::json(text).dump();
}

// A map of the overlay as flow YAML: keys in the order given, numbers written by fmt (which
// writes NaN as `nan`, a text the loader refuses as a number, where JSON would write null).
std::string flow_text(const nlohmann::ordered_json& map) {
  std::string out = "{";
  for (const auto& [name, value] : map.items()) {
    if (out.size() > 1) out += ", ";
    out += quoted(name) + ": ";
    out += value.is_object() ? flow_text(value) : fmt::format("{}", value.get<double>());
  }
  return out + "}";
}

// Sets `map[path...]`; a path through or onto another key's number is refused.
void set_at(nlohmann::ordered_json& map, const std::vector<std::string>& path, double value,
            const std::string& whole_key) {
  nlohmann::ordered_json* node = &map;
  for (std::size_t i = 2; i < path.size(); ++i) {
    const bool last = i + 1 == path.size();
    if (node->contains(path[i]) && (last || !(*node)[path[i]].is_object())) {
      throw UsageError("world",
                       fmt::format("{}: another key sets this number or a part of it", whole_key));
    }
    if (last) {
      (*node)[path[i]] = value;
    } else {
      if (!node->contains(path[i])) (*node)[path[i]] = nlohmann::ordered_json::object();
      node = &(*node)[path[i]];
    }
  }
}

std::string parameters_text(const std::vector<NumberSetting>& parameters) {
  std::string text = "parameters:\n";
  for (const NumberSetting& p : parameters) {
    text += fmt::format("  {}: {{value: {}}}\n", quoted(p.key), p.value);
  }
  return text;
}

std::vector<std::string> split(const std::string& key, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t end; (end = key.find(separator, start)) != std::string::npos; start = end + 1) {
    parts.push_back(key.substr(start, end - start));
  }
  parts.push_back(key.substr(start));
  return parts;
}

// An overlay entry with an id the World lacks would define a new object and ask for all its
// keys: name the unknown object instead.
void check_known(const World& world, const std::string& section, const std::string& id,
                 const std::string& whole_key) {
  const auto dash = id.find('-');
  const StateId first = dash == std::string::npos ? kNoState : world.find_state(id.substr(0, dash));
  const StateId second =
      dash == std::string::npos ? kNoState : world.find_state(id.substr(dash + 1));
  bool known = false;
  if (section == "states") {
    known = world.find_state(id) != kNoState;
  } else if (section == "flashpoints") {
    known = world.find_flashpoint(id) >= 0;
  } else if (section == "alliances") {
    known = std::any_of(world.alliances.begin(), world.alliances.end(), [&](const Alliance& a) {
      return first != kNoState && a.patron == first && a.ally == second;
    });
  } else if (section == "rivalries") {
    known = std::any_of(world.rivalries.begin(), world.rivalries.end(), [&](const Rivalry& r) {
      return first != kNoState && r.state == first && r.adversary == second;
    });
  } else {
    throw UsageError("world",
                     fmt::format("{}: expected a key under states, alliances, rivalries or "
                                 "flashpoints",
                                 whole_key));
  }
  if (!known) {
    throw UsageError("world", fmt::format("{}: the scenario has no {} {}", whole_key, section, id));
  }
}

// The keys that name the object in its list: `code`, `id`, or the pair of states.
std::string identifying_keys(const std::string& section, const std::string& id) {
  if (section == "states") return "\"code\": " + quoted(id);
  if (section == "flashpoints") return "\"id\": " + quoted(id);
  const auto dash = id.find('-');
  const bool alliance = section == "alliances";
  return fmt::format("{}: {}, {}: {}", quoted(alliance ? "patron" : "state"),
                     quoted(id.substr(0, dash)), quoted(alliance ? "ally" : "adversary"),
                     quoted(id.substr(dash + 1)));
}

std::string world_text(const std::vector<NumberSetting>& world_numbers, const World& world) {
  // Each object once, in the order first named, with every field given for it.
  std::map<std::string, std::vector<std::pair<std::string, nlohmann::ordered_json>>> sections;
  std::vector<std::string> order;
  for (const NumberSetting& setting : world_numbers) {
    const std::vector<std::string> parts = split(setting.key, '.');
    const bool empty_part =
        std::any_of(parts.begin(), parts.end(), [](const std::string& p) { return p.empty(); });
    if (parts.size() < 3 || empty_part) {
      throw UsageError(
          "world", fmt::format("{}: expected SECTION.ID.FIELD, such as states.KOR.latency, "
                               "alliances.USA-JPN.credibility or flashpoints.CHN-TWN.eruption_rate",
                               setting.key));
    }
    const std::string& section = parts[0];
    const std::string& id = parts[1];
    check_known(world, section, id, setting.key);
    auto& objects = sections[section];
    if (objects.empty()) order.push_back(section);
    auto object = std::find_if(objects.begin(), objects.end(),
                               [&](const auto& entry) { return entry.first == id; });
    if (object == objects.end()) {
      objects.emplace_back(id, nlohmann::ordered_json::object());
      object = objects.end() - 1;
    }
    set_at(object->second, parts, setting.value, setting.key);
  }
  std::string text;
  for (const std::string& section : order) {
    text += section + ":\n";
    for (const auto& [id, fields] : sections[section]) {
      const std::string rest = flow_text(fields);
      text += "  - {" + identifying_keys(section, id) +
              (rest == "{}" ? "" : ", " + rest.substr(1, rest.size() - 2)) + "}\n";
    }
  }
  return text;
}

}  // namespace

Scenario load_scenario(const std::string& path, const std::vector<std::string>& overlays,
                       const ScenarioOverrides& overrides) {
  try {
    return load_scenario_then(path, overlays, [&](const Draft& draft) {
      std::vector<OverlayText> texts;
      if (!overrides.parameters.empty()) {
        texts.push_back({kParametersOverlay, parameters_text(overrides.parameters)});
      }
      if (!overrides.world.empty()) {
        texts.push_back({kWorldOverlay, world_text(overrides.world, draft.scenario.world)});
      }
      return texts;
    });
  } catch (const InputError& e) {
    // An error in an override's text is the caller's argument, named as the caller gave it.
    const std::string& file = e.where().file;
    if (file != kParametersOverlay && file != kWorldOverlay) throw;
    throw UsageError(file == kParametersOverlay ? "parameters" : "world",
                     e.field() + ": " + e.message());
  }
}

}  // namespace umbrella
