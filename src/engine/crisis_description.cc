#include "engine/crisis_description.h"

#include <fmt/format.h>

#include <iterator>

namespace umbrella {
namespace {

const char* kResponseNames[] = {"concede", "defend", "escalate"};

void describe_setting(const CrisisSetting& s, std::string& out) {
  auto to = std::back_inserter(out);
  fmt::format_to(to,
                 "stakes {:.2f}; the challenger's prior that the patron is tactically Hard {:.3f}, "
                 "strategically Hard {:.3f}\n",
                 s.stakes, s.p_tactical, s.p_strategic);
  if (s.actual) {
    fmt::format_to(
        to, "the patron actually is tactically Hard with chance {:.3f}, strategically {:.3f}\n",
        s.actual->tactical, s.actual->strategic);
  }
  fmt::format_to(
      to,
      "invasion succeeds: against the ally alone {:.3f}, with the patron {:.3f}; the challenger "
      "prevails in a theater nuclear war {:.3f}; the ally {} alone\n",
      s.success_alone, s.success_defended, s.success_theater,
      s.ally_resists ? "would fight" : "would yield");
  fmt::format_to(
      to,
      "costs (challenger/defender): conventional {:.2f}/{:.2f}, limited nuclear use {:.2f}/{:.2f} "
      "(first user/struck), theater war {:.2f}/{:.2f}, strategic exchange {:.2f}/{:.2f}; loss of "
      "control from limited use to theater war {:.2f}, from theater war to a strategic exchange "
      "{:.2f}; a nuclear threat costs the challenger {:.2f}, and a defence against it slides into "
      "nuclear use with probability {:.3f}\n\n",
      s.conventional.challenger, s.conventional.defender, s.limited_nuclear.challenger,
      s.limited_nuclear.defender, s.theater_war.challenger, s.theater_war.defender,
      s.strategic.challenger, s.strategic.defender, s.limited_loss_of_control, s.loss_of_control,
      s.threat_cost, s.brink_risk);
}

void explain(const CrisisSetting& s, const CrisisEquilibrium& eq, std::string& out) {
  auto to = std::back_inserter(out);
  const Endings e = crisis_endings(s);
  auto challenger = [&](EndingId id) { return challenger_payoff(s, ending(e, id)); };
  fmt::format_to(to,
                 "why, from the last move back (patron types: the first letter is its tactical "
                 "resolve, the second its strategic one; H = Hard, S = Soft; HS defends "
                 "conventionally but backs down under nuclear coercion):\n");
  fmt::format_to(
      to,
      "- after a patron's first use the challenger {}: theater war is worth {:.3f} to it, backing "
      "down {:.3f}\n",
      eq.counter_escalates ? "counter-escalates" : "backs down",
      challenger(EndingId::war_after_first_use), challenger(EndingId::challenger_backs_down));
  // The way of invading the challenger takes; after a threat, a defence meets nuclear use with
  // at least the brink risk.
  const InvasionPlay& play = eq.played();
  const double brink = eq.threatens ? s.brink_risk : 0.0;
  const double meets_use = brink + (1.0 - brink) * play.coerce;
  fmt::format_to(to, "the patron's answer to {}:\n",
                 eq.threatens ? "an invasion under a nuclear threat" : "an invasion");
  const std::array<double, kPatronTypeCount> priors = patron_type_priors(s);
  for (std::size_t t = 0; t < kPatronTypes.size(); ++t) {
    const PatronWeights w = patron_weights(s, kPatronTypes[t]);
    auto patron = [&](EndingId id) { return patron_payoff(w, ending(e, id)); };
    const double defend =
        (1.0 - meets_use) * patron(EndingId::conventional_war) +
        meets_use * patron(eq.retaliates[t] ? EndingId::war_after_coercion : EndingId::coerced);
    const double escalate = patron(eq.counter_escalates ? EndingId::war_after_first_use
                                                        : EndingId::challenger_backs_down);
    fmt::format_to(
        to,
        "- patron {} (prior {:.3f}; values the ally at {:.2f}, weighs nuclear costs x{:.2f}): "
        "after nuclear use it {} (retaliating {:.3f}, backing down {:.3f}); to an invasion: "
        "concede {:.3f}, defend {:.3f}, escalate {:.3f}, so",
        kPatronTypes[t].label, priors[t], w.ally_value, w.nuclear_aversion,
        eq.retaliates[t] ? "retaliates" : "backs down", patron(EndingId::war_after_coercion),
        patron(EndingId::coerced),
        patron(eq.threatens ? EndingId::yields_to_threat : EndingId::patron_concedes), defend,
        escalate);
    for (std::size_t r = 0; r < kResponseCount; ++r) {
      if (play.respond[t][r] > 0.0)
        fmt::format_to(to, " {} {:.3f}", kResponseNames[r], play.respond[t][r]);
    }
    fmt::format_to(to, "\n");
  }
  fmt::format_to(
      to,
      "- after a defence the challenger believes the patron retaliates with probability {:.3f}; "
      "nuclear coercion pays below {:.3f}, so it coerces with probability {:.3f} (fighting on is "
      "worth {:.3f}, coercion {:.3f} if the patron backs down and {:.3f} if it retaliates)\n",
      play.belief_retaliates, eq.coerce_threshold, play.coerce,
      challenger(EndingId::conventional_war), challenger(EndingId::coerced),
      challenger(EndingId::war_after_coercion));
  fmt::format_to(to,
                 "- invading is worth {:.3f} to the challenger plainly and {:.3f} under a nuclear "
                 "threat, so it would invade {}; before its private resolve (logistic, scale "
                 "{:.3f}) it invades in {:.4f} of crises\n\n",
                 eq.plain.continuation, eq.threatened.continuation,
                 eq.threatens ? "under a threat" : "plainly", s.resolve_dispersion * s.stakes,
                 eq.p_invade);
}

}  // namespace

std::string describe_outcome(std::string_view title, const CrisisOutcome& out) {
  std::string text = fmt::format(
      "{}: invasion {:.4f}, under a nuclear threat {:.4f}, nuclear coercion {:.4f}, nuclear use "
      "{:.4f}, invasion succeeds {:.4f}, strategic exchange {:.5f}\n",
      title, out.p_invasion, out.p_threat, out.p_coercion, out.p_nuclear_use,
      out.p_invasion_success, out.p_strategic_exchange);
  text += "highest group reached:";
  for (std::size_t g = 1; g < out.highest_group.size(); ++g) {
    fmt::format_to(std::back_inserter(text), " {} {:.4f}", name(static_cast<LadderGroup>(g)),
                   out.highest_group[g]);
  }
  return text + "\n";
}

std::string describe_crisis(const CrisisSetting& setting, const CrisisEquilibrium& equilibrium) {
  std::string text;
  describe_setting(setting, text);
  explain(setting, equilibrium, text);
  return text + describe_outcome("given the crisis", equilibrium.outcome);
}

}  // namespace umbrella
