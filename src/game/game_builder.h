#pragma once
// Assembles a Game from a pre-order walk, as a file lists it: each added node becomes the next
// child of the most recent node that still lacks children. Callers (the .efg reader) check the
// input and report errors with file positions; the builder only enforces its own invariants.
#include <string>
#include <vector>

#include "game/game.h"

namespace umbrella::game {

class GameBuilder {
 public:
  GameBuilder(std::string title, std::vector<std::string> player_labels, std::string comment);

  int num_players() const { return static_cast<int>(game_.player_labels_.size()); }
  int num_nodes() const { return game_.num_nodes(); }

  // Each returns a handle for the node calls below.
  int add_outcome(int number, std::string label, std::vector<Number> payoffs);
  int add_infoset(int player, int number, std::string label, std::vector<std::string> actions);
  int add_chance_infoset(int number, std::string label, std::vector<std::string> actions,
                         std::vector<Number> probabilities);

  // `outcome` is a handle from add_outcome, or kNone for the null outcome.
  void add_decision_node(std::string label, int infoset, int outcome);
  void add_chance_node(std::string label, int chance_infoset, int outcome);
  void add_terminal_node(std::string label, int outcome);

  // True once the root exists and every node has all its children.
  bool complete() const { return !game_.nodes_.empty() && open_nodes_.empty(); }

  Game build() &&;

 private:
  struct OpenNode {
    int node = 0;
    int next_action = 0;
  };
  void add_node(Node node, std::string label);

  Game game_;
  std::vector<OpenNode> open_nodes_;
  // Decision information sets in order of creation; build() regroups them by player.
  std::vector<Infoset> created_infosets_;
  std::vector<std::vector<std::string>> created_actions_;
};

}  // namespace umbrella::game
