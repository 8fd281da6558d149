#include "game/efg_writer.h"

#include "core/atomic_file.h"

namespace umbrella::game {
namespace {

// The format has one escape, \" for a quote; any other character is written as it is.
std::string quote(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '\\';
    out += c;
  }
  return out + "\"";
}

void write_outcome(const Game& game, int outcome, std::string& out) {
  if (outcome == kNone) {
    out += "0";
    return;
  }
  const Outcome& written = game.outcomes()[outcome];
  out += std::to_string(written.number) + " " + quote(written.label) + " {";
  for (std::size_t p = 0; p < written.payoffs.size(); ++p) {
    out += (p == 0 ? " " : ", ") + written.payoffs[p].text;
  }
  out += " }";
}

void write_node(const Game& game, int id, std::string& out) {
  const Node& node = game.node(id);
  switch (node.kind) {
    case NodeKind::terminal:
      out += "t " + quote(game.node_label(id)) + " ";
      break;
    case NodeKind::chance: {
      const Infoset& set = game.chance_infoset(node.infoset);
      out += "c " + quote(game.node_label(id)) + " " + std::to_string(set.number) + " " +
             quote(set.label) + " {";
      for (int a = set.first_action; a < set.first_action + set.num_actions; ++a) {
        out += " " + quote(game.chance_action_label(a)) + " " + game.chance_probability(a).text;
      }
      out += " } ";
      break;
    }
    case NodeKind::decision: {
      const Infoset& set = game.infoset(node.infoset);
      out += "p " + quote(game.node_label(id)) + " " + std::to_string(set.player + 1) + " " +
             std::to_string(set.number) + " " + quote(set.label) + " {";
      for (int a = set.first_action; a < set.first_action + set.num_actions; ++a) {
        out += " " + quote(game.action_label(a));
      }
      out += " } ";
      break;
    }
  }
  write_outcome(game, node.outcome, out);
  out += '\n';
}

}  // namespace

std::string write_efg(const Game& game) {
  std::string out = "EFG 2 R " + quote(game.title()) + " {";
  for (int p = 0; p < game.num_players(); ++p) out += " " + quote(game.player_label(p));
  out += " }\n" + quote(game.comment()) + "\n\n";
  // Node ids are already in pre-order, the order the format lists nodes in.
  for (int id = 0; id < game.num_nodes(); ++id) write_node(game, id, out);
  return out;
}

void write_efg_file(const Game& game, const std::string& path) {
  write_file_atomically(path, write_efg(game));
}

}  // namespace umbrella::game
