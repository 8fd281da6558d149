#include "model/crisis.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "game/game_builder.h"
#include "model/logistic.h"

namespace umbrella {
namespace {

constexpr int kChallenger = 0;
constexpr int kPatron = 1;

// The patron's four types: tactically (first) and strategically (second) Hard or Soft.
struct PatronType {
  const char* label;
  bool tactically_hard;
  bool strategically_hard;
};
constexpr std::array<PatronType, 4> kTypes = {
    {{"HH", true, true}, {"HS", true, false}, {"SH", false, true}, {"SS", false, false}}};

int group_index(LadderGroup group) {
  return static_cast<int>(group);
}

// A crisis that reaches a group reaches its entry level first; uncontrolled escalation moves one
// group up, to that group's entry level, not to the top of the ladder.
const LadderLevel& entry_level(const Ladder& ladder, LadderGroup group) {
  for (const LadderLevel& level : ladder.levels) {
    if (level.group == group) return level;
  }
  throw std::invalid_argument(std::string("the ladder has no level in group ") + name(group));
}

GroupCost group_cost(const Ladder& ladder, LadderGroup group) {
  const LadderLevel& level = entry_level(ladder, group);
  return {level.challenger_cost, level.defender_cost};
}

double share(double ours, double theirs) {
  const double both = ours + theirs;
  return both > 0.0 ? ours / both : 0.5;
}

// A terminal of the game: who won how likely, what it cost, how high it went.
struct Ending {
  const char* label;
  double success = 0.0;  // P(the challenger achieves its aim)
  double challenger_cost = 0.0;
  double defender_conventional_cost = 0.0;
  double defender_nuclear_cost = 0.0;  // weighed by a strategically Soft patron's aversion
  LadderGroup highest = LadderGroup::sub_crisis;
  bool nuclear_use = false;
  bool theater_war = false;
};

struct Endings {
  Ending status_quo, patron_concedes, conventional_war, coerced, war_after_coercion,
      challenger_backs_down, war_after_first_use;
};

Endings endings(const CrisisSetting& s) {
  const double war_ch = s.theater_war.challenger + s.loss_of_control * s.strategic.challenger;
  const double war_def = s.theater_war.defender + s.loss_of_control * s.strategic.defender;
  Endings e;
  e.status_quo = {"status quo", 0.0, 0.0, 0.0, 0.0, LadderGroup::sub_crisis, false, false};
  e.patron_concedes = {s.ally_resists ? "patron stands aside, ally fights alone"
                                      : "patron stands aside, ally yields",
                       s.ally_resists ? s.success_alone : 1.0,
                       s.conventional.challenger,
                       0.0,
                       0.0,
                       LadderGroup::conventional,
                       false,
                       false};
  e.conventional_war = {"conventional war",
                        s.success_defended,
                        s.conventional.challenger,
                        s.conventional.defender,
                        0.0,
                        LadderGroup::conventional,
                        false,
                        false};
  e.coerced = {"patron backs down after limited nuclear use",
               1.0,
               s.conventional.challenger + s.limited_nuclear.challenger,
               s.conventional.defender,
               s.limited_nuclear.defender,
               LadderGroup::limited_nuclear,
               true,
               false};
  e.war_after_coercion = {"theater nuclear war after coercion",
                          s.success_theater,
                          s.conventional.challenger + war_ch,
                          s.conventional.defender,
                          war_def,
                          LadderGroup::theater_nuclear_war,
                          true,
                          true};
  // The ladder charges a level's first user the challenger's cost (the taboo's price) and the
  // side struck the defender's; when the patron strikes first the two change places.
  e.challenger_backs_down = {"challenger backs down after the patron's first use",
                             0.0,
                             s.conventional.challenger + s.limited_nuclear.defender,
                             0.0,
                             s.limited_nuclear.challenger,
                             LadderGroup::limited_nuclear,
                             true,
                             false};
  e.war_after_first_use = {"theater nuclear war after the patron's first use",
                           s.success_theater,
                           s.conventional.challenger + war_ch,
                           0.0,
                           war_def,
                           LadderGroup::theater_nuclear_war,
                           true,
                           true};
  return e;
}

game::Number number(double x) {
  return {x, fmt::format("{}", x)};
}

}  // namespace

CrisisSetting crisis_setting(const World& world, const WorldIndex& index, const Parameters& params,
                             const RuntimeState& rt, int flashpoint) {
  const Flashpoint& f = world.flashpoints.at(static_cast<std::size_t>(flashpoint));
  if (!world.ladder.defined()) throw std::invalid_argument("the scenario defines no ladder");
  AllianceId alliance = -1;
  for (AllianceId a : index.alliances_of_ally[f.ally]) {
    if (world.alliances[a].patron == f.patron) alliance = a;
  }
  if (alliance < 0) throw std::invalid_argument("flashpoint " + f.id + " has no alliance");
  const StateDynamics& challenger = rt.states[f.adversary];
  const StateDynamics& patron = rt.states[f.patron];
  const StateDynamics& ally = rt.states[f.ally];
  const AllianceDynamics& posture = rt.alliances[alliance];

  CrisisSetting s;
  s.flashpoint = f.id;
  s.stakes = f.stakes;
  s.p_tactical = std::clamp(posture.credibility, 0.001, 0.999);
  const double strategic_balance =
      share(patron.arsenal.strategic.total(), challenger.arsenal.strategic.total()) - 0.5;
  s.p_strategic = logistic(std::log(s.p_tactical / (1.0 - s.p_tactical)) +
                           params[ParamId::crisis_strategic_weight] * strategic_balance);
  const double d = params[ParamId::crisis_defence_advantage];
  s.success_alone = share(challenger.conventional, d * ally.conventional);
  s.success_defended =
      share(challenger.conventional,
            d * (ally.conventional + posture.forward_presence * patron.conventional));
  const double ally_own = ally.stage == Stage::acquired ? ally.arsenal.total() : 0.0;
  s.success_theater = share(challenger.arsenal.theater[f.region].total(),
                            patron.arsenal.theater[f.region].total() + ally_own);
  s.conventional = group_cost(world.ladder, LadderGroup::conventional);
  s.limited_nuclear = group_cost(world.ladder, LadderGroup::limited_nuclear);
  s.theater_war = group_cost(world.ladder, LadderGroup::theater_nuclear_war);
  s.strategic = group_cost(world.ladder, LadderGroup::strategic_exchange);
  s.loss_of_control = entry_level(world.ladder, LadderGroup::theater_nuclear_war).loss_of_control;
  // The ally resists alone when the chance of keeping its security is worth the war's cost.
  s.ally_value = params[ParamId::crisis_ally_value];
  s.ally_resists = s.ally_value * s.success_alone + s.conventional.defender < s.ally_value;
  s.resolve_margin = params[ParamId::crisis_resolve_margin];
  return s;
}

PatronWeights patron_weights(const CrisisSetting& s, bool tactically_hard,
                             bool strategically_hard) {
  // Values start at face value (the ally's security worth the challenger's stakes, nuclear costs
  // as the ladder states them) and move only as far as the type's ordering requires.
  const Endings e = endings(s);
  const double up = 1.0 + s.resolve_margin, down = 1.0 - s.resolve_margin;
  PatronWeights w;
  // Defending beats conceding iff value > conventional cost / (success conceded - defended).
  const double help = e.patron_concedes.success - e.conventional_war.success;
  if (help > 0.0) {
    const double indifference = e.conventional_war.defender_conventional_cost / help;
    w.ally_value =
        tactically_hard ? std::max(1.0, up * indifference) : std::min(1.0, down * indifference);
  } else {
    w.ally_value = 1.0;  // defending cannot help: no value makes defending better
  }
  // Retaliating beats backing down iff aversion < value * (1 - theater success) / extra cost.
  const double extra = e.war_after_coercion.defender_nuclear_cost - e.coerced.defender_nuclear_cost;
  const double gain = w.ally_value * (1.0 - e.war_after_coercion.success);
  if (extra > 0.0 && gain > 0.0) {
    const double indifference = gain / extra;
    w.nuclear_aversion =
        strategically_hard ? std::min(1.0, down * indifference) : std::max(1.0, up * indifference);
  }
  return w;
}

game::Game build_crisis_game(const CrisisSetting& s) {
  game::GameBuilder b("crisis " + s.flashpoint, {"challenger", "patron"},
                      "umbrella crisis game (docs/model.md#crisis); payoffs in units of the "
                      "challenger's stakes; patron types: tactical then strategic resolve");
  const double pt = s.p_tactical, ps = s.p_strategic;
  const int resolve = b.add_chance_infoset(
      1, "patron's resolve", {"HH", "HS", "SH", "SS"},
      {number(pt * ps), number(pt * (1 - ps)), number((1 - pt) * ps), number((1 - pt) * (1 - ps))});
  const int challenge = b.add_infoset(kChallenger, 1, "challenge", {"status quo", "invade"});
  const int after_defence =
      b.add_infoset(kChallenger, 2, "after defence", {"fight on", "nuclear coercion"});
  const int after_first_use =
      b.add_infoset(kChallenger, 3, "after first use", {"back down", "counter-escalate"});
  const Endings e = endings(s);
  int outcome_number = 0;
  b.add_chance_node("", resolve, game::kNone);
  for (std::size_t t = 0; t < kTypes.size(); ++t) {
    const PatronType& type = kTypes[t];
    const PatronWeights weights = patron_weights(s, type.tactically_hard, type.strategically_hard);
    const double value = weights.ally_value;
    const double aversion = weights.nuclear_aversion;
    auto terminal = [&](const Ending& end) {
      const double challenger = s.stakes * end.success - end.challenger_cost;
      const double patron = -value * end.success - end.defender_conventional_cost -
                            aversion * end.defender_nuclear_cost;
      const int outcome =
          b.add_outcome(++outcome_number, std::string(end.label) + " / " + type.label,
                        {number(challenger), number(patron)});
      b.add_terminal_node("", outcome);
    };
    const int respond =
        b.add_infoset(kPatron, static_cast<int>(2 * t + 1), fmt::format("{}: respond", type.label),
                      {"concede", "defend", "escalate"});
    const int after_coercion =
        b.add_infoset(kPatron, static_cast<int>(2 * t + 2),
                      fmt::format("{}: after coercion", type.label), {"back down", "retaliate"});
    b.add_decision_node(type.label, challenge, game::kNone);
    terminal(e.status_quo);
    b.add_decision_node("", respond, game::kNone);
    terminal(e.patron_concedes);
    b.add_decision_node("", after_defence, game::kNone);
    terminal(e.conventional_war);
    b.add_decision_node("", after_coercion, game::kNone);
    terminal(e.coerced);
    terminal(e.war_after_coercion);
    b.add_decision_node("", after_first_use, game::kNone);
    terminal(e.challenger_backs_down);
    terminal(e.war_after_first_use);
  }
  return std::move(b).build();
}

CrisisOutcome solve_crisis(const game::Game& game, const CrisisSetting& setting) {
  CrisisOutcome out;
  out.solution = game::solve(game, game::Method::lcp);
  const game::BehaviorProfile& profile = out.solution.profile;
  // Reach probabilities in pre-order: every node's parent comes first.
  std::vector<double> reach(static_cast<std::size_t>(game.num_nodes()), 0.0);
  reach[0] = 1.0;
  for (int id = 1; id < game.num_nodes(); ++id) {
    const game::Node& node = game.node(id);
    const game::Node& parent = game.node(node.parent);
    const double step =
        parent.kind == game::NodeKind::chance
            ? game.chance_probability_values()[static_cast<std::size_t>(
                  game.chance_infoset(parent.infoset).first_action + node.action_from_parent)]
            : profile[game.infoset(parent.infoset).first_action + node.action_from_parent];
    reach[static_cast<std::size_t>(id)] = reach[static_cast<std::size_t>(node.parent)] * step;
  }
  // Terminals come in the order build_crisis_game adds them, seven per patron type.
  const Endings e = endings(setting);
  const std::array<const Ending*, 7> order = {
      &e.status_quo,         &e.patron_concedes,       &e.conventional_war,   &e.coerced,
      &e.war_after_coercion, &e.challenger_backs_down, &e.war_after_first_use};
  std::size_t terminal = 0;
  for (int id = 0; id < game.num_nodes(); ++id) {
    if (game.node(id).kind != game::NodeKind::terminal) continue;
    const Ending& end = *order[terminal++ % order.size()];
    const double p = reach[static_cast<std::size_t>(id)];
    if (end.highest != LadderGroup::sub_crisis) out.p_invasion += p;
    if (end.nuclear_use) out.p_nuclear_use += p;
    if (&end == &e.coerced || &end == &e.war_after_coercion) out.p_coercion += p;
    out.p_invasion_success += p * end.success;
    const double strategic = end.theater_war ? setting.loss_of_control : 0.0;
    out.p_strategic_exchange += p * strategic;
    out.highest_group[static_cast<std::size_t>(group_index(end.highest))] += p * (1.0 - strategic);
    out.highest_group[static_cast<std::size_t>(group_index(LadderGroup::strategic_exchange))] +=
        p * strategic;
  }
  return out;
}

}  // namespace umbrella
