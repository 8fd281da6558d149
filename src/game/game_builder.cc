#include "game/game_builder.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <utility>

namespace umbrella::game {

GameBuilder::GameBuilder(std::string title, std::vector<std::string> player_labels,
                         std::string comment) {
  game_.title_ = std::move(title);
  game_.player_labels_ = std::move(player_labels);
  game_.comment_ = std::move(comment);
}

int GameBuilder::add_outcome(int number, std::string label, std::vector<Number> payoffs) {
  if (static_cast<int>(payoffs.size()) != num_players()) {
    throw std::logic_error("GameBuilder: an outcome needs one payoff per player");
  }
  game_.outcomes_.push_back({number, std::move(label), std::move(payoffs)});
  return static_cast<int>(game_.outcomes_.size()) - 1;
}

int GameBuilder::add_infoset(int player, int number, std::string label,
                             std::vector<std::string> actions) {
  if (player < 0 || player >= num_players() || actions.empty()) {
    throw std::logic_error("GameBuilder: an information set needs a valid player and actions");
  }
  const int count = static_cast<int>(actions.size());
  created_infosets_.push_back({player, number, std::move(label), 0, count});
  created_actions_.push_back(std::move(actions));
  return static_cast<int>(created_infosets_.size()) - 1;
}

int GameBuilder::add_chance_infoset(int number, std::string label, std::vector<std::string> actions,
                                    std::vector<Number> probabilities) {
  if (actions.empty() || actions.size() != probabilities.size()) {
    throw std::logic_error(
        "GameBuilder: a chance information set needs one probability per action");
  }
  const int first = static_cast<int>(game_.chance_action_labels_.size());
  const int count = static_cast<int>(actions.size());
  game_.chance_infosets_.push_back({kChancePlayer, number, std::move(label), first, count});
  for (std::size_t a = 0; a < actions.size(); ++a) {
    game_.chance_action_labels_.push_back(std::move(actions[a]));
    game_.chance_probability_values_.push_back(probabilities[a].value);
    game_.chance_probabilities_.push_back(std::move(probabilities[a]));
  }
  return static_cast<int>(game_.chance_infosets_.size()) - 1;
}

void GameBuilder::add_decision_node(std::string label, int infoset, int outcome) {
  const Infoset& set = created_infosets_.at(infoset);
  add_node({NodeKind::decision, set.player, infoset, outcome, kNone, kNone, 0, set.num_actions},
           std::move(label));
}

void GameBuilder::add_chance_node(std::string label, int chance_infoset, int outcome) {
  const Infoset& set = game_.chance_infosets_.at(chance_infoset);
  add_node(
      {NodeKind::chance, kChancePlayer, chance_infoset, outcome, kNone, kNone, 0, set.num_actions},
      std::move(label));
}

void GameBuilder::add_terminal_node(std::string label, int outcome) {
  add_node({NodeKind::terminal, kNone, kNone, outcome, kNone, kNone, 0, 0}, std::move(label));
}

void GameBuilder::add_node(Node node, std::string label) {
  if (complete()) throw std::logic_error("GameBuilder: the tree is already complete");
  if (node.outcome < kNone || node.outcome >= static_cast<int>(game_.outcomes_.size())) {
    throw std::logic_error("GameBuilder: unknown outcome handle");
  }
  const int id = game_.num_nodes();
  if (!open_nodes_.empty()) {
    OpenNode& parent = open_nodes_.back();
    node.parent = parent.node;
    node.action_from_parent = parent.next_action;
    game_.children_[game_.nodes_[parent.node].first_child + parent.next_action] = id;
    if (++parent.next_action == game_.nodes_[parent.node].num_children) open_nodes_.pop_back();
  }
  node.first_child = static_cast<int>(game_.children_.size());
  game_.children_.resize(game_.children_.size() + node.num_children, kNone);
  game_.nodes_.push_back(node);
  game_.node_labels_.push_back(std::move(label));
  if (node.num_children > 0) open_nodes_.push_back({id, 0});
}

Game GameBuilder::build() && {
  if (!complete()) throw std::logic_error("GameBuilder: the tree is incomplete");
  // Regroup decision information sets by player, keeping each player's order of appearance,
  // so that a player's sets and actions form contiguous id ranges.
  std::vector<int> order(created_infosets_.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return created_infosets_[a].player < created_infosets_[b].player;
  });
  std::vector<int> new_id(created_infosets_.size());
  game_.player_infoset_begin_.assign(num_players() + 1, 0);
  game_.player_action_begin_.assign(num_players() + 1, 0);
  for (std::size_t position = 0; position < order.size(); ++position) {
    const int old_id = order[position];
    Infoset set = std::move(created_infosets_[old_id]);
    set.first_action = static_cast<int>(game_.action_labels_.size());
    for (auto& action : created_actions_[old_id]) {
      game_.action_labels_.push_back(std::move(action));
      game_.action_infoset_.push_back(static_cast<int>(position));
    }
    ++game_.player_infoset_begin_[set.player + 1];
    game_.player_action_begin_[set.player + 1] += set.num_actions;
    new_id[old_id] = static_cast<int>(position);
    game_.infosets_.push_back(std::move(set));
  }
  for (int player = 0; player < num_players(); ++player) {
    game_.player_infoset_begin_[player + 1] += game_.player_infoset_begin_[player];
    game_.player_action_begin_[player + 1] += game_.player_action_begin_[player];
  }
  for (Node& node : game_.nodes_) {
    if (node.kind == NodeKind::decision) node.infoset = new_id[node.infoset];
  }
  game_.derive();
  return std::move(game_);
}

}  // namespace umbrella::game
