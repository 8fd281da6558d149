// `alliances:`, `rivalries:`, `flashpoints:` and `treaties:`: the objects that tie states together.
#include <algorithm>
#include <map>

#include "scenario/sections.h"

namespace umbrella {
namespace {

const std::vector<std::string_view> kAllianceKeys = {
    "patron",           "ally",    "kind",         "region",
    "forward_presence", "sharing", "introduction", "primary",
    "credibility",      "from",    "until",        "source"};
const std::vector<std::string_view> kRivalryKeys = {"state", "adversary", "threat",
                                                    "from",  "until",     "source"};
const std::vector<std::string_view> kFlashpointKeys = {"id",
                                                       "adversary",
                                                       "ally",
                                                       "patron",
                                                       "region",
                                                       "stakes",
                                                       "eruption_rate",
                                                       "challenger_belief",
                                                       "patron_resolve",
                                                       "source"};
const std::vector<std::string_view> kTreatyKeys = {"id",
                                                   "name",
                                                   "parties",
                                                   "cap_strategic_deployed",
                                                   "in_force",
                                                   "expires",
                                                   "withdrawal_notice_months",
                                                   "source"};
constexpr int kMaxNoticeMonths = 120;

// Ids already listed in the section of the file being read: within one file an id is listed
// once; across files, a repeated id updates the object.
class ListedIds {
 public:
  explicit ListedIds(std::string kind) : kind_(std::move(kind)) {}
  void add(const std::string& id, const Field& where) {
    auto [first, inserted] = listed_.emplace(id, where.location());
    if (!inserted) {
      where.fail("duplicate " + kind_ + " " + id + " (first listed at " + to_string(first->second) +
                 ")");
    }
  }

 private:
  std::string kind_;
  std::map<std::string, SourceLocation> listed_;
};

std::string pair_id(const World& world, StateId first, StateId second) {
  return world.states[first].code + "-" + world.states[second].code;
}

std::string optional_source(const std::optional<Field>& field, const std::string& current) {
  return field ? field->text() : current;
}

void read_alliance(const Map& map, AllianceId id, Draft& draft, const std::string& path) {
  World& world = draft.scenario.world;
  Alliance& alliance = world.alliances[id];
  alliance.source = optional_source(map.find("source"), alliance.source);
  if (std::optional<Field> kind = map.find("kind")) {
    alliance.kind =
        kind->choice({AllianceKind::treaty, AllianceKind::ambiguous, AllianceKind::partner});
  }
  if (std::optional<Field> region = map.find("region")) {
    alliance.region = resolve_region(world, *region);
  }
  if (std::optional<Field> presence = map.find("forward_presence")) {
    set_world_number(draft, *presence, kShare, path + "forward_presence", alliance.source,
                     [id](World& w) -> double& { return w.alliances[id].forward_presence; });
  }
  if (std::optional<Field> sharing = map.find("sharing")) {
    alliance.sharing = sharing->choice({Sharing::none, Sharing::nato, Sharing::bilateral});
  }
  if (std::optional<Field> introduction = map.find("introduction")) {
    alliance.introduction = introduction->boolean();
  }
  if (std::optional<Field> primary = map.find("primary")) alliance.primary = primary->boolean();
  read_period(map, alliance.period);
  if (std::optional<Field> credibility = map.find("credibility")) {
    set_world_number(draft, *credibility, kShare, path + "credibility", alliance.source,
                     [id](World& w) -> double& { return w.alliances[id].initial_credibility; });
  }
}

void read_flashpoint(const Map& map, int index, Draft& draft, const std::string& path) {
  World& world = draft.scenario.world;
  Flashpoint& flashpoint = world.flashpoints[index];
  flashpoint.source = optional_source(map.find("source"), flashpoint.source);
  if (std::optional<Field> adversary = map.find("adversary")) {
    flashpoint.adversary = resolve_state(world, *adversary);
  }
  if (std::optional<Field> ally = map.find("ally")) flashpoint.ally = resolve_state(world, *ally);
  if (std::optional<Field> patron = map.find("patron")) {
    flashpoint.patron = resolve_state(world, *patron);
  }
  if (std::optional<Field> region = map.find("region")) {
    flashpoint.region = resolve_region(world, *region);
  }
  if (std::optional<Field> stakes = map.find("stakes")) {
    set_world_number(draft, *stakes, kShare, path + "stakes", flashpoint.source,
                     [index](World& w) -> double& { return w.flashpoints[index].stakes; });
  }
  if (std::optional<Field> rate = map.find("eruption_rate")) {
    set_world_number(draft, *rate, kShare, path + "eruption_rate", flashpoint.source,
                     [index](World& w) -> double& { return w.flashpoints[index].eruption_rate; });
  }
  if (std::optional<Field> belief = map.find("challenger_belief")) {
    set_world_number(
        draft, *belief, kShare, path + "challenger_belief", flashpoint.source,
        [index](World& w) -> double& { return w.flashpoints[index].challenger_belief; });
  }
  if (std::optional<Field> resolve = map.find("patron_resolve")) {
    set_world_number(draft, *resolve, kShare, path + "patron_resolve", flashpoint.source,
                     [index](World& w) -> double& { return w.flashpoints[index].patron_resolve; });
  }
}

std::vector<StateId> read_parties(const Field& field, const World& world) {
  std::vector<StateId> parties;
  for (const Field& element : field.list()) {
    const StateId party = resolve_state(world, element);
    if (std::find(parties.begin(), parties.end(), party) != parties.end()) {
      element.fail("duplicate party " + element.text());
    }
    parties.push_back(party);
  }
  if (parties.empty()) field.fail("expected a non-empty list of state codes, got an empty list");
  return parties;
}

void read_treaty(const Map& map, Treaty& treaty, const World& world) {
  treaty.source = optional_source(map.find("source"), treaty.source);
  if (std::optional<Field> name = map.find("name")) treaty.name = name->text();
  if (std::optional<Field> parties = map.find("parties")) {
    treaty.parties = read_parties(*parties, world);
  }
  if (std::optional<Field> cap = map.find("cap_strategic_deployed")) {
    treaty.cap_strategic_deployed = cap->number(kWarheads);
  }
  if (std::optional<Field> in_force = map.find("in_force")) treaty.in_force = in_force->date();
  if (std::optional<Field> expires = map.find("expires")) treaty.expires = expires->date();
  if (std::optional<Field> notice = map.find("withdrawal_notice_months")) {
    treaty.withdrawal_notice_months = notice->whole_number(0, kMaxNoticeMonths);
  }
}

}  // namespace

void load_alliances(const Field& section, Draft& draft) {
  World& world = draft.scenario.world;
  ListedIds listed("alliance");
  for (const Field& element : section.list()) {
    const StateId patron = resolve_state(world, element.identifying_key("patron", kAllianceKeys));
    const Field ally_field = element.identifying_key("ally", kAllianceKeys);
    const StateId ally = resolve_state(world, ally_field);
    if (patron == ally)
      ally_field.fail("expected an ally other than the patron, got " + ally_field.text());
    const std::string id = pair_id(world, patron, ally);
    const Field named = element.renamed(indexed("alliances", id));
    listed.add(id, named);
    const Map named_map = named.map(kAllianceKeys);
    AllianceId index = find_alliance(world, patron, ally);
    if (index < 0) {
      check_room(named, world.alliances.size(), limits::kMaxAlliances, "alliances", id);
      named_map.require_all({"kind", "region", "forward_presence", "credibility", "source"});
      index = static_cast<AllianceId>(world.alliances.size());
      Alliance& alliance = world.alliances.emplace_back();
      alliance.patron = patron;
      alliance.ally = ally;
      draft.alliance_where.push_back(named.location());
    }
    read_alliance(named_map, index, draft, "alliances." + id + ".");
    draft.alliance_where[index] = named.location();
  }
}

void load_rivalries(const Field& section, Draft& draft) {
  World& world = draft.scenario.world;
  ListedIds listed("rivalry");
  for (const Field& element : section.list()) {
    const StateId state = resolve_state(world, element.identifying_key("state", kRivalryKeys));
    const Field adversary_field = element.identifying_key("adversary", kRivalryKeys);
    const StateId adversary = resolve_state(world, adversary_field);
    if (state == adversary) {
      adversary_field.fail("expected an adversary other than the state, got " +
                           adversary_field.text());
    }
    const std::string id = pair_id(world, state, adversary);
    const Field named = element.renamed(indexed("rivalries", id));
    listed.add(id, named);
    const Map named_map = named.map(kRivalryKeys);
    auto existing = std::find_if(
        world.rivalries.begin(), world.rivalries.end(),
        [&](const Rivalry& r) { return r.state == state && r.adversary == adversary; });
    const auto index = static_cast<std::size_t>(existing - world.rivalries.begin());
    if (existing == world.rivalries.end()) {
      check_room(named, world.rivalries.size(), limits::kMaxRivalries, "rivalries", id);
      named_map.require_all({"threat", "source"});
      Rivalry& rivalry = world.rivalries.emplace_back();
      rivalry.state = state;
      rivalry.adversary = adversary;
      draft.rivalry_where.push_back(named.location());
    }
    draft.rivalry_where[index] = named.location();
    Rivalry& rivalry = world.rivalries[index];
    read_period(named_map, rivalry.period);
    rivalry.source = optional_source(named_map.find("source"), rivalry.source);
    if (std::optional<Field> threat = named_map.find("threat")) {
      set_world_number(draft, *threat, kShare, "rivalries." + id + ".threat", rivalry.source,
                       [index](World& w) -> double& { return w.rivalries[index].threat; });
    }
  }
}

void load_flashpoints(const Field& section, Draft& draft) {
  World& world = draft.scenario.world;
  ListedIds listed("flashpoint");
  for (const Field& element : section.list()) {
    const std::string id = element.identifying_key("id", kFlashpointKeys).text();
    const Field named = element.renamed(indexed("flashpoints", id));
    listed.add(id, named);
    const Map map = named.map(kFlashpointKeys);
    int index = world.find_flashpoint(id);
    if (index < 0) {
      check_room(named, world.flashpoints.size(), limits::kMaxFlashpoints, "flashpoints", id);
      map.require_all(
          {"adversary", "ally", "patron", "region", "stakes", "eruption_rate", "source"});
      index = static_cast<int>(world.flashpoints.size());
      world.flashpoints.emplace_back().id = id;
      draft.flashpoint_where.push_back(named.location());
    }
    read_flashpoint(map, index, draft, "flashpoints." + id + ".");
    draft.flashpoint_where[index] = named.location();
  }
}

void load_treaties(const Field& section, Draft& draft) {
  World& world = draft.scenario.world;
  ListedIds listed("treaty");
  for (const Field& element : section.list()) {
    const std::string id = element.identifying_key("id", kTreatyKeys).text();
    const Field named = element.renamed(indexed("treaties", id));
    listed.add(id, named);
    const Map map = named.map(kTreatyKeys);
    auto existing = std::find_if(world.treaties.begin(), world.treaties.end(),
                                 [&](const Treaty& t) { return t.id == id; });
    const auto index = static_cast<std::size_t>(existing - world.treaties.begin());
    if (existing == world.treaties.end()) {
      check_room(named, world.treaties.size(), limits::kMaxTreaties, "treaties", id);
      map.require_all({"name", "parties", "in_force", "withdrawal_notice_months", "source"});
      world.treaties.emplace_back().id = id;
      draft.treaty_where.push_back(named.location());
    }
    read_treaty(map, world.treaties[index], world);
    draft.treaty_where[index] = named.location();
  }
}

}  // namespace umbrella
