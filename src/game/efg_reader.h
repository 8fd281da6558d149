#pragma once
// Reads Gambit's .efg format (EFG 2 R/D), the grammar of anchors.md 2a: pre-order nodes, chance
// probabilities as exact text, outcomes on any node (a play's payoff is the sum on its path),
// information sets and outcomes defined once and referred to by number later (a repeated
// definition must match exactly). Information sets are identified by number, as OpenSpiel
// does: a label shared by several sets of one player is kept and reported as a warning.
// Malformed input raises InputError with file:line:column and what was expected.
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "game/game.h"

namespace umbrella::game {

struct EfgWarning {
  SourceLocation where;
  std::string message;
};

std::string to_string(const EfgWarning& warning);

struct EfgReadResult {
  Game game;
  std::vector<EfgWarning> warnings;
};

// `file` names the input in error messages.
EfgReadResult read_efg(std::string_view text, const std::string& file);
EfgReadResult read_efg_file(const std::string& path);

}  // namespace umbrella::game
