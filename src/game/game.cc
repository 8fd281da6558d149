#include "game/game.h"

#include <algorithm>
#include <cmath>

namespace umbrella::game {

bool Game::is_perfect_information() const {
  for (int id = 0; id < num_infosets(); ++id) {
    if (infoset_nodes(id).size() != 1) return false;
  }
  return true;
}

bool Game::is_constant_sum() const {
  double lowest = 0.0;
  double highest = 0.0;
  double largest_magnitude = 0.0;
  bool first = true;
  for (int id = 0; id < num_nodes(); ++id) {
    if (nodes_[id].kind != NodeKind::terminal) continue;
    double total = 0.0;
    for (int player = 0; player < num_players(); ++player) {
      total += path_payoff(id, player);
      largest_magnitude = std::max(largest_magnitude, std::abs(path_payoff(id, player)));
    }
    lowest = first ? total : std::min(lowest, total);
    highest = first ? total : std::max(highest, total);
    first = false;
  }
  return highest - lowest <= 1e-9 * (1.0 + largest_magnitude);
}

void Game::derive() {
  derive_path_payoffs();
  derive_infoset_nodes();
  derive_recall_violation();
}

void Game::derive_path_payoffs() {
  const auto players = player_labels_.size();
  path_payoffs_.assign(nodes_.size() * players, 0.0);
  // Pre-order puts every parent before its children, so one forward sweep accumulates paths.
  for (std::size_t id = 0; id < nodes_.size(); ++id) {
    const Node& here = nodes_[id];
    for (std::size_t player = 0; player < players; ++player) {
      double sum = here.parent == kNone ? 0.0 : path_payoffs_[here.parent * players + player];
      if (here.outcome != kNone) sum += outcomes_[here.outcome].payoffs[player].value;
      path_payoffs_[id * players + player] = sum;
    }
  }
}

void Game::derive_infoset_nodes() {
  infoset_node_begin_.assign(infosets_.size() + 1, 0);
  for (const Node& here : nodes_) {
    if (here.kind == NodeKind::decision) ++infoset_node_begin_[here.infoset + 1];
  }
  for (std::size_t id = 0; id < infosets_.size(); ++id) {
    infoset_node_begin_[id + 1] += infoset_node_begin_[id];
  }
  infoset_nodes_.assign(infoset_node_begin_.back(), 0);
  std::vector<int> filled(infoset_node_begin_.begin(), infoset_node_begin_.end() - 1);
  for (int id = 0; id < num_nodes(); ++id) {
    if (nodes_[id].kind == NodeKind::decision) infoset_nodes_[filled[nodes_[id].infoset]++] = id;
  }
}

void Game::derive_recall_violation() {
  // A player recalls perfectly when every node of each of her information sets follows the
  // same last own action: by induction the whole own history then agrees.
  const auto players = player_labels_.size();
  std::vector<int> last_own_action(nodes_.size() * players, kNone);
  for (std::size_t id = 1; id < nodes_.size(); ++id) {
    const Node& here = nodes_[id];
    const Node& parent = nodes_[here.parent];
    for (std::size_t player = 0; player < players; ++player) {
      last_own_action[id * players + player] = last_own_action[here.parent * players + player];
    }
    if (parent.kind == NodeKind::decision) {
      last_own_action[id * players + parent.player] =
          infosets_[parent.infoset].first_action + here.action_from_parent;
    }
  }
  recall_violation_.clear();
  for (int id = 0; id < num_infosets(); ++id) {
    const auto nodes = infoset_nodes(id);
    const auto player = static_cast<std::size_t>(infosets_[id].player);
    for (const int member : nodes) {
      if (last_own_action[member * players + player] !=
          last_own_action[nodes[0] * players + player]) {
        recall_violation_ = "information set " + std::to_string(infosets_[id].number) +
                            " of player " + std::to_string(player + 1) +
                            " is reached after different earlier choices of that player";
        return;
      }
    }
  }
}

}  // namespace umbrella::game
