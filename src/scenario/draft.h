#pragma once
// The scenario while its files are merged, what the checks made once every file is merged need
// to know, and the look-ups the section loaders share. Internal to src/scenario/.
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "core/limits.h"
#include "core/yaml_reader.h"
#include "scenario/scenario.h"
#include "scenario/uncertain_number.h"

namespace umbrella {

struct Draft {
  Scenario scenario;
  // Parameters as written, so that an override can replace some keys and keep the others.
  std::array<UncertainParts, kParamCount> parameter_parts;
  // Where a parameter's value was last given, in any file: a parameter an assumption view sets
  // takes its value from the view, so a value of its own is refused there.
  std::array<std::optional<SourceLocation>, kParamCount> value_where;
  // Where each object was last defined, parallel to the World's vectors: the checks made once
  // every file is merged report there.
  std::vector<SourceLocation> state_where;
  std::vector<SourceLocation> alliance_where;
  std::vector<SourceLocation> rivalry_where;
  std::vector<SourceLocation> flashpoint_where;
  std::vector<SourceLocation> treaty_where;
  // Every event id of the timeline and of the levers, with where it was defined.
  std::map<std::string, SourceLocation> event_ids;
  std::size_t events = 0;  // read so far, of the timeline and of the levers
  // Where the `scenario:` keys that must be given somewhere were last given.
  std::optional<SourceLocation> name_where;
  std::optional<SourceLocation> start_where;
  std::optional<SourceLocation> end_where;
  std::optional<SourceLocation> patron_where;
};

// Valid values shared by the World's objects and the events that change them.
inline constexpr Bounds kShare{0.0, 1.0};
inline constexpr Bounds kConventional{0.0, 1000.0};
inline constexpr Bounds kBreakoutYears{0.0, 30.0};
inline constexpr Bounds kNorms{-10.0, 10.0};
inline constexpr Bounds kWarheads{0.0, limits::kMaxWarheads};

// `prefix[id]`, how messages name an object.
std::string indexed(const std::string& prefix, const std::string& id);

StateId resolve_state(const World& world, const Field& code);
RegionId resolve_region(const World& world, const Field& region);
AllianceId find_alliance(const World& world, StateId patron, StateId ally);
ParamId resolve_parameter(const Field& name);

// `from` and `until`, when the map gives them; a file may give either and keep the other.
void read_period(const Map& map, Period& period);

// Fails when `id` already names an event of the timeline or of a lever.
void record_event_id(Draft& draft, const std::string& id, const Field& id_field);

// Reads the number in `field` (plain or uncertain), writes it into the draft World where
// `locate` points, and records its uncertainty under `path`, replacing an earlier one; a plain
// number drops the earlier one. `locate` finds the number by index, so it works on any copy of
// the World.
using NumberLocator = std::function<double&(World&)>;
void set_world_number(Draft& draft, const Field& field, const Bounds& bounds, std::string path,
                      const std::string& owner_source, const NumberLocator& locate);
// Drops the uncertainties of numbers that no longer exist (a replaced arsenal path).
void forget_uncertainties(Draft& draft, const std::string& path_prefix);

}  // namespace umbrella
