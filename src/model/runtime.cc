#include "model/runtime.h"

namespace umbrella {

RuntimeState initial_runtime(const World& world) {
  RuntimeState rt;
  rt.states.resize(world.states.size());
  rt.start_strategic.resize(world.states.size());
  rt.start_total.resize(world.states.size());
  for (std::size_t i = 0; i < world.states.size(); ++i) {
    const State& s = world.states[i];
    StateDynamics& d = rt.states[i];
    // Whatever has a `from` waits for its dated activation (model/activations.h).
    d.exists = !s.period.starts();
    d.stage = s.stage;
    d.npt = s.npt;
    d.arsenal = s.arsenal;
    d.conventional = s.conventional;
    d.latency = s.latency;
    d.breakout_years = s.breakout_years;
    d.public_support = s.public_support;
    d.norms = s.norms;
    rt.start_strategic[i] = s.arsenal.strategic.total();
    rt.start_total[i] = s.arsenal.total();
    if (d.exists && s.stage == Stage::acquired) ++rt.nuclear_armed;
  }
  rt.alliances.resize(world.alliances.size());
  for (std::size_t a = 0; a < world.alliances.size(); ++a) {
    const Alliance& al = world.alliances[a];
    AllianceDynamics& d = rt.alliances[a];
    d.active = !al.period.starts();
    d.kind = al.kind;
    d.forward_presence = al.forward_presence;
    d.sharing = al.sharing;
    d.introduction = al.introduction;
  }
  rt.flashpoints.resize(world.flashpoints.size());
  rt.rivalries.resize(world.rivalries.size());
  for (std::size_t r = 0; r < world.rivalries.size(); ++r) {
    rt.rivalries[r].active = !world.rivalries[r].period.starts();
    rt.rivalries[r].threat = world.rivalries[r].threat;
  }
  return rt;
}

}  // namespace umbrella
