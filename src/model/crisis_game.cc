#include "model/crisis_game.h"

#include <fmt/format.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "game/game_builder.h"

namespace umbrella {
namespace {

constexpr int kChallenger = 0;
constexpr int kPatron = 1;

std::string resolve_label(int k, int types) {
  return fmt::format("resolve {}/{}", k + 1, types);
}
std::string challenge_label(int k, int types) {
  return resolve_label(k, types) + ": challenge";
}
std::string after_defence_label(int k, int types) {
  return resolve_label(k, types) + ": after defence";
}
std::string after_first_use_label(int k, int types) {
  return resolve_label(k, types) + ": after first use";
}
std::string respond_label(int t) {
  return fmt::format("{}: respond", kPatronTypes[static_cast<std::size_t>(t)].label);
}
std::string after_coercion_label(int t) {
  return fmt::format("{}: after coercion", kPatronTypes[static_cast<std::size_t>(t)].label);
}

game::Number number(double x) {
  return {x, fmt::format("{}", x)};
}

}  // namespace

game::Game build_crisis_game(const CrisisSetting& s, int challenger_types) {
  if (challenger_types < 1) throw std::invalid_argument("challenger types must be at least 1");
  game::GameBuilder b("crisis " + s.flashpoint, {"challenger", "patron"},
                      "umbrella crisis game (docs/model.md#crises); payoffs in units of the "
                      "challenger's stakes; chance draws the challenger's private resolve, then "
                      "the patron's type (tactical, strategic)");
  const std::vector<double> resolve = challenger_resolve_types(s, challenger_types);
  const std::array<double, kPatronTypeCount> priors = patron_type_priors(s);
  std::vector<std::string> draws;
  std::vector<game::Number> probabilities;
  for (int k = 0; k < challenger_types; ++k) {
    for (int t = 0; t < kPatronTypeCount; ++t) {
      draws.push_back(fmt::format("{} {}", resolve_label(k, challenger_types),
                                  kPatronTypes[static_cast<std::size_t>(t)].label));
      probabilities.push_back(number(priors[static_cast<std::size_t>(t)] / challenger_types));
    }
  }
  const int nature = b.add_chance_infoset(1, "resolve and type", draws, probabilities);
  std::vector<int> challenge, after_defence, after_first_use, respond, after_coercion;
  for (int k = 0; k < challenger_types; ++k) {
    challenge.push_back(b.add_infoset(kChallenger, 3 * k + 1, challenge_label(k, challenger_types),
                                      {"status quo", "invade"}));
    after_defence.push_back(b.add_infoset(kChallenger, 3 * k + 2,
                                          after_defence_label(k, challenger_types),
                                          {"fight on", "nuclear coercion"}));
    after_first_use.push_back(b.add_infoset(kChallenger, 3 * k + 3,
                                            after_first_use_label(k, challenger_types),
                                            {"back down", "counter-escalate"}));
  }
  for (int t = 0; t < kPatronTypeCount; ++t) {
    respond.push_back(
        b.add_infoset(kPatron, 2 * t + 1, respond_label(t), {"concede", "defend", "escalate"}));
    after_coercion.push_back(
        b.add_infoset(kPatron, 2 * t + 2, after_coercion_label(t), {"back down", "retaliate"}));
  }
  const Endings e = crisis_endings(s);
  int outcome_number = 0;
  b.add_chance_node("", nature, game::kNone);
  for (int k = 0; k < challenger_types; ++k) {
    const auto kk = static_cast<std::size_t>(k);
    for (int t = 0; t < kPatronTypeCount; ++t) {
      const auto tt = static_cast<std::size_t>(t);
      const PatronWeights weights = patron_weights(s, kPatronTypes[tt]);
      auto terminal = [&](EndingId id) {
        const Ending& end = ending(e, id);
        const double private_resolve = id == EndingId::status_quo ? 0.0 : resolve[kk];
        const int outcome = b.add_outcome(
            ++outcome_number, fmt::format("{} / {}", end.label, draws[kk * kPatronTypeCount + tt]),
            {number(challenger_payoff(s, end) + private_resolve),
             number(patron_payoff(weights, end))});
        b.add_terminal_node("", outcome);
      };
      b.add_decision_node(draws[kk * kPatronTypeCount + tt], challenge[kk], game::kNone);
      terminal(EndingId::status_quo);
      b.add_decision_node("", respond[tt], game::kNone);
      terminal(EndingId::patron_concedes);
      b.add_decision_node("", after_defence[kk], game::kNone);
      terminal(EndingId::conventional_war);
      b.add_decision_node("", after_coercion[tt], game::kNone);
      terminal(EndingId::coerced);
      terminal(EndingId::war_after_coercion);
      b.add_decision_node("", after_first_use[kk], game::kNone);
      terminal(EndingId::challenger_backs_down);
      terminal(EndingId::war_after_first_use);
    }
  }
  return std::move(b).build();
}

CrisisOutcome outcome_of_profile(const game::Game& game, const game::BehaviorProfile& profile,
                                 const CrisisSetting& setting) {
  // Reach probabilities in pre-order: every node's parent comes first.
  std::vector<double> reach(static_cast<std::size_t>(game.num_nodes()), 0.0);
  reach[0] = 1.0;
  for (int id = 1; id < game.num_nodes(); ++id) {
    const game::Node& node = game.node(id);
    const game::Node& parent = game.node(node.parent);
    double step = 0.0;
    if (parent.kind == game::NodeKind::chance) {
      const int action = game.chance_infoset(parent.infoset).first_action + node.action_from_parent;
      step = game.chance_probability_values()[static_cast<std::size_t>(action)];
    } else {
      step = profile[game.infoset(parent.infoset).first_action + node.action_from_parent];
    }
    reach[static_cast<std::size_t>(id)] = reach[static_cast<std::size_t>(node.parent)] * step;
  }
  // Terminals come in the order build_crisis_game adds them: the endings in EndingId order.
  std::array<double, kEndingCount> endings{};
  std::size_t terminal = 0;
  for (int id = 0; id < game.num_nodes(); ++id) {
    if (game.node(id).kind != game::NodeKind::terminal) continue;
    endings[terminal++ % kEndingCount] += reach[static_cast<std::size_t>(id)];
  }
  return crisis_outcome(setting, endings);
}

game::BehaviorProfile profile_of(const game::Game& game, const CrisisEquilibrium& eq,
                                 const CrisisSetting& setting, int challenger_types) {
  std::map<std::string, std::vector<double>> play;
  const std::vector<double> resolve = challenger_resolve_types(setting, challenger_types);
  for (int k = 0; k < challenger_types; ++k) {
    const bool invades = eq.continuation + resolve[static_cast<std::size_t>(k)] > 0.0;
    play[challenge_label(k, challenger_types)] = {invades ? 0.0 : 1.0, invades ? 1.0 : 0.0};
    play[after_defence_label(k, challenger_types)] = {1.0 - eq.coerce, eq.coerce};
    const double counter = eq.counter_escalates ? 1.0 : 0.0;
    play[after_first_use_label(k, challenger_types)] = {1.0 - counter, counter};
  }
  for (int t = 0; t < kPatronTypeCount; ++t) {
    const auto tt = static_cast<std::size_t>(t);
    play[respond_label(t)] = {eq.respond[tt].begin(), eq.respond[tt].end()};
    const double retaliate = eq.retaliates[tt] ? 1.0 : 0.0;
    play[after_coercion_label(t)] = {1.0 - retaliate, retaliate};
  }
  game::BehaviorProfile profile = game::BehaviorProfile::uniform(game);
  for (int id = 0; id < game.num_infosets(); ++id) {
    const game::Infoset& set = game.infoset(id);
    const std::vector<double>& p = play.at(set.label);
    for (int a = 0; a < set.num_actions; ++a) {
      profile[set.first_action + a] = p[static_cast<std::size_t>(a)];
    }
  }
  return profile;
}

}  // namespace umbrella
