#include "model/activations.h"

#include <algorithm>

#include "model/credibility.h"

namespace umbrella {
namespace {

void add_period(std::vector<Activation>& out, const Period& period, Activated what, int id) {
  if (period.starts()) out.push_back({period.from, what, id, true});
  if (period.ends()) out.push_back({period.until, what, id, false});
}

std::string topic(const World& world, const Activation& activation) {
  switch (activation.what) {
    case Activated::state:
      return world.states[activation.id].code;
    case Activated::alliance: {
      const Alliance& alliance = world.alliances[activation.id];
      return world.states[alliance.patron].code + "-" + world.states[alliance.ally].code;
    }
    case Activated::rivalry: {
      const Rivalry& rivalry = world.rivalries[activation.id];
      return world.states[rivalry.state].code + "-" + world.states[rivalry.adversary].code;
    }
  }
  return "?";
}

void set_state(StateId s, bool on, RuntimeState& rt) {
  StateDynamics& d = rt.states[s];
  if (d.exists == on) return;
  d.exists = on;
  if (d.stage == Stage::acquired) rt.nuclear_armed += on ? 1 : -1;
}

}  // namespace

std::vector<Activation> dated_activations(const World& world) {
  std::vector<Activation> out;
  for (std::size_t s = 0; s < world.states.size(); ++s) {
    add_period(out, world.states[s].period, Activated::state, static_cast<int>(s));
  }
  for (std::size_t a = 0; a < world.alliances.size(); ++a) {
    add_period(out, world.alliances[a].period, Activated::alliance, static_cast<int>(a));
  }
  for (std::size_t r = 0; r < world.rivalries.size(); ++r) {
    add_period(out, world.rivalries[r].period, Activated::rivalry, static_cast<int>(r));
  }
  // A successor that begins the day its predecessor ends never coexists with it.
  std::stable_sort(out.begin(), out.end(), [](const Activation& a, const Activation& b) {
    return a.date < b.date || (a.date == b.date && !a.on && b.on);
  });
  return out;
}

void apply_activation(const World& world, const WorldIndex& index, const Parameters& params,
                      const Activation& activation, RuntimeState& rt, Trace* trace) {
  switch (activation.what) {
    case Activated::state:
      set_state(activation.id, activation.on, rt);
      break;
    case Activated::alliance:
      rt.alliances[activation.id].active = activation.on;
      if (activation.on) initialize_belief(world, index, params, rt, activation.id);
      break;
    case Activated::rivalry:
      rt.rivalries[activation.id].active = activation.on;
      break;
  }
  if (trace != nullptr) {
    const Date& d = activation.date;
    trace->add(d.year + d.fraction_of_year(), topic(world, activation), "{}",
               activation.on ? "begins" : "ends");
  }
}

}  // namespace umbrella
