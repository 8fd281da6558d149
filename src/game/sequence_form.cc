#include "game/sequence_form.h"

#include <algorithm>
#include <stdexcept>

namespace umbrella::game {

SequenceForm build_sequence_form(const Game& game) {
  if (!game.has_perfect_recall()) {
    throw std::invalid_argument("the sequence form needs perfect recall: " +
                                game.recall_violation());
  }
  const int players = game.num_players();
  SequenceForm form;
  for (int p = 0; p < players; ++p) {
    PlayerSequences sequences;
    sequences.first_action = game.actions_of(p).begin;
    sequences.num_sequences = 1 + game.actions_of(p).size();
    sequences.parent_sequence.assign(game.infosets_of(p).size(), 0);
    sequences.infoset_of_sequence.push_back(kNone);
    for (int action = game.actions_of(p).begin; action < game.actions_of(p).end; ++action) {
      sequences.infoset_of_sequence.push_back(game.action_infoset(action) -
                                              game.infosets_of(p).begin);
    }
    form.players.push_back(std::move(sequences));
  }
  // Per node and player: the sequence played so far, and the chance probability so far.
  std::vector<int> sequence(game.num_nodes() * static_cast<std::size_t>(players), 0);
  std::vector<double> chance(game.num_nodes(), 0.0);
  chance[Game::root()] = 1.0;
  const auto probabilities = game.chance_probability_values();
  for (int id = 0; id < game.num_nodes(); ++id) {
    const Node& node = game.node(id);
    const int* here = &sequence[id * static_cast<std::size_t>(players)];
    if (node.kind == NodeKind::decision) {
      const IdRange own = game.infosets_of(node.player);
      form.players[node.player].parent_sequence[node.infoset - own.begin] = here[node.player];
    }
    if (node.kind == NodeKind::terminal) {
      if (chance[id] > 0.0) form.leaves.push_back({id, chance[id], {here, here + players}});
      continue;
    }
    for (int a = 0; a < node.num_children; ++a) {
      const int child = game.child(id, a);
      int* below = &sequence[child * static_cast<std::size_t>(players)];
      std::copy(here, here + players, below);
      chance[child] = chance[id];
      if (node.kind == NodeKind::chance) {
        chance[child] *= probabilities[game.chance_infoset(node.infoset).first_action + a];
      } else {
        const int action = game.infoset(node.infoset).first_action + a;
        below[node.player] = form.players[node.player].sequence_of(action);
      }
    }
  }
  return form;
}

std::vector<double> sequence_payoff_matrix(const Game& game, const SequenceForm& form,
                                           int payoff_player) {
  const auto columns = static_cast<std::size_t>(form.players[1].num_sequences);
  std::vector<double> matrix(form.players[0].num_sequences * columns, 0.0);
  for (const SequenceLeaf& leaf : form.leaves) {
    matrix[leaf.sequences[0] * columns + leaf.sequences[1]] +=
        leaf.chance * game.path_payoff(leaf.node, payoff_player);
  }
  return matrix;
}

void set_behavior_from_plan(const Game& game, const SequenceForm& form, int player,
                            std::span<const double> plan, BehaviorProfile& profile) {
  constexpr double kUnreached = 1e-12;
  const PlayerSequences& sequences = form.players[player];
  const IdRange own = game.infosets_of(player);
  for (int id = own.begin; id < own.end; ++id) {
    const Infoset& set = game.infoset(id);
    double total = 0.0;
    for (int a = set.first_action; a < set.first_action + set.num_actions; ++a) {
      total += std::max(plan[sequences.sequence_of(a)], 0.0);
    }
    const bool reached =
        plan[sequences.parent_sequence[id - own.begin]] > kUnreached && total > kUnreached;
    for (int a = set.first_action; a < set.first_action + set.num_actions; ++a) {
      // Normalising by the actions' own total rather than the parent's value absorbs the
      // solvers' rounding in the constraint.
      profile[a] =
          reached ? std::max(plan[sequences.sequence_of(a)], 0.0) / total : 1.0 / set.num_actions;
    }
  }
}

}  // namespace umbrella::game
