#pragma once
// Where the test fixtures live: tests/game/games/ in the source tree.
#include <string>

#include "game/efg_reader.h"

namespace umbrella::game::testing {

inline std::string game_path(const std::string& name) {
  return std::string(UMBRELLA_SOURCE_DIR) + "/tests/game/games/" + name;
}

inline Game load_game(const std::string& name) {
  return read_efg_file(game_path(name)).game;
}

}  // namespace umbrella::game::testing
