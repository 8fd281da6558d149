#pragma once
// The outcomes a run records each year: a named quantity about a subject (a state's ISO code, an
// ally's code, or "world"). Quantities vary within a replicate (credibility, regime strength);
// probabilities are indicators whose share over replicates is the outcome (p_pursuit).
#include <string>
#include <vector>

#include "model/runtime.h"
#include "model/world_index.h"

namespace umbrella {

enum class OutcomeKind { quantity, probability };

enum class Measure {
  credibility,           // ally's credibility in its primary patron
  assurance,             // combined credibility of all the state's patrons
  p_hedging,             // at or beyond hedging
  p_pursuit,             // at or beyond pursuit
  p_acquired,            // acquired
  warheads,              // the state's whole arsenal
  npt_strength,          // world
  nuclear_armed_states,  // world
  // Per flashpoint and year: a crisis erupted; ... in which the challenger coerced with nuclear
  // use; invaded; whose invasion succeeded; in which anyone used nuclear weapons; whose highest
  // ladder group was Probe::group.
  p_crisis,
  p_threat,
  p_coercion,
  p_invasion,
  p_invasion_success,
  p_nuclear_use,
  p_highest,
};

// What to read from the runtime state; kept apart from the names so the yearly recording loop
// walks a compact array.
struct Probe {
  Measure measure = Measure::credibility;
  int index = 0;  // the alliance, state or flashpoint the measure reads
  LadderGroup group = LadderGroup::sub_crisis;  // for p_highest
};

struct Series {
  std::string name;
  std::string subject;
  OutcomeKind kind = OutcomeKind::quantity;
  Probe probe;
};

std::vector<Series> outcome_catalog(const World& world, const WorldIndex& index);

// Inline: the engine calls it for every outcome every simulated year.
inline double measure(const Probe& probe, const RuntimeState& rt) {
  switch (probe.measure) {
    case Measure::credibility:
      return rt.alliances[probe.index].credibility;
    case Measure::assurance:
      return rt.states[probe.index].assurance;
    case Measure::p_hedging:
      return rt.states[probe.index].stage >= Stage::hedging ? 1.0 : 0.0;
    case Measure::p_pursuit:
      return rt.states[probe.index].stage >= Stage::pursuit ? 1.0 : 0.0;
    case Measure::p_acquired:
      return rt.states[probe.index].stage == Stage::acquired ? 1.0 : 0.0;
    case Measure::warheads:
      return rt.states[probe.index].arsenal.total();
    case Measure::npt_strength:
      return rt.regime_strength;
    case Measure::nuclear_armed_states:
      return static_cast<double>(rt.nuclear_armed);
    case Measure::p_crisis:
      return rt.flashpoints[probe.index].crisis ? 1.0 : 0.0;
    case Measure::p_threat:
      return rt.flashpoints[probe.index].threat ? 1.0 : 0.0;
    case Measure::p_coercion:
      return rt.flashpoints[probe.index].coercion ? 1.0 : 0.0;
    case Measure::p_invasion:
      return rt.flashpoints[probe.index].invasion ? 1.0 : 0.0;
    case Measure::p_invasion_success:
      return rt.flashpoints[probe.index].invasion_success ? 1.0 : 0.0;
    case Measure::p_nuclear_use:
      return rt.flashpoints[probe.index].nuclear_use ? 1.0 : 0.0;
    case Measure::p_highest:
      return rt.flashpoints[probe.index].crisis &&
                     rt.flashpoints[probe.index].highest == probe.group
                 ? 1.0
                 : 0.0;
  }
  return 0.0;
}

}  // namespace umbrella
