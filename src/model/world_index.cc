#include "model/world_index.h"

#include <algorithm>

namespace umbrella {

WorldIndex build_index(const World& world) {
  const std::size_t n = world.states.size();
  WorldIndex index;
  index.alliances_of_ally.resize(n);
  index.alliances_of_patron.resize(n);
  index.rivalries_of_state.resize(n);
  index.primary_alliance.assign(n, -1);
  for (const State& state : world.states) index.state_region.push_back(state.region);
  index.rival.assign(n * n, 0);
  for (std::size_t r = 0; r < world.rivalries.size(); ++r) {
    const Rivalry& rivalry = world.rivalries[r];
    index.rivalries_of_state[rivalry.state].push_back(static_cast<int>(r));
    index.rival[static_cast<std::size_t>(rivalry.state) * n + rivalry.adversary] = 1;
    if (std::find(index.adversaries.begin(), index.adversaries.end(), rivalry.adversary) ==
        index.adversaries.end()) {
      index.adversaries.push_back(rivalry.adversary);
    }
  }
  for (std::size_t a = 0; a < world.alliances.size(); ++a) {
    const Alliance& alliance = world.alliances[a];
    const auto id = static_cast<AllianceId>(a);
    index.alliances_of_ally[alliance.ally].push_back(id);
    index.alliances_of_patron[alliance.patron].push_back(id);
    if (alliance.primary) index.primary_alliance[alliance.ally] = id;
    StateId adversary = kNoState;
    double worst = -1.0;
    for (int r : index.rivalries_of_state[alliance.ally]) {
      const Rivalry& rivalry = world.rivalries[r];
      if (rivalry.adversary != alliance.patron && rivalry.threat > worst) {
        worst = rivalry.threat;
        adversary = rivalry.adversary;
      }
    }
    index.principal_adversary.push_back(adversary);
  }
  index.flashpoints_of_alliance.resize(world.alliances.size());
  for (std::size_t f = 0; f < world.flashpoints.size(); ++f) {
    const Flashpoint& flashpoint = world.flashpoints[f];
    AllianceId found = -1;
    for (AllianceId a : index.alliances_of_ally[flashpoint.ally]) {
      if (world.alliances[a].patron == flashpoint.patron) found = a;
    }
    index.flashpoint_alliance.push_back(found);
    if (found >= 0) index.flashpoints_of_alliance[found].push_back(static_cast<int>(f));
  }
  return index;
}

}  // namespace umbrella
