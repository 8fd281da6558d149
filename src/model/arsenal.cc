#include "model/arsenal.h"

#include <algorithm>
#include <cmath>

namespace umbrella {

double path_value(const ArsenalPath& path, double year, double growth_after) {
  const auto& p = path.points;
  if (year <= p.front().year) return p.front().value;
  if (year >= p.back().year) {
    if (growth_after == 0.0) return p.back().value;
    return p.back().value * std::pow(1.0 + growth_after, year - p.back().year);
  }
  auto next = std::upper_bound(p.begin(), p.end(), year,
                               [](double y, const ArsenalTarget& t) { return y < t.year; });
  auto prev = next - 1;
  const double share = (year - prev->year) / (next->year - prev->year);
  return prev->value + share * (next->value - prev->value);
}

namespace {

void scale_arsenal(Arsenal& arsenal, double factor) {
  arsenal.strategic.deployed *= factor;
  arsenal.strategic.reserve *= factor;
  // Unrolled like Arsenal::theater_total: the stockpile paths scale arsenals every year.
#pragma GCC unroll 8
  for (Forces& f : arsenal.theater) {
    f.deployed *= factor;
    f.reserve *= factor;
  }
}

void follow_paths(const World& world, const Parameters& params, RuntimeState& rt) {
  const double growth = params[ParamId::arsenal_growth_after_path];
  for (const ArsenalPath& path : world.arsenal_paths) {
    Arsenal& arsenal = rt.states[path.state].arsenal;
    const double target = path_value(path, rt.year, growth);
    switch (path.component) {
      case ArsenalComponent::stockpile: {
        const double total = arsenal.total();
        if (total > 0.0) scale_arsenal(arsenal, target / total);
        break;
      }
      case ArsenalComponent::strategic:
        arsenal.strategic.deployed = target;
        break;
      case ArsenalComponent::theater:
        arsenal.theater[path.region].deployed = target;
        break;
    }
  }
}

// Richardson-style reaction: deployed strategic forces rise with rivals' strategic growth since
// the start, uploaded from the reserve at a bounded yearly rate. Last year's uploads are taken
// back before the paths apply, so paths and reactions compose instead of compounding.
void withdraw_reaction(RuntimeState& rt) {
  for (StateDynamics& s : rt.states) {
    s.arsenal.strategic.deployed -= s.reaction_uploaded;
    s.arsenal.strategic.reserve += s.reaction_uploaded;
  }
}

void react_to_rivals(const World& world, const Parameters& params, RuntimeState& rt, Trace* trace) {
  const double reaction = params[ParamId::arsenal_reaction];
  const double upload_rate = params[ParamId::arsenal_upload_rate];
  for (std::size_t i = 0; i < world.states.size(); ++i) {
    const State& state = world.states[i];
    StateDynamics& dyn = rt.states[i];
    if (state.reacts_to.empty() || dyn.stage != Stage::acquired) continue;
    double rival_growth = 0.0;
    for (StateId rival : state.reacts_to) {
      rival_growth +=
          std::max(0.0, rt.states[rival].arsenal.strategic.total() - rt.start_strategic[rival]);
    }
    Forces& strategic = dyn.arsenal.strategic;
    const double previous = dyn.reaction_uploaded;
    const double upload =
        std::clamp(reaction * rival_growth, 0.0,
                   std::min(previous + upload_rate * strategic.reserve, strategic.reserve));
    strategic.deployed += upload;
    strategic.reserve -= upload;
    dyn.reaction_uploaded = upload;
    if (trace != nullptr && upload - previous >= 1.0) {
      trace->add(rt.year, state.code,
                 "uploads {:.0f} more strategic warheads ({:.0f} in all) answering rivals' growth "
                 "of {:.0f}",
                 upload - previous, upload, rival_growth);
    }
  }
}

void apply_war_losses(RuntimeState& rt) {
  if (!rt.theater_forces_lost) return;
  for (StateDynamics& s : rt.states) {
    for (std::size_t r = 0; r < s.theater_lost.size(); ++r) {
      s.arsenal.theater[r].deployed *= 1.0 - s.theater_lost[r];
      s.arsenal.theater[r].reserve *= 1.0 - s.theater_lost[r];
    }
  }
}

void apply_caps(const World& world, const Parameters& params, RuntimeState& rt) {
  const double counting = params[ParamId::arsenal_counting_ratio];
  for (const Treaty& treaty : world.treaties) {
    if (treaty.cap_strategic_deployed < 0.0 || !treaty.in_force_at(rt.year)) continue;
    const double cap = treaty.cap_strategic_deployed * counting;
    for (StateId party : treaty.parties) {
      StateDynamics& dyn = rt.states[party];
      Forces& strategic = dyn.arsenal.strategic;
      if (strategic.deployed > cap) {
        const double excess = strategic.deployed - cap;
        // The cap undoes reaction uploads first, so withdraw_reaction never takes back more
        // than is deployed.
        dyn.reaction_uploaded -= std::min(excess, dyn.reaction_uploaded);
        strategic.reserve += excess;
        strategic.deployed = cap;
      }
    }
  }
}

}  // namespace

void update_arsenals(const World& world, const Parameters& params, RuntimeState& rt, Trace* trace) {
  withdraw_reaction(rt);
  follow_paths(world, params, rt);
  apply_war_losses(rt);
  react_to_rivals(world, params, rt, trace);
  apply_caps(world, params, rt);
}

}  // namespace umbrella
