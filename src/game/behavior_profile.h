#pragma once
// A behaviour strategy profile: one probability per decision action, indexed by the game's
// action ids, so each information set's distribution is a contiguous slice.
#include <span>
#include <vector>

#include "game/game.h"

namespace umbrella::game {

class BehaviorProfile {
 public:
  BehaviorProfile() = default;
  explicit BehaviorProfile(std::vector<double> probabilities)
      : probabilities_(std::move(probabilities)) {}

  // Every action of an information set equally likely.
  static BehaviorProfile uniform(const Game& game) {
    std::vector<double> probabilities(game.num_actions());
    for (int id = 0; id < game.num_infosets(); ++id) {
      const Infoset& set = game.infoset(id);
      for (int a = 0; a < set.num_actions; ++a) {
        probabilities[set.first_action + a] = 1.0 / set.num_actions;
      }
    }
    return BehaviorProfile(std::move(probabilities));
  }

  double operator[](int action) const { return probabilities_[action]; }
  double& operator[](int action) { return probabilities_[action]; }
  std::span<const double> at_infoset(const Game& game, int infoset) const {
    const Infoset& set = game.infoset(infoset);
    return std::span<const double>(probabilities_).subspan(set.first_action, set.num_actions);
  }
  std::span<const double> values() const { return probabilities_; }
  std::span<double> values() { return probabilities_; }
  int size() const { return static_cast<int>(probabilities_.size()); }

 private:
  std::vector<double> probabilities_;
};

}  // namespace umbrella::game
