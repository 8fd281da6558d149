// `events:`: the dated timeline, and the reading of one event (levers carry events too).
#include <algorithm>

#include "scenario/sections.h"

namespace umbrella {
namespace {

const std::vector<std::string_view> kCommonKeys = {"id", "date", "kind", "text", "source"};

// `alliance_kind` rather than `kind`: an event's `kind` already names what kind of event it is.
const std::vector<std::string_view> kAllianceChangeKeys = {"alliance_kind", "forward_presence",
                                                           "sharing", "introduction"};
const std::vector<std::string_view> kStateChangeKeys = {
    "latency", "breakout_years", "public_support", "conventional", "norms", "npt"};

const std::initializer_list<EventKind> kEventKinds = {EventKind::act,
                                                      EventKind::statement,
                                                      EventKind::poll,
                                                      EventKind::alliance_change,
                                                      EventKind::state_change,
                                                      EventKind::npt_withdrawal,
                                                      EventKind::rivalry_change,
                                                      EventKind::regime_change};

std::vector<std::string_view> keys_for(EventKind kind) {
  std::vector<std::string_view> keys = kCommonKeys;
  switch (kind) {
    case EventKind::act:
      keys.insert(keys.end(), {"actor", "target", "act", "strength"});
      break;
    case EventKind::statement:
      keys.push_back("actor");
      break;
    case EventKind::poll:
      keys.insert(keys.end(), {"target", "measure", "value", "actor"});
      break;
    case EventKind::alliance_change:
      keys.insert(keys.end(), {"patron", "ally"});
      keys.insert(keys.end(), kAllianceChangeKeys.begin(), kAllianceChangeKeys.end());
      break;
    case EventKind::state_change:
      keys.push_back("target");
      keys.insert(keys.end(), kStateChangeKeys.begin(), kStateChangeKeys.end());
      break;
    case EventKind::npt_withdrawal:
      keys.push_back("target");
      break;
    case EventKind::rivalry_change:
      keys.insert(keys.end(), {"state", "adversary", "threat"});
      break;
    case EventKind::regime_change:
      keys.push_back("strength");
      break;
  }
  return keys;
}

// Every key any event may have, for reading `id` and `kind` before the kind's own keys are known.
const std::vector<std::string_view>& all_event_keys() {
  static const std::vector<std::string_view> keys = [] {
    std::vector<std::string_view> all;
    for (EventKind kind : kEventKinds) {
      for (std::string_view key : keys_for(kind)) {
        if (std::find(all.begin(), all.end(), key) == all.end()) all.push_back(key);
      }
    }
    return all;
  }();
  return keys;
}

void fail_unless_any(const Map& map, const std::vector<std::string_view>& keys) {
  if (std::any_of(keys.begin(), keys.end(), [&](std::string_view key) { return map.has(key); })) {
    return;
  }
  std::string names;
  for (std::string_view key : keys) names += (names.empty() ? "" : ", ") + std::string(key);
  map.field().fail("expected at least one of " + names + ", got none");
}

void read_act(const Map& map, Event& event, const World& world) {
  event.actor = resolve_state(world, map.require("actor"));
  event.target = resolve_state(world, map.require("target"));
  event.act = map.require("act").choice({ActType::support, ActType::reassurance, ActType::neglect,
                                         ActType::coercion, ActType::appeasement,
                                         ActType::abandonment, ActType::designation});
  if (std::optional<Field> strength = map.find("strength")) {
    event.strength = strength->number(Bounds{0.0, 10.0});
  }
}

void read_poll(const Map& map, Event& event, const World& world) {
  event.target = resolve_state(world, map.require("target"));
  event.measure = map.require("measure").choice({PollMeasure::credibility, PollMeasure::support});
  event.value = map.require("value").number(kShare);
  if (event.measure == PollMeasure::credibility) {
    event.actor = resolve_state(world, map.require("actor"));
  } else if (std::optional<Field> actor = map.find("actor")) {
    actor->fail(
        "expected no actor for a support poll (only credibility polls name a patron), got " +
        actor->describe());
  }
}

void read_alliance_change(const Map& map, Event& event, const World& world) {
  const StateId patron = resolve_state(world, map.require("patron"));
  const Field ally_field = map.require("ally");
  const StateId ally = resolve_state(world, ally_field);
  event.alliance_change.alliance = find_alliance(world, patron, ally);
  if (event.alliance_change.alliance < 0) {
    ally_field.fail("unknown alliance " + world.states[patron].code + "-" +
                    world.states[ally].code + " (expected a pair listed under alliances)");
  }
  fail_unless_any(map, kAllianceChangeKeys);
  AllianceChange& change = event.alliance_change;
  if (std::optional<Field> kind = map.find("alliance_kind")) {
    change.kind =
        kind->choice({AllianceKind::treaty, AllianceKind::ambiguous, AllianceKind::partner});
  }
  if (std::optional<Field> presence = map.find("forward_presence")) {
    change.forward_presence = presence->number(kShare);
  }
  if (std::optional<Field> sharing = map.find("sharing")) {
    change.sharing = sharing->choice({Sharing::none, Sharing::nato, Sharing::bilateral});
  }
  if (std::optional<Field> introduction = map.find("introduction")) {
    change.introduction = introduction->boolean();
  }
}

void read_state_change(const Map& map, Event& event, const World& world) {
  event.target = resolve_state(world, map.require("target"));
  fail_unless_any(map, kStateChangeKeys);
  StateChange& change = event.state_change;
  if (std::optional<Field> v = map.find("latency")) change.latency = v->number(kShare);
  if (std::optional<Field> v = map.find("breakout_years")) {
    change.breakout_years = v->number(kBreakoutYears);
  }
  if (std::optional<Field> v = map.find("public_support"))
    change.public_support = v->number(kShare);
  if (std::optional<Field> v = map.find("conventional")) {
    change.conventional = v->number(kConventional);
  }
  if (std::optional<Field> v = map.find("norms")) change.norms = v->number(kNorms);
  if (std::optional<Field> v = map.find("npt")) {
    change.npt = v->choice({NptStatus::weapon_state, NptStatus::non_weapon_state,
                            NptStatus::non_party, NptStatus::withdrawn});
    if (*change.npt == NptStatus::weapon_state && !holds_weapons(world, event.target, event.date)) {
      v->fail(
          "expected a state that holds weapons (stage acquired, or an arsenal path with "
          "warheads by " +
          event.date.to_string() + ") for npt weapon_state, got " +
          world.states[event.target].code + " at stage " + name(world.states[event.target].stage));
    }
  }
}

void read_rivalry_change(const Map& map, Event& event, const World& world) {
  const StateId state = resolve_state(world, map.require("state"));
  const Field adversary_field = map.require("adversary");
  const StateId adversary = resolve_state(world, adversary_field);
  auto rivalry =
      std::find_if(world.rivalries.begin(), world.rivalries.end(),
                   [&](const Rivalry& r) { return r.state == state && r.adversary == adversary; });
  if (rivalry == world.rivalries.end()) {
    adversary_field.fail("unknown rivalry " + world.states[state].code + "-" +
                         world.states[adversary].code +
                         " (expected a pair listed under rivalries)");
  }
  event.target = state;
  event.actor = adversary;
  event.rivalry_change.rivalry = static_cast<int>(rivalry - world.rivalries.begin());
  event.rivalry_change.threat = map.require("threat").number(kShare);
}

}  // namespace

Event read_event(const Field& element, const std::string& list_path,
                 const std::optional<EarliestDate>& earliest, Draft& draft) {
  const World& world = draft.scenario.world;
  Event event;
  // The id names the event in every later message, so it is read first.
  Field named = element;
  check_room(element, draft.events++, limits::kMaxEvents, "events of the timeline and levers", "");
  if (std::optional<Field> id = element.peek("id")) {
    event.id = id->text();
    named = element.renamed(indexed(list_path, event.id));
    record_event_id(draft, event.id, *named.peek("id"));
  }
  event.kind = named.map(all_event_keys()).require("kind").choice(kEventKinds);
  const Map map = named.map(keys_for(event.kind));
  const Field date = map.require("date");
  event.date = date.date();
  if (earliest && event.date < earliest->date) {
    date.fail("expected a date on or after " + earliest->date.to_string() + " (" +
              earliest->reason + "), got " + event.date.to_string());
  }
  event.source = map.require("source").text();
  if (std::optional<Field> text = map.find("text")) event.text = text->text();
  event.where = named.location();

  switch (event.kind) {
    case EventKind::act:
      read_act(map, event, world);
      break;
    case EventKind::statement:
      event.actor = resolve_state(world, map.require("actor"));
      break;
    case EventKind::poll:
      read_poll(map, event, world);
      break;
    case EventKind::alliance_change:
      read_alliance_change(map, event, world);
      break;
    case EventKind::state_change:
      read_state_change(map, event, world);
      break;
    case EventKind::npt_withdrawal:
      event.target = resolve_state(world, map.require("target"));
      break;
    case EventKind::rivalry_change:
      read_rivalry_change(map, event, world);
      break;
    case EventKind::regime_change:
      event.regime_strength = map.require("strength").number(kShare);
      break;
  }
  return event;
}

void load_events(const Field& section, Draft& draft) {
  std::optional<EarliestDate> earliest;
  for (const Field& element : section.list()) {
    Event event = read_event(element, "events", earliest, draft);
    earliest = EarliestDate{event.date, "events of a file are listed in date order"};
    draft.scenario.timeline.push_back(std::move(event));
  }
}

}  // namespace umbrella
