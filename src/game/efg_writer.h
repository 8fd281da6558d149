#pragma once
// Writes a Game as an .efg file (EFG 2 R) that read_efg reads back to an equal Game and that
// Gambit reads too: numbers keep the text they were read with, every node repeats its full
// information-set and outcome definitions (always accepted, since repeats match exactly),
// payoffs are comma-separated.
#include <string>

#include "game/game.h"

namespace umbrella::game {

std::string write_efg(const Game& game);
void write_efg_file(const Game& game, const std::string& path);

}  // namespace umbrella::game
