#pragma once
// The crisis game's perfect Bayesian equilibrium, computed directly from its structure: the
// last moves are dominant choices; after each way of invading (plainly, or under a nuclear
// threat) the patron's response and the challenger's coercion decision form a one-dimensional
// fixed point (the challenger's posterior that a defending patron will retaliate); the challenger
// takes the better way, which does not depend on its private resolve, and invades when its
// expected payoff plus that resolve is positive. Exact, and checked against the sequence-form LCP
// solver (Lemke) of the same game in tests/model/crisis_equilibrium_test.cc. See
// docs/model.md#crises.
#include <array>
#include <vector>

#include "model/crisis/endings.h"
#include "model/crisis/setting.h"

namespace umbrella {

enum class Response : std::uint8_t { concede, defend, escalate };
inline constexpr int kResponseCount = 3;

// How one way of invading plays out: the patron's answer and the challenger's choice after a
// defence.
struct InvasionPlay {
  // Per patron type, the probability of each Response to the invasion.
  std::array<std::array<double, kResponseCount>, kPatronTypeCount> respond{};
  double coerce = 0.0;             // the challenger's P(choosing nuclear coercion) after a defence
  double belief_retaliates = 0.0;  // its posterior, after a defence, that the patron retaliates
  // Its expected payoff of invading this way, resolve aside, net of cost.
  double continuation = 0.0;
};

struct CrisisEquilibrium {
  // The challenger invades either plainly or under a nuclear threat; after a threat, a defence
  // meets limited nuclear use with at least the setting's brink risk, whether the challenger
  // chooses it or not. The patron knows which, and answers each in its own way.
  InvasionPlay plain;
  InvasionPlay threatened;
  bool threatens = false;                           // it invades under a threat (ties: plainly)
  std::array<bool, kPatronTypeCount> retaliates{};  // after nuclear use against its defence
  double coerce_threshold = 0.0;   // the posterior below which coercion pays (may lie outside 0..1)
  bool counter_escalates = false;  // after the patron's first use
  double continuation = 0.0;       // the challenger's expected payoff of invading, resolve aside
  double p_invade = 0.0;
  // The crisis played out: the challenger's strategy (chosen on its priors) and the patron's
  // types drawn with their actual chances (the setting's `actual`, else the priors).
  CrisisOutcome outcome;

  const InvasionPlay& played() const { return threatens ? threatened : plain; }
};

// `challenger_types` 0: the challenger's private resolve is logistic with scale
// resolve_dispersion * stakes; K > 0: K equally likely types at that distribution's quantiles
// (k + 1/2) / K, the discrete game that can be written as .efg and solved by Lemke. Where several
// equilibria exist the one with the least coercion is returned. Throws std::logic_error if none
// is found (a bug: every finite game has one).
CrisisEquilibrium solve_crisis_equilibrium(const CrisisSetting& setting, int challenger_types = 0);

// The private resolve of each of K equally likely challenger types, in units of payoff.
std::vector<double> challenger_resolve_types(const CrisisSetting& setting, int challenger_types);

}  // namespace umbrella
