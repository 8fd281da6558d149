#include "engine/crisis_at.h"

#include <stdexcept>

#include "core/error.h"

namespace umbrella {

CrisisSetting crisis_setting_at(const Simulation& simulation, const std::string& flashpoint,
                                int year, std::uint32_t replicate) {
  const int id = simulation.world().find_flashpoint(flashpoint);
  if (id < 0) {
    std::string known;
    for (const Flashpoint& f : simulation.world().flashpoints)
      known += (known.empty() ? "" : ", ") + f.id;
    throw UsageError("flashpoint",
                     "no flashpoint '" + flashpoint + "' (flashpoints: " + known + ")");
  }
  const Simulation::Moment m = simulation.moment(replicate, year);
  try {
    return crisis_setting(m.world, m.index, m.params, m.state, id);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

}  // namespace umbrella
