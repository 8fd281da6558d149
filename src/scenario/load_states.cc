// `regions:` and `states:`, with each state's arsenal and arsenal paths.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "scenario/sections.h"

namespace umbrella {
namespace {

const std::vector<std::string_view> kStateKeys = {
    "code",           "name",          "region",       "stage",     "npt",
    "arsenal",        "arsenal_paths", "conventional", "latency",   "breakout_years",
    "public_support", "norms",         "dependence",   "reacts_to", "from",
    "until",          "source"};

struct StateNumber {
  std::string_view key;
  Bounds bounds;
  double State::*member;
};
const StateNumber kStateNumbers[] = {
    {"conventional", kConventional, &State::conventional},
    {"latency", kShare, &State::latency},
    {"breakout_years", kBreakoutYears, &State::breakout_years},
    {"public_support", kShare, &State::public_support},
    {"norms", kNorms, &State::norms},
    {"dependence", kShare, &State::dependence},
};

using ForcesLocator = std::function<Forces&(World&)>;

std::string read_code(const Field& field) {
  std::string code = field.text();
  const bool valid = code.size() == 3 && std::all_of(code.begin(), code.end(),
                                                     [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!valid) field.fail("expected an ISO 3166 alpha-3 code (three capital letters), got " + code);
  return code;
}

void read_forces(const Field& field, Draft& draft, const std::string& path,
                 const std::string& source, const ForcesLocator& locate) {
  const Map map = field.map({"deployed", "reserve"});
  if (std::optional<Field> deployed = map.find("deployed")) {
    set_world_number(draft, *deployed, kWarheads, path + "deployed", source,
                     [locate](World& world) -> double& { return locate(world).deployed; });
  }
  if (std::optional<Field> reserve = map.find("reserve")) {
    set_world_number(draft, *reserve, kWarheads, path + "reserve", source,
                     [locate](World& world) -> double& { return locate(world).reserve; });
  }
}

void read_arsenal(const Field& field, StateId id, Draft& draft, const std::string& path) {
  const std::string& source = draft.scenario.world.states[id].source;
  const Map map = field.map({"strategic", "theater"});
  if (std::optional<Field> strategic = map.find("strategic")) {
    read_forces(*strategic, draft, path + "strategic.", source,
                [id](World& world) -> Forces& { return world.states[id].arsenal.strategic; });
  }
  if (std::optional<Field> theater = map.find("theater")) {
    for (const NamedField& entry : theater->entries()) {
      const RegionId region = resolve_region(draft.scenario.world, entry.key);
      read_forces(entry.value, draft, path + "theater." + entry.name + ".", source,
                  [id, region](World& world) -> Forces& {
                    return world.states[id].arsenal.theater[region];
                  });
    }
  }
}

void read_state_paths(const Field& field, StateId id, Draft& draft) {
  World& world = draft.scenario.world;
  std::map<std::string, SourceLocation> listed;
  for (const Field& element : field.list()) {
    std::vector<Field> value_fields;
    const PointValueReader remember_value = [&](const Field& value, std::size_t) {
      value_fields.push_back(value);
      return read_quantity(value, kWarheads).value;
    };
    ArsenalPath path = read_arsenal_path(element.map(kArsenalPathKeys), id, world, remember_value);

    const std::string key = arsenal_path_key(path, world);
    auto [first, inserted] = listed.emplace(key, element.location());
    if (!inserted) {
      element.fail("duplicate arsenal path " + key + " (first listed at " +
                   to_string(first->second) + ")");
    }
    // A path with the same component and region replaces the old one in place, so indices
    // held by uncertainties of other paths stay valid.
    auto same = std::find_if(
        world.arsenal_paths.begin(), world.arsenal_paths.end(),
        [&](const ArsenalPath& p) { return p.state == id && arsenal_path_key(p, world) == key; });
    const auto index = static_cast<std::size_t>(same - world.arsenal_paths.begin());
    const std::string prefix = "states." + world.states[id].code + ".arsenal_paths." + key + ".";
    forget_uncertainties(draft, prefix);
    if (same == world.arsenal_paths.end()) {
      world.arsenal_paths.push_back(path);
    } else {
      *same = path;
    }
    for (std::size_t point = 0; point < value_fields.size(); ++point) {
      set_world_number(draft, value_fields[point], kWarheads,
                       prefix + "points[" + std::to_string(point) + "].value", path.source,
                       [index, point](World& w) -> double& {
                         return w.arsenal_paths[index].points[point].value;
                       });
    }
  }
}

std::vector<StateId> read_rivals(const Field& field, StateId id, const World& world) {
  std::vector<StateId> rivals;
  for (const Field& element : field.list()) {
    const StateId rival = resolve_state(world, element);
    if (rival == id)
      element.fail("expected a rival other than the state itself, got " + element.text());
    if (std::find(rivals.begin(), rivals.end(), rival) != rivals.end()) {
      element.fail("duplicate rival " + element.text());
    }
    rivals.push_back(rival);
  }
  return rivals;
}

// Reads the keys `field` gives into states[id]; every state of the file is known by now.
void read_state(const Field& field, StateId id, bool is_new, Draft& draft) {
  World& world = draft.scenario.world;
  const Map map = field.map(kStateKeys);
  State& state = world.states[id];
  if (std::optional<Field> source = map.find("source")) state.source = source->text();
  if (std::optional<Field> name = map.find("name")) state.name = name->text();
  if (std::optional<Field> region = map.find("region"))
    state.region = resolve_region(world, *region);
  if (std::optional<Field> stage = map.find("stage")) {
    state.stage = stage->choice({Stage::none, Stage::hedging, Stage::pursuit, Stage::acquired});
  }
  if (std::optional<Field> npt = map.find("npt")) {
    state.npt = npt->choice({NptStatus::weapon_state, NptStatus::non_weapon_state,
                             NptStatus::non_party, NptStatus::withdrawn});
  }
  // Latent capability and public support drive proliferation; an armed state has no use for them.
  if (is_new && state.stage != Stage::acquired) {
    map.require_all({"latency", "breakout_years", "public_support"});
  }
  const std::string prefix = "states." + state.code + ".";
  for (const StateNumber& number : kStateNumbers) {
    if (std::optional<Field> value = map.find(number.key)) {
      set_world_number(
          draft, *value, number.bounds, prefix + std::string(number.key), state.source,
          [id, member = number.member](World& w) -> double& { return w.states[id].*member; });
    }
  }
  if (std::optional<Field> arsenal = map.find("arsenal")) {
    read_arsenal(*arsenal, id, draft, prefix + "arsenal.");
  }
  if (std::optional<Field> paths = map.find("arsenal_paths")) read_state_paths(*paths, id, draft);
  if (std::optional<Field> rivals = map.find("reacts_to")) {
    state.reacts_to = read_rivals(*rivals, id, world);
  }
  read_period(map, state.period);
  draft.state_where[id] = field.location();
}

}  // namespace

void load_regions(const Field& section, Draft& draft) {
  std::vector<std::string>& regions = draft.scenario.world.regions;
  std::set<std::string> listed;
  for (const Field& element : section.list()) {
    const std::string region = element.text();
    if (!listed.insert(region).second) element.fail("duplicate region " + region);
    // Listing a region an included file already lists is harmless: a file may name what it uses.
    if (draft.scenario.world.find_region(region) >= 0) continue;
    check_room(element, regions.size(), kMaxRegions, "regions", region);
    regions.push_back(region);
  }
}

void load_states(const Field& section, Draft& draft) {
  World& world = draft.scenario.world;
  struct Entry {
    Field field;
    StateId id;
    bool is_new;
  };
  std::vector<Entry> entries;
  std::map<std::string, SourceLocation> listed;
  // Every code is known before any state is read, so `reacts_to` may name a state listed later.
  for (const Field& element : section.list()) {
    const std::string code = read_code(element.identifying_key("code", kStateKeys));
    const Field named = element.renamed(indexed("states", code));
    const Field code_field = named.identifying_key("code", kStateKeys);
    auto [first, inserted] = listed.emplace(code, code_field.location());
    if (!inserted) {
      code_field.fail("duplicate state " + code + " (first listed at " + to_string(first->second) +
                      ")");
    }
    StateId id = world.find_state(code);
    const bool is_new = id == kNoState;
    if (is_new) {
      check_room(named, world.states.size(), limits::kMaxStates, "states", code);
      named.map(kStateKeys)
          .require_all({"name", "region", "stage", "npt", "conventional", "source"});
      id = static_cast<StateId>(world.states.size());
      world.states.emplace_back().code = code;
      draft.state_where.push_back(named.location());
    }
    entries.push_back({named, id, is_new});
  }
  for (const Entry& entry : entries) read_state(entry.field, entry.id, entry.is_new, draft);
}

}  // namespace umbrella
