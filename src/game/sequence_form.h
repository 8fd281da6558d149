#pragma once
// The sequence form (Koller, Megiddo & von Stengel 1996; von Stengel 1996): a player's
// sequences are the empty sequence plus one per own action (the action ending the sequence);
// a realization plan x gives each sequence the probability that the player's own choices
// play it, subject to x(empty) = 1 and, at each information set I, the sum of x over I's
// actions equal to x(the sequence leading to I). Payoffs become bilinear in the plans.
#include <span>
#include <vector>

#include "game/behavior_profile.h"
#include "game/game.h"

namespace umbrella::game {

struct PlayerSequences {
  int num_sequences = 1;  // sequence 0 is empty; sequence s >= 1 ends with action first_action+s-1
  int first_action = 0;
  // For each of the player's information sets, in Game::infosets_of order: the sequence
  // leading to it (the same at all its nodes, by perfect recall).
  std::vector<int> parent_sequence;
  // For each sequence s >= 1, the information set (0-based within the player) of its last
  // action; kNone for the empty sequence.
  std::vector<int> infoset_of_sequence;

  int sequence_of(int action) const { return action - first_action + 1; }
};

struct SequenceLeaf {
  int node = 0;
  double chance = 1.0;         // product of chance probabilities on the path
  std::vector<int> sequences;  // per player, the sequence played on the path
};

struct SequenceForm {
  std::vector<PlayerSequences> players;
  std::vector<SequenceLeaf> leaves;  // terminal nodes chance can reach
};

// Needs perfect recall; throws std::invalid_argument without it.
SequenceForm build_sequence_form(const Game& game);

// Dense |S_1| x |S_2| matrix (row-major) of one player's payoff in a two-player game:
// entry (s, t) sums chance probability times payoff over the leaves that s and t lead to.
std::vector<double> sequence_payoff_matrix(const Game& game, const SequenceForm& form,
                                           int payoff_player);

// Converts a player's realization plan into behaviour probabilities in `profile`: each
// action's plan value over its parent sequence's. Sets the plan never reaches (parent value
// numerically zero) get the uniform distribution; they do not affect anyone's payoff.
void set_behavior_from_plan(const Game& game, const SequenceForm& form, int player,
                            std::span<const double> plan, BehaviorProfile& profile);

}  // namespace umbrella::game
