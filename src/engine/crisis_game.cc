#include "engine/crisis_game.h"

#include <fmt/format.h>

#include <array>
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
// The challenger's and the patron's later information sets, after a plain invasion and after
// one under a nuclear threat (`threat`): each side knows which it is in.
std::string branch(bool threat) {
  return threat ? " under threat" : "";
}
std::string after_defence_label(int k, int types, bool threat) {
  return resolve_label(k, types) + ": after defence" + branch(threat);
}
std::string after_first_use_label(int k, int types, bool threat) {
  return resolve_label(k, types) + ": after first use" + branch(threat);
}
std::string respond_label(int t, bool threat) {
  return fmt::format("{}: respond{}", kPatronTypes[static_cast<std::size_t>(t)].label,
                     branch(threat));
}
std::string after_coercion_label(int t, bool threat) {
  return fmt::format("{}: after nuclear use{}", kPatronTypes[static_cast<std::size_t>(t)].label,
                     branch(threat));
}

game::Number number(double x) {
  return {x, fmt::format("{}", x)};
}

// The endings of one (resolve, type) draw's terminals, in the order build_crisis_game adds them:
// the status quo, the plain invasion's six, then the threatened invasion's eight (a defence meets
// nuclear use at the brink, or goes on to the challenger's choice).
constexpr std::size_t kTerminalsPerDraw = 15;
constexpr std::size_t kFirstThreatened = 7;
constexpr std::array<EndingId, kTerminalsPerDraw> kTerminalEndings = {
    EndingId::status_quo,
    EndingId::patron_concedes,
    EndingId::conventional_war,
    EndingId::coerced,
    EndingId::war_after_coercion,
    EndingId::challenger_backs_down,
    EndingId::war_after_first_use,
    EndingId::yields_to_threat,
    EndingId::coerced,
    EndingId::war_after_coercion,
    EndingId::conventional_war,
    EndingId::coerced,
    EndingId::war_after_coercion,
    EndingId::challenger_backs_down,
    EndingId::war_after_first_use};

}  // namespace

game::Game build_crisis_game(const CrisisSetting& s, int challenger_types) {
  if (challenger_types < 1) throw std::invalid_argument("challenger types must be at least 1");
  game::GameBuilder b("crisis " + s.flashpoint, {"challenger", "patron"},
                      "umbrella crisis game (docs/model.md#crises); payoffs in units of the "
                      "challenger's stakes; chance draws the challenger's private resolve, then "
                      "the patron's type (tactical, strategic); a defence against an invasion "
                      "under a nuclear threat slides into nuclear use with the brink risk");
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
  const int brink = b.add_chance_infoset(2, "the brink", {"nuclear use", "held"},
                                         {number(s.brink_risk), number(1.0 - s.brink_risk)});
  // Per resolve type k (challenger) or patron type t, the plain [0] and threatened [1] branch's.
  std::vector<int> challenge;
  std::array<std::vector<int>, 2> after_defence, after_first_use, respond, after_coercion;
  for (int k = 0; k < challenger_types; ++k) {
    challenge.push_back(b.add_infoset(kChallenger, 5 * k + 1, challenge_label(k, challenger_types),
                                      {"status quo", "invade", "invade under nuclear threat"}));
    for (int threat = 0; threat < 2; ++threat) {
      after_defence[threat].push_back(b.add_infoset(
          kChallenger, 5 * k + 2 + 2 * threat,
          after_defence_label(k, challenger_types, threat != 0), {"fight on", "nuclear coercion"}));
      after_first_use[threat].push_back(
          b.add_infoset(kChallenger, 5 * k + 3 + 2 * threat,
                        after_first_use_label(k, challenger_types, threat != 0),
                        {"back down", "counter-escalate"}));
    }
  }
  for (int t = 0; t < kPatronTypeCount; ++t) {
    for (int threat = 0; threat < 2; ++threat) {
      respond[threat].push_back(b.add_infoset(kPatron, 4 * t + 1 + 2 * threat,
                                              respond_label(t, threat != 0),
                                              {"concede", "defend", "escalate"}));
      after_coercion[threat].push_back(b.add_infoset(kPatron, 4 * t + 2 + 2 * threat,
                                                     after_coercion_label(t, threat != 0),
                                                     {"back down", "retaliate"}));
    }
  }
  const Endings e = crisis_endings(s);
  int outcome_number = 0;
  b.add_chance_node("", nature, game::kNone);
  for (int k = 0; k < challenger_types; ++k) {
    const auto kk = static_cast<std::size_t>(k);
    for (int t = 0; t < kPatronTypeCount; ++t) {
      const auto tt = static_cast<std::size_t>(t);
      const PatronWeights weights = patron_weights(s, kPatronTypes[tt]);
      const std::string& draw = draws[kk * kPatronTypeCount + tt];
      auto terminal = [&](EndingId id, bool threat) {
        const Ending& end = ending(e, id);
        const double private_resolve = id == EndingId::status_quo ? 0.0 : resolve[kk];
        const double cost = threat ? s.threat_cost : 0.0;
        const int outcome =
            b.add_outcome(++outcome_number,
                          fmt::format("{}{} / {}", end.label,
                                      branch(threat && id != EndingId::yields_to_threat), draw),
                          {number(challenger_payoff(s, end) + private_resolve - cost),
                           number(patron_payoff(weights, end))});
        b.add_terminal_node("", outcome);
      };
      const auto nuclear_use = [&](bool threat) {
        b.add_decision_node("", after_coercion[threat][tt], game::kNone);
        terminal(EndingId::coerced, threat);
        terminal(EndingId::war_after_coercion, threat);
      };
      const auto after_defence_node = [&](bool threat) {
        b.add_decision_node("", after_defence[threat][kk], game::kNone);
        terminal(EndingId::conventional_war, threat);
        nuclear_use(threat);
      };
      const auto invasion = [&](bool threat) {
        b.add_decision_node("", respond[threat][tt], game::kNone);
        terminal(threat ? EndingId::yields_to_threat : EndingId::patron_concedes, threat);
        if (threat) {
          b.add_chance_node("", brink, game::kNone);
          nuclear_use(true);
        }
        after_defence_node(threat);
        b.add_decision_node("", after_first_use[threat][kk], game::kNone);
        terminal(EndingId::challenger_backs_down, threat);
        terminal(EndingId::war_after_first_use, threat);
      };
      b.add_decision_node(draw, challenge[kk], game::kNone);
      terminal(EndingId::status_quo, false);
      invasion(false);
      invasion(true);
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
  std::array<double, kEndingCount> endings{};
  double threatened = 0.0;
  std::size_t terminal = 0;
  for (int id = 0; id < game.num_nodes(); ++id) {
    if (game.node(id).kind != game::NodeKind::terminal) continue;
    const std::size_t position = terminal++ % kTerminalsPerDraw;
    const double p = reach[static_cast<std::size_t>(id)];
    endings[static_cast<std::size_t>(kTerminalEndings[position])] += p;
    if (position >= kFirstThreatened) threatened += p;
  }
  CrisisOutcome outcome = crisis_outcome(setting, endings);
  outcome.p_threat = threatened;
  return outcome;
}

game::BehaviorProfile profile_of(const game::Game& game, const CrisisEquilibrium& eq,
                                 const CrisisSetting& setting, int challenger_types) {
  std::map<std::string, std::vector<double>> play;
  const std::vector<double> resolve = challenger_resolve_types(setting, challenger_types);
  const double counter = eq.counter_escalates ? 1.0 : 0.0;
  for (int k = 0; k < challenger_types; ++k) {
    const bool invades = eq.continuation + resolve[static_cast<std::size_t>(k)] > 0.0;
    play[challenge_label(k, challenger_types)] = {invades ? 0.0 : 1.0,
                                                  invades && !eq.threatens ? 1.0 : 0.0,
                                                  invades && eq.threatens ? 1.0 : 0.0};
    for (bool threat : {false, true}) {
      const InvasionPlay& branch_play = threat ? eq.threatened : eq.plain;
      play[after_defence_label(k, challenger_types, threat)] = {1.0 - branch_play.coerce,
                                                                branch_play.coerce};
      play[after_first_use_label(k, challenger_types, threat)] = {1.0 - counter, counter};
    }
  }
  for (int t = 0; t < kPatronTypeCount; ++t) {
    const auto tt = static_cast<std::size_t>(t);
    const double retaliate = eq.retaliates[tt] ? 1.0 : 0.0;
    for (bool threat : {false, true}) {
      const InvasionPlay& branch_play = threat ? eq.threatened : eq.plain;
      play[respond_label(t, threat)] = {branch_play.respond[tt].begin(),
                                        branch_play.respond[tt].end()};
      play[after_coercion_label(t, threat)] = {1.0 - retaliate, retaliate};
    }
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
