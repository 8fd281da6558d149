#include "game/cfr_plus.h"

#include <algorithm>
#include <stdexcept>

namespace umbrella::game {

CfrPlusSolver::CfrPlusSolver(const Game& game) : game_(&game), num_actions_(game.num_actions()) {
  if (!game.has_perfect_recall()) {
    throw std::invalid_argument("CFR+ needs perfect recall: " + game.recall_violation());
  }
  const int nodes = game.num_nodes();
  mover_.resize(nodes);
  first_child_.resize(nodes);
  num_children_.resize(nodes);
  policy_begin_.resize(nodes, 0);
  payoff_.assign(game.num_players(), std::vector<double>(nodes, 0.0));
  for (int id = 0; id < nodes; ++id) {
    const Node& node = game.node(id);
    mover_[id] = node.kind == NodeKind::terminal ? kNone : node.player;
    first_child_[id] = static_cast<int>(children_.size());
    num_children_[id] = node.num_children;
    for (const int child : game.children(id)) children_.push_back(child);
    if (node.kind == NodeKind::decision) {
      policy_begin_[id] = game.infoset(node.infoset).first_action;
    } else if (node.kind == NodeKind::chance) {
      policy_begin_[id] = num_actions_ + game.chance_infoset(node.infoset).first_action;
    } else {
      for (int p = 0; p < game.num_players(); ++p) payoff_[p][id] = game.path_payoff(id, p);
    }
  }
  for (int id = 0; id < game.num_infosets(); ++id) {
    infoset_representative_.push_back(game.infoset_nodes(id).front());
  }
  const BehaviorProfile uniform = BehaviorProfile::uniform(game);
  policy_.assign(uniform.values().begin(), uniform.values().end());
  const auto chance = game.chance_probability_values();
  policy_.insert(policy_.end(), chance.begin(), chance.end());
  regret_.assign(num_actions_, 0.0);
  instant_regret_.assign(num_actions_, 0.0);
  average_.assign(num_actions_, 0.0);
  own_reach_.assign(nodes, 0.0);
  others_reach_.assign(nodes, 0.0);
  value_.assign(nodes, 0.0);
}

void CfrPlusSolver::run(int iterations) {
  for (int i = 0; i < iterations; ++i) {
    ++iteration_;
    for (int player = 0; player < game_->num_players(); ++player) update(player);
  }
}

void CfrPlusSolver::update(int player) {
  sweep_reach(player);
  sweep_values(player);
  update_regrets(player);
}

void CfrPlusSolver::sweep_reach(int player) {
  own_reach_[Game::root()] = 1.0;
  others_reach_[Game::root()] = 1.0;
  const int nodes = static_cast<int>(mover_.size());
  for (int id = 0; id < nodes; ++id) {
    const int count = num_children_[id];
    if (count == 0) continue;
    const int* child = &children_[first_child_[id]];
    const double* weight = &policy_[policy_begin_[id]];
    const double own = own_reach_[id];
    const double others = others_reach_[id];
    if (mover_[id] == player) {
      for (int a = 0; a < count; ++a) {
        own_reach_[child[a]] = own * weight[a];
        others_reach_[child[a]] = others;
      }
    } else {
      for (int a = 0; a < count; ++a) {
        own_reach_[child[a]] = own;
        others_reach_[child[a]] = others * weight[a];
      }
    }
  }
}

void CfrPlusSolver::sweep_values(int player) {
  const std::vector<double>& payoff = payoff_[player];
  for (int id = static_cast<int>(mover_.size()) - 1; id >= 0; --id) {
    const int count = num_children_[id];
    if (count == 0) {
      value_[id] = payoff[id];
      continue;
    }
    const int* child = &children_[first_child_[id]];
    const double* weight = &policy_[policy_begin_[id]];
    double expected = 0.0;
    for (int a = 0; a < count; ++a) expected += weight[a] * value_[child[a]];
    value_[id] = expected;
    if (mover_[id] == player) {
      // Counterfactual regret: the gain from switching to the action, weighted by how likely
      // chance and the others make this node. Summed over the information set's nodes before
      // regret-matching+ floors it, since the floor applies per set, not per node.
      double* instant = &instant_regret_[policy_begin_[id]];
      const double others = others_reach_[id];
      for (int a = 0; a < count; ++a) instant[a] += others * (value_[child[a]] - expected);
    }
  }
}

void CfrPlusSolver::update_regrets(int player) {
  const IdRange own = game_->infosets_of(player);
  const auto weight = static_cast<double>(iteration_);
  for (int id = own.begin; id < own.end; ++id) {
    const Infoset& set = game_->infoset(id);
    const int first = set.first_action;
    // With perfect recall every node of the set has the same own reach.
    const double reach = own_reach_[infoset_representative_[id]];
    double positive_sum = 0.0;
    for (int a = first; a < first + set.num_actions; ++a) {
      average_[a] += weight * reach * policy_[a];
      regret_[a] = std::max(regret_[a] + instant_regret_[a], 0.0);
      instant_regret_[a] = 0.0;
      positive_sum += regret_[a];
    }
    for (int a = first; a < first + set.num_actions; ++a) {
      policy_[a] = positive_sum > 0.0 ? regret_[a] / positive_sum : 1.0 / set.num_actions;
    }
  }
}

BehaviorProfile CfrPlusSolver::average_profile() const {
  BehaviorProfile profile = BehaviorProfile::uniform(*game_);
  for (int id = 0; id < game_->num_infosets(); ++id) {
    const Infoset& set = game_->infoset(id);
    double total = 0.0;
    for (int a = set.first_action; a < set.first_action + set.num_actions; ++a) {
      total += average_[a];
    }
    // A set the player's own average never reaches keeps the uniform strategy.
    if (total <= 0.0) continue;
    for (int a = set.first_action; a < set.first_action + set.num_actions; ++a) {
      profile[a] = average_[a] / total;
    }
  }
  return profile;
}

BehaviorProfile CfrPlusSolver::current_profile() const {
  return BehaviorProfile(std::vector<double>(policy_.begin(), policy_.begin() + num_actions_));
}

}  // namespace umbrella::game
