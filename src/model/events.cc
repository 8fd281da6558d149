#include "model/events.h"

#include <span>
#include <vector>

#include "model/credibility.h"

namespace umbrella {
namespace {

double when(const Event& event) {
  return event.date.year + event.date.fraction_of_year();
}

void change_alliance(const World& world, const Event& event, RuntimeState& rt, Trace* trace) {
  const AllianceChange& change = event.alliance_change;
  AllianceDynamics& d = rt.alliances[change.alliance];
  if (change.kind) d.kind = *change.kind;
  if (change.forward_presence) d.forward_presence = *change.forward_presence;
  if (change.sharing) d.sharing = *change.sharing;
  if (change.introduction) d.introduction = *change.introduction;
  if (trace != nullptr) {
    const Alliance& alliance = world.alliances[change.alliance];
    trace->add(when(event),
               world.states[alliance.patron].code + "-" + world.states[alliance.ally].code,
               "posture changes: {} alliance, forward presence {:.2f}, sharing {}, introduction "
               "{}{}{}",
               name(d.kind), d.forward_presence, name(d.sharing), d.introduction ? "yes" : "no",
               event.text.empty() ? "" : " -- ", event.text);
  }
}

void change_state(const World& world, const Event& event, RuntimeState& rt, Trace* trace) {
  const StateChange& change = event.state_change;
  StateDynamics& d = rt.states[event.target];
  if (change.latency) d.latency = *change.latency;
  if (change.breakout_years) d.breakout_years = *change.breakout_years;
  if (change.public_support) d.public_support = *change.public_support;
  if (change.conventional) d.conventional = *change.conventional;
  if (change.norms) d.norms = *change.norms;
  if (change.npt) d.npt = *change.npt;
  if (trace != nullptr) {
    trace->add(when(event), world.states[event.target].code,
               "latency {:.2f}, breakout {:.1f} years, public support {:.0f}%, NPT {}{}{}",
               d.latency, d.breakout_years, 100.0 * d.public_support, name(d.npt),
               event.text.empty() ? "" : " -- ", event.text);
  }
}

void change_rivalry(const World& world, const Event& event, RuntimeState& rt, Trace* trace) {
  const RivalryChange& change = event.rivalry_change;
  rt.rivalries[change.rivalry].threat = change.threat;
  if (trace != nullptr) {
    const Rivalry& rivalry = world.rivalries[change.rivalry];
    trace->add(
        when(event), world.states[rivalry.state].code + "-" + world.states[rivalry.adversary].code,
        "threat now {:.2f}{}{}", change.threat, event.text.empty() ? "" : " -- ", event.text);
  }
}

// The regime's strength, and the level it recovers toward, from this date on.
void change_regime(const Event& event, RuntimeState& rt, Trace* trace) {
  const double before = rt.regime_strength;
  rt.regime_strength = event.regime_strength;
  rt.regime_target = event.regime_strength;
  rt.regime_target_set = true;
  if (trace != nullptr) {
    trace->add(when(event), "world", "NPT regime strength {:.2f} -> {:.2f}{}{}", before,
               rt.regime_strength, event.text.empty() ? "" : " -- ", event.text);
  }
}

}  // namespace

void apply_event(const World& world, const WorldIndex& index, const Parameters& params,
                 const Event& event, RuntimeState& rt, Trace* trace) {
  switch (event.kind) {
    case EventKind::act:
      if (event.act == ActType::designation) rt.states[event.target].designated = true;
      if (trace != nullptr && !event.text.empty()) {
        trace->add(when(event), world.states[event.actor].code, "{}", event.text);
      }
      apply_act(world, index, params, rt, event.actor, event.target, event.act, event.strength,
                when(event), trace);
      break;
    case EventKind::statement:
      if (trace != nullptr) {
        trace->add(when(event), event.actor == kNoState ? "world" : world.states[event.actor].code,
                   "{}", event.text);
      }
      break;
    case EventKind::poll:
      if (event.measure == PollMeasure::credibility) {
        assimilate_poll(world, index, params, rt, event.actor, event.target, event.value,
                        when(event), trace);
      } else {
        rt.states[event.target].public_support = event.value;
        if (trace != nullptr) {
          trace->add(when(event), world.states[event.target].code,
                     "a poll finds {:.0f}% support for own nuclear weapons", 100.0 * event.value);
        }
      }
      break;
    case EventKind::alliance_change:
      change_alliance(world, event, rt, trace);
      break;
    case EventKind::state_change:
      change_state(world, event, rt, trace);
      break;
    case EventKind::npt_withdrawal: {
      StateDynamics& d = rt.states[event.target];
      if (d.npt == NptStatus::non_weapon_state && d.notice_effective == kNever) {
        d.notice_effective = when(event) + params[ParamId::notice_months] / 12.0;
        if (trace != nullptr) {
          trace->add(when(event), world.states[event.target].code,
                     "gives notice of withdrawal from the NPT (Article X){}{}",
                     event.text.empty() ? "" : " -- ", event.text);
        }
      }
      break;
    }
    case EventKind::rivalry_change:
      change_rivalry(world, event, rt, trace);
      break;
    case EventKind::regime_change:
      change_regime(event, rt, trace);
      break;
  }
}

void draw_patron_acts(const World& world, const WorldIndex& index, const Parameters& params,
                      RuntimeState& rt, Rng& rng, Trace* trace) {
  const StateId patron = world.principal_patron;
  if (patron == kNoState) return;
  const auto& partners = index.alliances_of_patron[patron];
  if (partners.empty()) return;
  // Acts go to the allies of active alliances, listed once a year; kept per thread and filled by
  // index, so that no year allocates or pushes back.
  thread_local std::vector<StateId> allies;
  if (allies.size() < partners.size()) allies.resize(partners.size());
  std::uint32_t n = 0;
  for (AllianceId a : partners) {
    if (rt.alliances[a].active) allies[n++] = world.alliances[a].ally;
  }
  if (n == 0) return;
  const int neglect = rng.poisson(params[ParamId::patron_neglect_rate]);
  const int support = rng.poisson(params[ParamId::patron_support_rate]);
  const int acts = neglect + support;
  if (trace == nullptr) {
    // Without a narrative the acts are drawn first and read together (apply_acts): the same
    // draws in the same order, the same numbers; kept per thread like `allies`.
    thread_local std::vector<TargetedAct> drawn;
    const auto count = static_cast<std::size_t>(acts);
    if (drawn.size() < count) drawn.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
      drawn[i] = {static_cast<int>(i) < neglect ? ActType::neglect : ActType::support,
                  allies[rng.below(n)]};
    }
    apply_acts(world, index, params, rt, patron, std::span(drawn).first(count));
    return;
  }
  for (int i = 0; i < acts; ++i) {
    const ActType act = i < neglect ? ActType::neglect : ActType::support;
    const StateId target = allies[rng.below(n)];
    // Spread over the year for the narrative; the order of acts within a year barely matters.
    const double at = rt.year + (i + 0.5) / acts;
    trace->add(at, world.states[patron].code, "(drawn) an act of {} toward {}", name(act),
               world.states[target].code);
    apply_act(world, index, params, rt, patron, target, act, 1.0, at, trace);
  }
}

}  // namespace umbrella
