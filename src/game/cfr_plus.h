#pragma once
// CFR+ (Tammelin 2014; Tammelin, Burch, Johanson & Bowling 2015), a refinement of
// counterfactual regret minimisation (Zinkevich, Johanson, Bowling & Piccione 2007):
// regret-matching+ (cumulative regrets floored at zero), alternating updates (one player per
// half-iteration, the other seeing the freshly updated strategy) and linear averaging (iteration
// t weighs t). In two-player zero-sum games the average profile converges to equilibrium.
//
// Everything is a flat array indexed by node, action or information-set id; an iteration is
// one forward sweep (reach probabilities) and one backward sweep (values and regrets) over the
// nodes in pre-order per player, with no recursion and no lookups by name.
#include <vector>

#include "game/behavior_profile.h"
#include "game/game.h"

namespace umbrella::game {

class CfrPlusSolver {
 public:
  // Needs perfect recall; throws std::invalid_argument without it.
  explicit CfrPlusSolver(const Game& game);

  void run(int iterations);
  int iterations() const { return iteration_; }

  // The linearly weighted average strategy: the one that converges.
  BehaviorProfile average_profile() const;
  // The strategy of the latest iteration.
  BehaviorProfile current_profile() const;

 private:
  void update(int player);
  void sweep_reach(int player);
  void sweep_values(int player);
  void update_regrets(int player);

  const Game* game_;
  int num_actions_ = 0;
  // Per node: mover (kChancePlayer at chance, kNone at terminal), child range, and where its
  // action probabilities start in policy_.
  std::vector<int> mover_;
  std::vector<int> first_child_;
  std::vector<int> num_children_;
  std::vector<int> policy_begin_;
  std::vector<int> children_;
  std::vector<std::vector<double>> payoff_;  // [player][node], at terminal nodes
  std::vector<int> infoset_representative_;  // one node of each information set

  // The current strategy for decision actions followed by the fixed chance probabilities, so
  // a node's action weights are one contiguous slice whoever moves.
  std::vector<double> policy_;
  std::vector<double> regret_;
  std::vector<double> instant_regret_;
  std::vector<double> average_;

  std::vector<double> own_reach_;
  std::vector<double> others_reach_;
  std::vector<double> value_;
  int iteration_ = 0;
};

}  // namespace umbrella::game
