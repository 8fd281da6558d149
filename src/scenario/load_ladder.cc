// `ladder:`: Herman Kahn's 44 rungs compressed into levels (docs/scenario-format.md, ladder).
// A file's `ladder:` replaces the whole ladder, so the section is read and checked in one piece
// here, where every node an error should point at is still at hand.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "scenario/sections.h"

namespace umbrella {
namespace {

const std::vector<std::string_view> kLadderKeys = {"source", "levels", "rungs", "thresholds"};
const std::vector<std::string_view> kLevelKeys = {
    "id",          "name",  "group", "challenger_cost", "defender_cost", "loss_of_control",
    "nuclear_use", "source"};
const std::vector<std::string_view> kThresholdKeys = {"name", "below"};
constexpr Bounds kCost{0.0, Bounds{}.highest};

struct KahnThreshold {
  std::string_view name;
  int below;  // the threshold lies between rung `below` and rung `below + 1`
};

// Kahn's six thresholds in order (On Escalation, p. 39). They are fixed rather than data: the
// checks below, and the crisis mechanism, rely on these exact positions.
constexpr std::array<KahnThreshold, 6> kKahnThresholds = {{
    {"dont_rock_the_boat", 3},
    {"nuclear_war_is_unthinkable", 9},
    {"no_nuclear_use", 20},
    {"central_sanctuary", 25},
    {"central_war", 31},
    {"city_targeting", 38},
}};
constexpr KahnThreshold kNoNuclearUse = kKahnThresholds[2];

std::string threshold_names() {
  std::string names;
  for (const KahnThreshold& threshold : kKahnThresholds) {
    names += fmt::format("{}{} at {}", names.empty() ? "" : ", ", threshold.name, threshold.below);
  }
  return names;
}

// The nodes of the section that the checks on the whole ladder report at.
struct LadderNodes {
  std::vector<Field> levels;                               // each level's entry
  std::vector<Field> nuclear_use;                          // each level's `nuclear_use`
  std::array<std::optional<Field>, kKahnRungs + 1> rungs;  // each rung's level id, 1..44
};

// Reads one level and checks it against the level before it: groups and costs never go down.
void read_level(const Field& element, Draft& draft, LadderNodes& nodes) {
  Ladder& ladder = draft.scenario.world.ladder;
  const std::string id = element.identifying_key("id", kLevelKeys).text();
  const Field named = element.renamed(indexed("ladder.levels", id));
  // Every level is reached by a rung of its own.
  check_room(named, ladder.levels.size(), kKahnRungs, "levels (one per rung at most)", id);
  for (std::size_t i = 0; i < ladder.levels.size(); ++i) {
    if (ladder.levels[i].id == id) {
      named.fail("duplicate level " + id + " (first listed at " +
                 to_string(nodes.levels[i].location()) + ")");
    }
  }
  const Map map = named.map(kLevelKeys);
  map.require_all(kLevelKeys);

  const std::size_t index = ladder.levels.size();
  LadderLevel& level = ladder.levels.emplace_back();
  level.id = id;
  level.name = map.require("name").text();
  const Field group = map.require("group");
  level.group =
      group.choice({LadderGroup::sub_crisis, LadderGroup::coercion, LadderGroup::conventional,
                    LadderGroup::nuclear_threshold, LadderGroup::limited_nuclear,
                    LadderGroup::theater_nuclear_war, LadderGroup::strategic_exchange});
  const Field nuclear_use = map.require("nuclear_use");
  level.nuclear_use = nuclear_use.boolean();
  // LadderLevel keeps no source: it is required like every object's, and is the source of the
  // level's uncertain numbers that give none of their own.
  const std::string source = map.require("source").text();
  const std::string path = "ladder.levels." + id + ".";
  set_world_number(draft, map.require("challenger_cost"), kCost, path + "challenger_cost", source,
                   [index](World& w) -> double& { return w.ladder.levels[index].challenger_cost; });
  set_world_number(draft, map.require("defender_cost"), kCost, path + "defender_cost", source,
                   [index](World& w) -> double& { return w.ladder.levels[index].defender_cost; });
  set_world_number(draft, map.require("loss_of_control"), kShare, path + "loss_of_control", source,
                   [index](World& w) -> double& { return w.ladder.levels[index].loss_of_control; });
  nodes.levels.push_back(named);
  nodes.nuclear_use.push_back(nuclear_use);
  if (index == 0) return;

  const LadderLevel& current = ladder.levels[index];
  const LadderLevel& previous = ladder.levels[index - 1];
  if (current.group < previous.group) {
    group.fail(fmt::format(
        "expected a group at or above the previous level's ({}, {}): groups never go down the "
        "ladder, got {}",
        name(previous.group), previous.id, name(current.group)));
  }
  const std::pair<std::string_view, double LadderLevel::*> costs[] = {
      {"challenger_cost", &LadderLevel::challenger_cost},
      {"defender_cost", &LadderLevel::defender_cost}};
  for (const auto& [key, cost] : costs) {
    if (current.*cost < previous.*cost) {
      map.require(key).fail(fmt::format(
          "expected a cost at or above the previous level's ({}, {}): costs never go down the "
          "ladder, got {}",
          format_number(previous.*cost), previous.id, format_number(current.*cost)));
    }
  }
}

int find_level(const Ladder& ladder, const Field& id_field) {
  const std::string id = id_field.text();
  for (std::size_t i = 0; i < ladder.levels.size(); ++i) {
    if (ladder.levels[i].id == id) return static_cast<int>(i);
  }
  id_field.fail("unknown level " + id + " (expected an id listed under ladder.levels)");
}

// `rung: level id` for each rung given; the checks on the whole map come later.
void read_rungs(const Field& rungs, Ladder& ladder, LadderNodes& nodes) {
  for (const NamedField& entry : rungs.entries()) {
    const int rung = entry.key.renamed(rungs.path()).whole_number(1, kKahnRungs);
    const Field level = entry.value.renamed(rungs.path() + "." + std::to_string(rung));
    const auto at = static_cast<std::size_t>(rung);
    // `17` and `017` are different keys but the same rung.
    if (nodes.rungs[at]) {
      level.fail(fmt::format("duplicate rung {} (first listed at {})", rung,
                             to_string(nodes.rungs[at]->location())));
    }
    ladder.rung_level[at] = find_level(ladder, level);
    nodes.rungs[at] = level;
  }
}

// Kahn's six thresholds, by name and position, in order.
void read_thresholds(const Field& field, Ladder& ladder) {
  const std::vector<Field> elements = field.list();
  for (std::size_t i = 0; i < elements.size() && i < kKahnThresholds.size(); ++i) {
    const KahnThreshold& expected = kKahnThresholds[i];
    const Map map = elements[i].map(kThresholdKeys);
    map.require_all(kThresholdKeys);
    const Field name = map.require("name");
    if (name.text() != expected.name) {
      name.fail(fmt::format("expected {} (Kahn's thresholds in order: {}), got {}", expected.name,
                            threshold_names(), name.text()));
    }
    const Field below = map.require("below");
    const int rung = below.whole_number(1, kKahnRungs - 1);
    if (rung != expected.below) {
      below.fail(
          fmt::format("expected {} (Kahn's {} threshold lies between rungs {} and {}), got {}",
                      expected.below, expected.name, expected.below, expected.below + 1, rung));
    }
    ladder.thresholds.push_back(LadderThreshold{name.text(), rung});
  }
  if (elements.size() != kKahnThresholds.size()) {
    field.fail(fmt::format("expected Kahn's {} thresholds ({}), got {}", kKahnThresholds.size(),
                           threshold_names(), elements.size()));
  }
}

void check_every_rung_mapped(const Field& rungs, const LadderNodes& nodes) {
  std::string missing;
  for (int rung = 1; rung <= kKahnRungs; ++rung) {
    if (!nodes.rungs[static_cast<std::size_t>(rung)]) {
      missing += (missing.empty() ? "" : ", ") + std::to_string(rung);
    }
  }
  if (!missing.empty()) {
    rungs.fail(fmt::format("expected every rung 1..{} mapped to a level, got none for {}",
                           kKahnRungs, missing));
  }
}

void check_every_level_reached(const Ladder& ladder, const LadderNodes& nodes) {
  std::vector<bool> reached(ladder.levels.size(), false);
  for (int rung = 1; rung <= kKahnRungs; ++rung) {
    reached[static_cast<std::size_t>(ladder.rung_level[static_cast<std::size_t>(rung)])] = true;
  }
  for (std::size_t i = 0; i < reached.size(); ++i) {
    if (!reached[i]) {
      nodes.levels[i].fail("expected at least one rung mapped to the level, got none");
    }
  }
}

// Up Kahn's rungs the levels never go down, and each threshold separates two levels.
void check_rung_order(const Ladder& ladder, const LadderNodes& nodes) {
  const auto level_of = [&](int rung) { return ladder.rung_level[static_cast<std::size_t>(rung)]; };
  const auto id_of = [&](int rung) {
    return ladder.levels[static_cast<std::size_t>(level_of(rung))].id;
  };
  const auto node_of = [&](int rung) -> const Field& {
    return *nodes.rungs[static_cast<std::size_t>(rung)];
  };
  for (int rung = 2; rung <= kKahnRungs; ++rung) {
    if (level_of(rung) < level_of(rung - 1)) {
      node_of(rung).fail(fmt::format(
          "expected a level at or above rung {}'s ({}): levels are listed in escalation order, "
          "got {}",
          rung - 1, id_of(rung - 1), id_of(rung)));
    }
  }
  for (const KahnThreshold& threshold : kKahnThresholds) {
    const int above = threshold.below + 1;
    if (level_of(above) == level_of(threshold.below)) {
      node_of(above).fail(fmt::format(
          "expected a level above rung {}'s ({}): the {} threshold lies between rungs {} and {}, "
          "got {} again",
          threshold.below, id_of(threshold.below), threshold.name, threshold.below, above,
          id_of(above)));
    }
  }
}

// Reaching a level means nuclear use exactly when its rungs lie above the no-nuclear-use
// threshold; given the rung order, those are the levels from rung 21's up.
void check_nuclear_use(const Ladder& ladder, const LadderNodes& nodes) {
  const int first_nuclear = ladder.rung_level[static_cast<std::size_t>(kNoNuclearUse.below) + 1];
  for (std::size_t i = 0; i < ladder.levels.size(); ++i) {
    const bool above = static_cast<int>(i) >= first_nuclear;
    if (ladder.levels[i].nuclear_use == above) continue;
    nodes.nuclear_use[i].fail(
        above ? fmt::format("expected true (the level lies above the {} threshold, rungs {}..{}), "
                            "got false",
                            kNoNuclearUse.name, kNoNuclearUse.below + 1, kKahnRungs)
              : fmt::format("expected false (the level lies below the {} threshold, rungs 1..{}), "
                            "got true",
                            kNoNuclearUse.name, kNoNuclearUse.below));
  }
}

// A crisis that reaches a group pays that group's first level (docs/model.md#crises): the crisis
// game needs one in each group that fighting can reach.
void check_groups_paid(const Field& levels, const Ladder& ladder) {
  for (LadderGroup group : {LadderGroup::conventional, LadderGroup::limited_nuclear,
                            LadderGroup::theater_nuclear_war, LadderGroup::strategic_exchange}) {
    const bool present = std::any_of(ladder.levels.begin(), ladder.levels.end(),
                                     [group](const LadderLevel& l) { return l.group == group; });
    if (!present) {
      levels.fail(
          fmt::format("expected a level in group {} (a crisis that reaches a group pays "
                      "its first level), got none",
                      name(group)));
    }
  }
}

}  // namespace

void load_ladder(const Field& section, Draft& draft) {
  const Map map = section.map(kLadderKeys);
  map.require_all(kLadderKeys);
  Ladder& ladder = draft.scenario.world.ladder;
  // The ladder is replaced whole, with the uncertainties of the levels it had.
  ladder = Ladder{};
  forget_uncertainties(draft, "ladder.");
  ladder.source = map.require("source").text();

  LadderNodes nodes;
  const Field levels = map.require("levels");
  for (const Field& element : levels.list()) read_level(element, draft, nodes);
  const Field rungs = map.require("rungs");
  read_rungs(rungs, ladder, nodes);
  read_thresholds(map.require("thresholds"), ladder);

  check_every_rung_mapped(rungs, nodes);
  check_every_level_reached(ladder, nodes);
  check_rung_order(ladder, nodes);
  check_nuclear_use(ladder, nodes);
  check_groups_paid(levels, ladder);
}

}  // namespace umbrella
