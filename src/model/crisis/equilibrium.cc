#include "model/crisis/equilibrium.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

#include "model/logistic.h"

namespace umbrella {
namespace {

constexpr auto kConcede = static_cast<std::size_t>(Response::concede);
constexpr auto kDefend = static_cast<std::size_t>(Response::defend);
constexpr auto kEscalate = static_cast<std::size_t>(Response::escalate);

// A patron type's payoff from each response; defending is worth
// (1 - coerce) * defend_fought + coerce * defend_coerced.
struct TypeValues {
  double prior = 0.0;
  bool retaliates = false;
  double concede = 0.0, escalate = 0.0, defend_fought = 0.0, defend_coerced = 0.0;

  double defend(double coerce) const {
    return (1.0 - coerce) * defend_fought + coerce * defend_coerced;
  }
  // Ties go to the lower rung.
  std::size_t alternative() const { return escalate > concede ? kEscalate : kConcede; }
  double alternative_value() const { return std::max(concede, escalate); }
};

struct Candidate {
  double coerce = 0.0;
  unsigned indifferent = 0;  // bit t: type t is indifferent between defending and its alternative
};

// The share of a defending patron's types that retaliate when a fraction `y` of the indifferent
// types defends; negative when no type defends.
struct DefenderMass {
  double retaliating = 0.0, total = 0.0;
  double indifferent_retaliating = 0.0, indifferent_total = 0.0;
  double mass(double y) const { return total + y * indifferent_total; }
  double belief(double y) const { return (retaliating + y * indifferent_retaliating) / mass(y); }
};

// Finds the indifferent types' defending fraction y that makes `coerce` a best reply for the
// challenger, whose gain from coercion at posterior mu is gain0 + slope * mu. Returns y and the
// posterior (any belief is allowed when nobody defends), or nothing. When the challenger never
// decides after a defence (a threat whose brink risk is 1), any choice there is a best reply.
struct Support {
  double y = 0.0;
  double belief = 0.0;
};
std::optional<Support> support(const DefenderMass& m, double coerce, double gain0, double slope,
                               bool decides) {
  if (!decides) return Support{0.0, m.mass(0.0) > 0.0 ? m.belief(0.0) : 0.0};
  auto fits = [&](double mu) {
    const double gain = gain0 + slope * mu;
    if (coerce == 0.0) return gain <= 0.0;
    if (coerce == 1.0) return gain >= 0.0;
    return std::abs(gain) <= 1e-12 * (1.0 + std::abs(gain0) + std::abs(slope));
  };
  const bool interior = coerce > 0.0 && coerce < 1.0;
  if (!interior) {
    for (double y : {0.0, 1.0}) {
      if (m.mass(y) > 0.0 && fits(m.belief(y))) return Support{y, m.belief(y)};
    }
  } else if (slope != 0.0 && m.indifferent_total > 0.0) {
    const double target = -gain0 / slope;
    const double denominator = m.indifferent_retaliating - target * m.indifferent_total;
    if (denominator != 0.0) {
      const double y = (target * m.total - m.retaliating) / denominator;
      if (y >= 0.0 && y <= 1.0 && m.mass(y) > 0.0) return Support{y, target};
    }
  }
  if (m.total == 0.0) {  // nobody need defend: the posterior after a defence is free
    for (double mu : {1.0, 0.0, slope != 0.0 ? std::clamp(-gain0 / slope, 0.0, 1.0) : 0.0}) {
      if (fits(mu)) return Support{0.0, mu};
    }
  }
  return std::nullopt;
}

double invasion_share(double continuation, const CrisisSetting& s, int types) {
  if (types > 0) {
    double invading = 0.0;
    for (double resolve : challenger_resolve_types(s, types)) {
      if (continuation + resolve > 0.0) invading += 1.0;
    }
    return invading / types;
  }
  const double scale = s.resolve_dispersion * s.stakes;
  if (scale <= 0.0) return continuation > 0.0 ? 1.0 : 0.0;
  return logistic(continuation / scale);
}

// What the last moves and the patron's types give, shared by both ways of invading; only the
// patron's conceding differs (under a threat it is yielding).
struct Subgame {
  const CrisisSetting& s;
  const Endings& e;
  std::array<TypeValues, kPatronTypeCount> types;
  std::array<double, kPatronTypeCount> yields{};  // each type's payoff of yielding to a threat
  bool counter_escalates = false;
  double gain0 = 0.0, slope = 0.0;  // the challenger's gain from coercion: gain0 + slope * mu

  double challenger(EndingId id) const { return challenger_payoff(s, ending(e, id)); }
};

struct SolvedInvasion {
  InvasionPlay play;
  std::array<double, kEndingCount> realised{};  // the endings with the patron's actual types
};

// The subgame after an invasion, plain or under a threat. Under a threat a defence meets limited
// nuclear use with at least the brink risk: the patron types' defence is then worth
// defend(brink + (1 - brink) * coerce), so the fixed point runs over that effective chance of
// coercion, from the brink risk up. Candidates in increasing order: the first that holds has the
// least coercion.
SolvedInvasion solve_invasion(const Subgame& subgame, bool threat) {
  Subgame g = subgame;
  const double brink = threat ? g.s.brink_risk : 0.0;
  const double cost = threat ? g.s.threat_cost : 0.0;
  const EndingId stands_aside = threat ? EndingId::yields_to_threat : EndingId::patron_concedes;
  if (threat) {
    for (std::size_t t = 0; t < g.types.size(); ++t) g.types[t].concede = g.yields[t];
  }
  const double decides = 1.0 - brink;  // P(the challenger chooses after a defence)
  std::vector<Candidate> candidates = {{brink, 0}, {1.0, 0}};
  for (std::size_t t = 0; t < g.types.size(); ++t) {
    const TypeValues& v = g.types[t];
    const double slope_t = v.defend_coerced - v.defend_fought;
    if (slope_t == 0.0) continue;
    const double at = (v.alternative_value() - v.defend_fought) / slope_t;
    if (at > brink && at < 1.0) candidates.push_back({at, 1u << t});
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.coerce < b.coerce; });

  for (const Candidate& c : candidates) {
    DefenderMass mass;
    for (std::size_t t = 0; t < g.types.size(); ++t) {
      const TypeValues& v = g.types[t];
      const double r = v.retaliates ? v.prior : 0.0;
      if ((c.indifferent >> t) & 1u) {
        mass.indifferent_total += v.prior;
        mass.indifferent_retaliating += r;
      } else if (v.defend(c.coerce) > v.alternative_value()) {
        mass.total += v.prior;
        mass.retaliating += r;
      }
    }
    const double coerce = decides > 0.0 ? (c.coerce - brink) / decides : 0.0;
    const std::optional<Support> found = support(mass, coerce, g.gain0, g.slope, decides > 0.0);
    if (!found) continue;
    SolvedInvasion solved;
    InvasionPlay& play = solved.play;
    play.coerce = coerce;
    play.belief_retaliates = found->belief;
    for (std::size_t t = 0; t < g.types.size(); ++t) {
      const TypeValues& v = g.types[t];
      std::array<double, kResponseCount>& mix = play.respond[t];
      const bool indifferent = ((c.indifferent >> t) & 1u) != 0;
      const double defend =
          indifferent ? found->y : (v.defend(c.coerce) > v.alternative_value() ? 1.0 : 0.0);
      mix[kDefend] = defend;
      mix[v.alternative()] += 1.0 - defend;
    }
    // The endings after the invasion, for types drawn with the chances `chance`.
    const auto endings_after_invasion = [&](const std::array<double, kPatronTypeCount>& chance) {
      std::array<double, kEndingCount> invaded{};
      auto add = [&invaded](EndingId id, double p) { invaded[static_cast<std::size_t>(id)] += p; };
      for (std::size_t t = 0; t < g.types.size(); ++t) {
        const TypeValues& v = g.types[t];
        const std::array<double, kResponseCount>& mix = play.respond[t];
        add(stands_aside, chance[t] * mix[kConcede]);
        add(g.counter_escalates ? EndingId::war_after_first_use : EndingId::challenger_backs_down,
            chance[t] * mix[kEscalate]);
        add(EndingId::conventional_war, chance[t] * mix[kDefend] * (1.0 - c.coerce));
        add(v.retaliates ? EndingId::war_after_coercion : EndingId::coerced,
            chance[t] * mix[kDefend] * c.coerce);
      }
      return invaded;
    };
    // The challenger chooses on its priors; the crisis is played out with the patron's actual
    // types (the same when the setting has no actual resolve of its own).
    std::array<double, kPatronTypeCount> priors{};
    for (std::size_t t = 0; t < g.types.size(); ++t) priors[t] = g.types[t].prior;
    const std::array<double, kEndingCount> invaded = endings_after_invasion(priors);
    solved.realised = g.s.actual ? endings_after_invasion(patron_type_chances(g.s)) : invaded;
    play.continuation = -cost;
    for (int i = 1; i < kEndingCount; ++i) {
      play.continuation += invaded[static_cast<std::size_t>(i)] *
                           challenger_payoff(g.s, g.e[static_cast<std::size_t>(i)]);
    }
    return solved;
  }
  throw std::logic_error("no equilibrium found for the crisis at " + g.s.flashpoint);
}

}  // namespace

std::vector<double> challenger_resolve_types(const CrisisSetting& s, int types) {
  std::vector<double> resolve;
  const double scale = s.resolve_dispersion * s.stakes;
  for (int k = 0; k < types; ++k) {
    const double q = (k + 0.5) / types;
    resolve.push_back(scale * std::log(q / (1.0 - q)));
  }
  return resolve;
}

CrisisEquilibrium solve_crisis_equilibrium(const CrisisSetting& s, int challenger_types) {
  const Endings e = crisis_endings(s);
  Subgame g{s, e, {}};
  auto challenger = [&](EndingId id) { return g.challenger(id); };
  CrisisEquilibrium eq;
  // The last moves: each a dominant choice.
  g.counter_escalates =
      challenger(EndingId::war_after_first_use) > challenger(EndingId::challenger_backs_down);
  eq.counter_escalates = g.counter_escalates;
  const std::array<double, kPatronTypeCount> priors = patron_type_priors(s);
  for (int t = 0; t < kPatronTypeCount; ++t) {
    const PatronWeights w = patron_weights(s, e, kPatronTypes[static_cast<std::size_t>(t)]);
    auto patron = [&](EndingId id) { return patron_payoff(w, ending(e, id)); };
    TypeValues& v = g.types[static_cast<std::size_t>(t)];
    v.prior = priors[static_cast<std::size_t>(t)];
    v.retaliates = patron(EndingId::war_after_coercion) > patron(EndingId::coerced);
    v.concede = patron(EndingId::patron_concedes);
    g.yields[static_cast<std::size_t>(t)] = patron(EndingId::yields_to_threat);
    v.escalate = patron(g.counter_escalates ? EndingId::war_after_first_use
                                            : EndingId::challenger_backs_down);
    v.defend_fought = patron(EndingId::conventional_war);
    v.defend_coerced = patron(v.retaliates ? EndingId::war_after_coercion : EndingId::coerced);
    eq.retaliates[static_cast<std::size_t>(t)] = v.retaliates;
  }
  // The challenger's gain from coercion over fighting on, at posterior mu that the patron
  // retaliates: gain0 + slope * mu.
  g.gain0 = challenger(EndingId::coerced) - challenger(EndingId::conventional_war);
  g.slope = challenger(EndingId::war_after_coercion) - challenger(EndingId::coerced);
  eq.coerce_threshold = g.slope != 0.0 ? -g.gain0 / g.slope : (g.gain0 > 0.0 ? 1.0 : 0.0);

  const SolvedInvasion plain = solve_invasion(g, false);
  const SolvedInvasion threatened = solve_invasion(g, true);
  eq.plain = plain.play;
  eq.threatened = threatened.play;
  eq.threatens = threatened.play.continuation > plain.play.continuation;
  const SolvedInvasion& chosen = eq.threatens ? threatened : plain;
  eq.continuation = chosen.play.continuation;
  eq.p_invade = invasion_share(eq.continuation, s, challenger_types);
  std::array<double, kEndingCount> endings{};
  endings[static_cast<std::size_t>(EndingId::status_quo)] = 1.0 - eq.p_invade;
  for (int i = 1; i < kEndingCount; ++i) {
    endings[static_cast<std::size_t>(i)] =
        eq.p_invade * chosen.realised[static_cast<std::size_t>(i)];
  }
  eq.outcome = crisis_outcome(e, endings);
  eq.outcome.p_threat = eq.threatens ? eq.p_invade : 0.0;
  return eq;
}

}  // namespace umbrella
