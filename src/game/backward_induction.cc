#include "game/backward_induction.h"

#include <stdexcept>
#include <string>

#include "core/error.h"

namespace umbrella::game {
namespace {

void require_perfect_information(const Game& game) {
  for (int id = 0; id < game.num_infosets(); ++id) {
    const auto nodes = game.infoset_nodes(id);
    if (nodes.size() > 1) {
      const Infoset& set = game.infoset(id);
      throw UsageError("backward induction needs perfect information, but information set " +
                       std::to_string(set.number) + " of player " + std::to_string(set.player + 1) +
                       " has " + std::to_string(nodes.size()) + " nodes; use " + mention("method") +
                       " lp, lcp or cfr+");
    }
  }
}

}  // namespace

SubgamePerfectEquilibrium backward_induction(const Game& game) {
  require_perfect_information(game);
  const auto players = static_cast<std::size_t>(game.num_players());
  std::vector<double> values(game.num_nodes() * players, 0.0);
  std::vector<double> probabilities(game.num_actions(), 0.0);
  const auto chance = game.chance_probability_values();
  // Reverse pre-order visits every child before its parent.
  for (int id = game.num_nodes() - 1; id >= 0; --id) {
    const Node& node = game.node(id);
    double* here = &values[id * players];
    if (node.kind == NodeKind::terminal) {
      for (std::size_t p = 0; p < players; ++p) here[p] = game.path_payoff(id, static_cast<int>(p));
    } else if (node.kind == NodeKind::chance) {
      const int first = game.chance_infoset(node.infoset).first_action;
      for (int a = 0; a < node.num_children; ++a) {
        const double* below = &values[game.child(id, a) * players];
        for (std::size_t p = 0; p < players; ++p) here[p] += chance[first + a] * below[p];
      }
    } else {
      int best = 0;
      for (int a = 1; a < node.num_children; ++a) {
        if (values[game.child(id, a) * players + node.player] >
            values[game.child(id, best) * players + node.player]) {
          best = a;
        }
      }
      probabilities[game.infoset(node.infoset).first_action + best] = 1.0;
      const double* below = &values[game.child(id, best) * players];
      for (std::size_t p = 0; p < players; ++p) here[p] = below[p];
    }
  }
  return {BehaviorProfile(std::move(probabilities)),
          std::vector<double>(values.begin(), values.begin() + static_cast<long>(players))};
}

}  // namespace umbrella::game
