#pragma once
// One loader per top-level section of a scenario file. Each reads its section of one file into
// the draft: objects with a new id are added (their required keys checked), objects with a known
// id are updated with the keys the file gives. Internal to src/scenario/.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "scenario/draft.h"

namespace umbrella {

void load_regions(const Field& section, Draft& draft);
void load_states(const Field& section, Draft& draft);
void load_alliances(const Field& section, Draft& draft);
void load_rivalries(const Field& section, Draft& draft);
void load_flashpoints(const Field& section, Draft& draft);
void load_treaties(const Field& section, Draft& draft);
// Replaces the whole ladder and checks it (every rung mapped, levels in escalation order, ...).
void load_ladder(const Field& section, Draft& draft);
void load_events(const Field& section, Draft& draft);
void load_parameters(const Field& section, Draft& draft);
void load_assumptions(const Field& section, Draft& draft);
void load_use(const Field& section, Draft& draft);
void load_levers(const Field& section, Draft& draft);
void load_header(const Field& section, Draft& draft);

// Pieces shared by several sections.

// The earliest date an event of a list may have, and why (date order, a lever's `from`).
struct EarliestDate {
  Date date;
  std::string reason;
};

// One event of a list named `list_path` (`events`, `levers[x].events`); records its id.
Event read_event(const Field& element, const std::string& list_path,
                 const std::optional<EarliestDate>& earliest, Draft& draft);

// `{parameter: value, ...}`: values within each parameter's domain.
std::vector<ParameterOverride> read_parameter_set(const Field& field);

// An arsenal path's `component`, `region`, `points` and `source` for `state`. A point's value is
// read by `read_value(field, point_index)`: states accept uncertain values there, levers do not.
inline const std::vector<std::string_view> kArsenalPathKeys = {"component", "region", "points",
                                                               "source"};
using PointValueReader = std::function<double(const Field& value, std::size_t point_index)>;
ArsenalPath read_arsenal_path(const Map& map, StateId state, const World& world,
                              const PointValueReader& read_value);
// What tells a state's paths apart: `stockpile`, `strategic`, `theater.east_asia`.
std::string arsenal_path_key(const ArsenalPath& path, const World& world);

// Checks that need every file merged, then hands over the scenario. `top_file` is where errors
// about something no file defines are reported.
Scenario finish(Draft& draft, const std::string& top_file);

}  // namespace umbrella
