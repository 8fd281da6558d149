#include "world/world.h"

#include <algorithm>

namespace umbrella {

const char* name(Stage stage) {
  switch (stage) {
    case Stage::none:
      return "none";
    case Stage::hedging:
      return "hedging";
    case Stage::pursuit:
      return "pursuit";
    case Stage::acquired:
      return "acquired";
  }
  return "?";
}

const char* name(NptStatus status) {
  switch (status) {
    case NptStatus::weapon_state:
      return "weapon_state";
    case NptStatus::non_weapon_state:
      return "non_weapon_state";
    case NptStatus::non_party:
      return "non_party";
    case NptStatus::withdrawn:
      return "withdrawn";
  }
  return "?";
}

const char* name(AllianceKind kind) {
  switch (kind) {
    case AllianceKind::treaty:
      return "treaty";
    case AllianceKind::ambiguous:
      return "ambiguous";
    case AllianceKind::partner:
      return "partner";
  }
  return "?";
}

const char* name(Sharing sharing) {
  switch (sharing) {
    case Sharing::none:
      return "none";
    case Sharing::nato:
      return "nato";
    case Sharing::bilateral:
      return "bilateral";
  }
  return "?";
}

bool Treaty::in_force_at(double year) const {
  const double start = in_force.year + in_force.fraction_of_year();
  if (year < start) return false;
  if (expires.year == 0) return true;
  return year < expires.year + expires.fraction_of_year();
}

StateId World::find_state(const std::string& code) const {
  auto it =
      std::find_if(states.begin(), states.end(), [&](const State& s) { return s.code == code; });
  return it == states.end() ? kNoState : static_cast<StateId>(it - states.begin());
}

RegionId World::find_region(const std::string& region) const {
  auto it = std::find(regions.begin(), regions.end(), region);
  return it == regions.end() ? -1 : static_cast<RegionId>(it - regions.begin());
}

int World::find_flashpoint(const std::string& id) const {
  auto it = std::find_if(flashpoints.begin(), flashpoints.end(),
                         [&](const Flashpoint& f) { return f.id == id; });
  return it == flashpoints.end() ? -1 : static_cast<int>(it - flashpoints.begin());
}

bool holds_weapons(const World& world, StateId state, const Date& date) {
  if (world.states[state].stage == Stage::acquired) return true;
  const double when = date.year + date.fraction_of_year();
  return std::any_of(
      world.arsenal_paths.begin(), world.arsenal_paths.end(), [&](const ArsenalPath& path) {
        return path.state == state &&
               std::any_of(path.points.begin(), path.points.end(),
                           [&](const ArsenalTarget& t) { return t.year <= when && t.value > 0.0; });
      });
}

}  // namespace umbrella
