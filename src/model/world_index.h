#pragma once
// Relations of the World precomputed once per run, so mechanisms never search in the hot loop.
#include <vector>

#include "world/world.h"

namespace umbrella {

struct WorldIndex {
  std::vector<std::vector<AllianceId>> alliances_of_ally;    // by ally
  std::vector<std::vector<AllianceId>> alliances_of_patron;  // by patron
  std::vector<std::vector<int>> rivalries_of_state;          // rivalries where the state is threatened
  std::vector<StateId> principal_adversary;                  // by alliance: the ally's main threat
  std::vector<AllianceId> primary_alliance;                  // by state; -1 if none
};

WorldIndex build_index(const World& world);

bool is_rival(const World& world, const WorldIndex& index, StateId state, StateId adversary);

}  // namespace umbrella
