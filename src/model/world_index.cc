#include "model/world_index.h"

namespace umbrella {

WorldIndex build_index(const World& world) {
  const std::size_t n = world.states.size();
  WorldIndex index;
  index.alliances_of_ally.resize(n);
  index.alliances_of_patron.resize(n);
  index.rivalries_of_state.resize(n);
  index.primary_alliance.assign(n, -1);
  for (std::size_t r = 0; r < world.rivalries.size(); ++r) {
    index.rivalries_of_state[world.rivalries[r].state].push_back(static_cast<int>(r));
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
  return index;
}

bool is_rival(const World& world, const WorldIndex& index, StateId state, StateId adversary) {
  for (int r : index.rivalries_of_state[state]) {
    if (world.rivalries[r].adversary == adversary) return true;
  }
  return false;
}

}  // namespace umbrella
