#pragma once
// Relations of the World precomputed once per run, so mechanisms never search in the hot loop.
#include <vector>

#include "world/world.h"

namespace umbrella {

struct WorldIndex {
  std::vector<std::vector<AllianceId>> alliances_of_ally;    // by ally
  std::vector<std::vector<AllianceId>> alliances_of_patron;  // by patron
  std::vector<std::vector<int>> rivalries_of_state;  // rivalries where the state is threatened
  std::vector<StateId> principal_adversary;          // by alliance: the ally's main threat
  std::vector<AllianceId> primary_alliance;          // by state; -1 if none
  std::vector<RegionId> state_region;                // by state
  std::vector<StateId> adversaries;                  // states some rivalry names, once each
  std::vector<AllianceId> flashpoint_alliance;  // by flashpoint: its patron-ally alliance, or -1
  // By alliance: the flashpoints whose challenger reads the acts of its patron toward its ally
  // (the inverse of flashpoint_alliance, so an act visits only the beliefs it moves).
  std::vector<std::vector<int>> flashpoints_of_alliance;
  std::vector<char> rival;  // rival[state * n + adversary]: whether `state` is threatened by it
};

WorldIndex build_index(const World& world);

inline bool is_rival(const WorldIndex& index, StateId state, StateId adversary) {
  return index.rival[static_cast<std::size_t>(state) * index.primary_alliance.size() +
                     static_cast<std::size_t>(adversary)] != 0;
}

}  // namespace umbrella
