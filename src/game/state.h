#pragma once
// A cursor on a Game's tree, in the spirit of OpenSpiel's State: cheap to copy (a game pointer
// and a node id), so walking the tree never copies the game.
#include <span>

#include "game/game.h"

namespace umbrella::game {

class State {
 public:
  explicit State(const Game& game, int node = Game::root()) : game_(&game), node_(node) {}

  int node() const { return node_; }
  bool is_terminal() const { return kind() == NodeKind::terminal; }
  bool is_chance() const { return kind() == NodeKind::chance; }
  // 0-based player to move; kChancePlayer at chance nodes; kNone at terminal nodes.
  int current_player() const { return game_->node(node_).player; }
  int num_actions() const { return game_->node(node_).num_children; }
  // The decision information set here, or kNone at chance and terminal nodes.
  int infoset() const { return kind() == NodeKind::decision ? game_->node(node_).infoset : kNone; }
  // Chance probabilities of the actions here; empty unless this is a chance node.
  std::span<const double> chance_probabilities() const {
    if (!is_chance()) return {};
    const Infoset& set = game_->chance_infoset(game_->node(node_).infoset);
    return game_->chance_probability_values().subspan(set.first_action, set.num_actions);
  }
  // The payoff collected so far: at a terminal node, the play's payoff.
  double payoff(int player) const { return game_->path_payoff(node_, player); }

  void apply(int action) { node_ = game_->child(node_, action); }
  State child(int action) const { return State(*game_, game_->child(node_, action)); }

 private:
  NodeKind kind() const { return game_->node(node_).kind; }

  const Game* game_;
  int node_;
};

}  // namespace umbrella::game
