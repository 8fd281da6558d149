#include "game/best_response.h"

#include <algorithm>
#include <stdexcept>

#include "game/expected_value.h"

namespace umbrella::game {
namespace {

// Values are "counterfactual": weighted by the probability that chance and the other players
// reach the node. With perfect recall the responder's own reach is the same at every node of
// one of her information sets, so comparing actions needs only these weights.
class Responder {
 public:
  Responder(const Game& game, const BehaviorProfile& profile, int player)
      : game_(game),
        profile_(profile),
        player_(player),
        others_reach_(game.num_nodes(), 0.0),
        value_(game.num_nodes(), 0.0),
        value_known_(game.num_nodes(), false),
        choice_(game.infosets_of(player).size(), kNone) {
    compute_others_reach();
  }

  BestResponse solve() {
    BestResponse response;
    response.value = value(Game::root());
    // Information sets the responder's own choices never reach still get an answer.
    const IdRange own = game_.infosets_of(player_);
    for (int id = own.begin; id < own.end; ++id) response.actions.push_back(choice(id));
    return response;
  }

 private:
  void compute_others_reach() {
    others_reach_[Game::root()] = 1.0;
    const auto chance = game_.chance_probability_values();
    for (int id = 0; id < game_.num_nodes(); ++id) {
      const Node& node = game_.node(id);
      if (node.kind == NodeKind::terminal) continue;
      for (int a = 0; a < node.num_children; ++a) {
        double step = 1.0;
        if (node.kind == NodeKind::chance) {
          step = chance[game_.chance_infoset(node.infoset).first_action + a];
        } else if (node.player != player_) {
          step = profile_[game_.infoset(node.infoset).first_action + a];
        }
        others_reach_[game_.child(id, a)] = others_reach_[id] * step;
      }
    }
  }

  double value(int id) {
    if (value_known_[id]) return value_[id];
    const Node& node = game_.node(id);
    double result = 0.0;
    if (node.kind == NodeKind::terminal) {
      result = others_reach_[id] * game_.path_payoff(id, player_);
    } else if (node.player == player_) {
      result = value(game_.child(id, choice(node.infoset)));
    } else {
      for (const int child : game_.children(id)) result += value(child);
    }
    value_known_[id] = true;
    value_[id] = result;
    return result;
  }

  int choice(int infoset) {
    int& chosen = choice_[infoset - game_.infosets_of(player_).begin];
    if (chosen != kNone) return chosen;
    const Infoset& set = game_.infoset(infoset);
    double best = 0.0;
    for (int a = 0; a < set.num_actions; ++a) {
      double total = 0.0;
      for (const int member : game_.infoset_nodes(infoset)) total += value(game_.child(member, a));
      if (a == 0 || total > best) {
        best = total;
        chosen = a;
      }
    }
    return chosen;
  }

  const Game& game_;
  const BehaviorProfile& profile_;
  int player_;
  std::vector<double> others_reach_;
  std::vector<double> value_;
  std::vector<bool> value_known_;
  std::vector<int> choice_;
};

}  // namespace

BestResponse best_response(const Game& game, const BehaviorProfile& profile, int player) {
  if (!game.has_perfect_recall()) {
    throw std::invalid_argument("best response needs perfect recall: " + game.recall_violation());
  }
  return Responder(game, profile, player).solve();
}

BehaviorProfile with_best_response(const Game& game, const BehaviorProfile& profile, int player,
                                   const BestResponse& response) {
  BehaviorProfile result = profile;
  const IdRange own = game.infosets_of(player);
  for (int id = own.begin; id < own.end; ++id) {
    const Infoset& set = game.infoset(id);
    for (int a = 0; a < set.num_actions; ++a) {
      result[set.first_action + a] = a == response.actions[id - own.begin] ? 1.0 : 0.0;
    }
  }
  return result;
}

double nash_conv(const Game& game, const BehaviorProfile& profile) {
  const std::vector<double> payoffs = expected_payoffs(game, profile);
  double total = 0.0;
  for (int p = 0; p < game.num_players(); ++p) {
    total += best_response(game, profile, p).value - payoffs[p];
  }
  // A best response never does worse; a negative sum is rounding.
  return std::max(total, 0.0);
}

double exploitability(const Game& game, const BehaviorProfile& profile) {
  const double gap = nash_conv(game, profile);
  return game.num_players() == 2 && game.is_constant_sum() ? gap / 2.0 : gap;
}

}  // namespace umbrella::game
