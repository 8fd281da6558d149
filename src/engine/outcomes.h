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
};

// What to read from the runtime state; kept apart from the names so the yearly recording loop
// walks a compact array.
struct Probe {
  Measure measure = Measure::credibility;
  int index = 0;  // the alliance or state the measure reads
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
  }
  return 0.0;
}

}  // namespace umbrella
