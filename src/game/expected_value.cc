#include "game/expected_value.h"

namespace umbrella::game {

std::vector<double> reach_probabilities(const Game& game, const BehaviorProfile& profile) {
  std::vector<double> reach(game.num_nodes(), 0.0);
  reach[Game::root()] = 1.0;
  const auto chance = game.chance_probability_values();
  // Pre-order: a node's reach is final before its children are visited.
  for (int id = 0; id < game.num_nodes(); ++id) {
    const Node& node = game.node(id);
    if (node.kind == NodeKind::terminal) continue;
    const bool is_chance = node.kind == NodeKind::chance;
    const int first = is_chance ? game.chance_infoset(node.infoset).first_action
                                : game.infoset(node.infoset).first_action;
    for (int a = 0; a < node.num_children; ++a) {
      const double step = is_chance ? chance[first + a] : profile[first + a];
      reach[game.child(id, a)] = reach[id] * step;
    }
  }
  return reach;
}

std::vector<double> expected_payoffs(const Game& game, const BehaviorProfile& profile) {
  const std::vector<double> reach = reach_probabilities(game, profile);
  std::vector<double> payoffs(game.num_players(), 0.0);
  for (int id = 0; id < game.num_nodes(); ++id) {
    if (game.node(id).kind != NodeKind::terminal || reach[id] == 0.0) continue;
    for (int p = 0; p < game.num_players(); ++p) payoffs[p] += reach[id] * game.path_payoff(id, p);
  }
  return payoffs;
}

}  // namespace umbrella::game
