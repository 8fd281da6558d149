#include "model/credibility.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "model/logistic.h"

namespace umbrella {
namespace {

// A balance as our share of both sides' forces, centred: -0.5 (all theirs) .. 0.5 (all ours).
// Bounded, so going from no forces to some is a finite step (a log ratio would make it explode).
double balance(double ours, double theirs) {
  const double both = ours + theirs;
  return both > 0.0 ? ours / both - 0.5 : 0.0;
}

bool is_positive(ActType act) {
  return act == ActType::support || act == ActType::reassurance;
}

double signal_size(const Parameters& params, ActType act) {
  switch (act) {
    case ActType::support:
      return params[ParamId::signal_support];
    case ActType::reassurance:
      return params[ParamId::signal_reassurance];
    case ActType::neglect:
      return params[ParamId::signal_neglect];
    case ActType::coercion:
      return params[ParamId::signal_coercion];
    case ActType::appeasement:
      return params[ParamId::signal_appeasement];
    case ActType::abandonment:
      return params[ParamId::signal_abandonment];
    case ActType::designation:
      return params[ParamId::signal_designation];
  }
  return 0.0;
}

// How much an ally reads an act toward `target` as news about its own patron (Crescenzi: states
// learn from a patron's behaviour toward others). The parameters are read once per act, as an act
// visits every ally of its patron.
struct Spillover {
  double same_region = 0.0;
  double other_region = 0.0;
  explicit Spillover(const Parameters& params)
      : same_region(params[ParamId::spillover_same_region]),
        other_region(params[ParamId::spillover_other_region]) {}
};

double spillover(const WorldIndex& index, const Spillover& share, StateId ally, RegionId region,
                 StateId target, ActType act) {
  if (target == ally) return 1.0;
  if (act == ActType::appeasement && is_rival(index, ally, target)) return 1.0;
  return index.state_region[target] == region ? share.same_region : share.other_region;
}

double combine(const Parameters& params, double capability, double reputation) {
  const double w = params[ParamId::capability_weight];
  return w * capability + (1.0 - w) * reputation;
}

// The reputation that, combined with the current capability, gives credibility `c`.
double reputation_for(const Parameters& params, double capability, double c) {
  const double w = params[ParamId::capability_weight];
  if (w >= 1.0) return std::clamp(c, 0.01, 0.99);
  return std::clamp((c - w * capability) / (1.0 - w), 0.01, 0.99);
}

// The shock rule's parameters, read once per act like Spillover's.
struct Shock {
  double threshold = 0.0;
  double discount = 0.0;
  explicit Shock(const Parameters& params)
      : threshold(params[ParamId::shock_threshold]), discount(params[ParamId::shock_discount]) {}
};

// Bayesian reading of one act's evidence, alike for an ally's reputation and a challenger's.
template <typename Reputation>
void read_evidence(const Shock& shock, Reputation& d, double evidence, bool positive) {
  // A strongly incongruent signal first loosens the prior (Donahue & Crescenzi 2023).
  if (evidence > shock.threshold) {
    d.alpha *= shock.discount;
    d.beta *= shock.discount;
  }
  (positive ? d.alpha : d.beta) += evidence;
}

// An act's signal before the spillover to each ally.
double act_size(const Parameters& params, ActType act, double strength) {
  return signal_size(params, act) * strength *
         params[is_positive(act) ? ParamId::weight_positive : ParamId::weight_negative];
}

// The reputations an actor's acts move, side by side: each active alliance's and, with it, the
// beliefs of the challengers facing its ally, so that an act moves them all in one short loop.
// Each is read and written where it lives: a year's acts are a few adds per reader, so copying
// each in and out cost more than it saved. Kept per thread: reading acts allocates nothing once
// warm.
struct Readers {
  std::vector<double*> alpha, beta;
  std::vector<StateId> ally;
  std::vector<RegionId> region;
  std::size_t count = 0;  // the readers of this call: the vectors' first `count` entries

  // Room for `most` readers, filled by index: the vectors only grow, so nothing is allocated
  // once warm and no entry is pushed.
  void start(std::size_t most) {
    if (ally.size() < most) {
      alpha.resize(most);
      beta.resize(most);
      ally.resize(most);
      region.resize(most);
    }
    count = 0;
  }
  template <typename Reputation>
  void add(Reputation& belief, const Alliance& alliance) {
    alpha[count] = &belief.alpha;
    beta[count] = &belief.beta;
    ally[count] = alliance.ally;
    region[count] = alliance.region;
    ++count;
  }
};

// One act of strength one read by every reader, as apply_act reads it.
void read_act(Readers& r, const WorldIndex& index, const Spillover& share, const Shock& shock,
              double size, const TargetedAct& act) {
  const bool positive = is_positive(act.act);
  const double own = size * 1.0;
  const double same = size * share.same_region;
  const double other = size * share.other_region;
  const auto plain = [&](double e) { return e > 0.0 && e <= shock.threshold; };
  if (act.act != ActType::appeasement && plain(own) && plain(same) && plain(other)) {
    // The usual act: every reader takes its evidence as it is (no shock, none skipped, no
    // appeasement of a rival), one add each.
    const RegionId target_region = index.state_region[act.target];
    double* const* into = (positive ? r.alpha : r.beta).data();
    const StateId* ally = r.ally.data();
    const RegionId* region = r.region.data();
    for (std::size_t j = 0, n = r.count; j < n; ++j) {
      const double spread = region[j] == target_region ? same : other;
      *into[j] += ally[j] == act.target ? own : spread;
    }
    return;
  }
  for (std::size_t j = 0; j < r.count; ++j) {
    const double evidence =
        size * spillover(index, share, r.ally[j], r.region[j], act.target, act.act);
    if (evidence <= 0.0) continue;
    struct {
      double alpha, beta;
    } belief{*r.alpha[j], *r.beta[j]};
    read_evidence(shock, belief, evidence, positive);
    *r.alpha[j] = belief.alpha;
    *r.beta[j] = belief.beta;
  }
}

template <typename Reputation>
void fade(const Parameters& params, Reputation& d) {
  const double memory = params[ParamId::memory];
  d.alpha = d.alpha0 + memory * (d.alpha - d.alpha0);
  d.beta = d.beta0 + memory * (d.beta - d.beta0);
}

double logit(double p) {
  return std::log(p / (1.0 - p));
}

const std::string& alliance_topic(const World& world, const Alliance& alliance, std::string& out) {
  out = world.states[alliance.patron].code + "-" + world.states[alliance.ally].code;
  return out;
}

}  // namespace

double capability_logit(const World& world, const WorldIndex& index, const Parameters& params,
                        const RuntimeState& rt, AllianceId a) {
  const Alliance& alliance = world.alliances[a];
  const AllianceDynamics& posture = rt.alliances[a];
  const StateDynamics& patron = rt.states[alliance.patron];
  const StateDynamics& ally = rt.states[alliance.ally];
  double x = 0.0;
  const StateId adversary_id = index.principal_adversary[a];
  if (adversary_id != kNoState) {
    const StateDynamics& adversary = rt.states[adversary_id];
    const RegionId r = alliance.region;
    const double ally_own = ally.stage == Stage::acquired ? ally.arsenal.total() : 0.0;
    const double ours_theater = patron.arsenal.theater[r].total() + ally_own;
    x += params[ParamId::cap_theater_balance] *
         balance(ours_theater, adversary.arsenal.theater[r].total());
    x += params[ParamId::cap_strategic_balance] *
         balance(patron.arsenal.strategic.total(), adversary.arsenal.strategic.total());
    x += params[ParamId::cap_conventional_balance] *
         balance(ally.conventional + posture.forward_presence * patron.conventional,
                 adversary.conventional);
  }
  x += params[ParamId::cap_forward_presence] * posture.forward_presence;
  if (posture.sharing == Sharing::nato) x += params[ParamId::cap_sharing_nato];
  if (posture.sharing == Sharing::bilateral) x += params[ParamId::cap_sharing_bilateral];
  if (posture.introduction) x += params[ParamId::cap_introduction];
  if (posture.kind == AllianceKind::ambiguous) x += params[ParamId::cap_kind_ambiguous];
  if (posture.kind == AllianceKind::partner) x += params[ParamId::cap_kind_partner];
  return x;
}

void initialize_belief(const World& world, const WorldIndex& index, const Parameters& params,
                       RuntimeState& rt, AllianceId a) {
  const double strength = params[ParamId::prior_strength];
  AllianceDynamics& d = rt.alliances[a];
  const double measured = std::clamp(world.alliances[a].initial_credibility, 0.01, 0.99);
  d.capability_offset =
      std::log(measured / (1.0 - measured)) - capability_logit(world, index, params, rt, a);
  d.capability = measured;
  d.alpha = d.alpha0 = measured * strength;
  d.beta = d.beta0 = (1.0 - measured) * strength;
  d.credibility = combine(params, d.capability, d.reputation());
}

void initialize_beliefs(const World& world, const WorldIndex& index, const Parameters& params,
                        RuntimeState& rt) {
  for (std::size_t a = 0; a < world.alliances.size(); ++a) {
    initialize_belief(world, index, params, rt, static_cast<AllianceId>(a));
  }
  // A challenger's belief has its own start (what it reads of the patron's commitment, not the
  // ally's polls); from then on the same changes of balance, posture and acts move it.
  const double strength = params[ParamId::prior_strength];
  for (std::size_t f = 0; f < world.flashpoints.size(); ++f) {
    const AllianceId a = index.flashpoint_alliance[f];
    if (a < 0) continue;
    const double given = world.flashpoints[f].challenger_belief;
    const double start = std::clamp(
        given >= 0.0 ? given : world.alliances[static_cast<std::size_t>(a)].initial_credibility,
        0.01, 0.99);
    ChallengerBelief& b = rt.flashpoints[f].belief;
    b.capability_offset = logit(start) - capability_logit(world, index, params, rt, a);
    b.capability = start;
    b.alpha = b.alpha0 = start * strength;
    b.beta = b.beta0 = (1.0 - start) * strength;
    b.value = combine(params, b.capability, b.reputation());
  }
}

void apply_act(const World& world, const WorldIndex& index, const Parameters& params,
               RuntimeState& rt, StateId actor, StateId target, ActType act, double strength,
               double when, Trace* trace) {
  const bool positive = is_positive(act);
  const double size = act_size(params, act, strength);
  const Spillover share(params);
  const Shock shock(params);
  std::string moved;  // the narrative: whose belief moved, and how far
  for (AllianceId a : index.alliances_of_patron[actor]) {
    AllianceDynamics& d = rt.alliances[a];
    if (!d.active) continue;
    const Alliance& alliance = world.alliances[a];
    const double evidence =
        size * spillover(index, share, alliance.ally, alliance.region, target, act);
    if (evidence <= 0.0) continue;
    const double before = trace != nullptr ? d.reputation() : 0.0;
    read_evidence(shock, d, evidence, positive);
    for (int f : index.flashpoints_of_alliance[a]) {
      read_evidence(shock, rt.flashpoints[f].belief, evidence, positive);
    }
    if (trace != nullptr && std::abs(d.reputation() - before) >= 0.005) {
      moved += fmt::format("{}{} {:.2f}->{:.2f}", moved.empty() ? "" : ", ",
                           world.states[alliance.ally].code, before, d.reputation());
    }
  }
  if (trace != nullptr && !moved.empty()) {
    trace->add(when, world.states[actor].code, "{} toward {} moves the reputation held by {}",
               name(act), world.states[target].code, moved);
  }
}

void apply_acts(const World& world, const WorldIndex& index, const Parameters& params,
                RuntimeState& rt, StateId actor, std::span<const TargetedAct> acts) {
  const auto& alliances = index.alliances_of_patron[actor];
  thread_local Readers readers;
  // Each flashpoint follows one alliance at most.
  readers.start(alliances.size() + world.flashpoints.size());
  for (AllianceId a : alliances) {
    AllianceDynamics& d = rt.alliances[a];
    if (!d.active) continue;
    const Alliance& alliance = world.alliances[a];
    readers.add(d, alliance);
    for (int f : index.flashpoints_of_alliance[a]) readers.add(rt.flashpoints[f].belief, alliance);
  }
  const Spillover share(params);
  const Shock shock(params);
  for (const TargetedAct& act : acts) {
    read_act(readers, index, share, shock, act_size(params, act.act, 1.0), act);
  }
}

void assimilate_poll(const World& world, const WorldIndex& index, const Parameters& params,
                     RuntimeState& rt, StateId patron, StateId target, double value, double when,
                     Trace* trace) {
  std::string topic;
  for (AllianceId a : index.alliances_of_ally[target]) {
    AllianceDynamics& d = rt.alliances[a];
    if (world.alliances[a].patron != patron || !d.active) continue;
    const double before = d.reputation();
    const double wanted = reputation_for(params, d.capability, value);
    const double after = before + params[ParamId::poll_assimilation] * (wanted - before);
    const double n = d.alpha + d.beta;
    d.alpha = after * n;
    d.beta = (1.0 - after) * n;
    if (trace != nullptr) {
      trace->add(
          when, alliance_topic(world, world.alliances[a], topic),
          "a poll in {} finds {:.0f}% believe {} would defend it; reputation {:.2f} -> {:.2f}",
          world.states[target].code, 100.0 * value, world.states[patron].code, before, after);
    }
  }
}

void update_credibility(const World& world, const WorldIndex& index, const Parameters& params,
                        RuntimeState& rt, Trace* trace) {
  std::string topic;
  for (std::size_t a = 0; a < world.alliances.size(); ++a) {
    AllianceDynamics& d = rt.alliances[a];
    if (!d.active) continue;  // its belief starts when it does (initialize_belief)
    fade(params, d);
    d.balance_logit = capability_logit(world, index, params, rt, static_cast<AllianceId>(a));
    d.capability = d.capability_of_logit(d.capability_offset + d.balance_logit);
    const double before = d.credibility;
    d.credibility = combine(params, d.capability, d.reputation());
    if (trace != nullptr && std::abs(d.credibility - before) >= 0.02) {
      trace->add(rt.year + kYearEnd, alliance_topic(world, world.alliances[a], topic),
                 "{}'s credibility in {} ends the year at {:.2f} (capability {:.2f}, reputation "
                 "{:.2f})",
                 world.states[world.alliances[a].ally].code,
                 world.states[world.alliances[a].patron].code, d.credibility, d.capability,
                 d.reputation());
    }
  }
  for (std::size_t s = 0; s < world.states.size(); ++s) {
    double unprotected = 1.0;
    for (AllianceId a : index.alliances_of_ally[s]) {
      if (rt.alliances[a].active) unprotected *= 1.0 - rt.alliances[a].credibility;
    }
    rt.states[s].assurance = 1.0 - unprotected;
  }
  for (std::size_t f = 0; f < world.flashpoints.size(); ++f) {
    const AllianceId a = index.flashpoint_alliance[f];
    if (a < 0) continue;
    ChallengerBelief& b = rt.flashpoints[f].belief;
    fade(params, b);
    // The alliance's logit of this year when it is active: nothing it reads has moved since.
    const AllianceDynamics& alliance = rt.alliances[a];
    const double x =
        alliance.active ? alliance.balance_logit : capability_logit(world, index, params, rt, a);
    b.capability = b.capability_of_logit(b.capability_offset + x);
    b.value = combine(params, b.capability, b.reputation());
  }
}

}  // namespace umbrella
