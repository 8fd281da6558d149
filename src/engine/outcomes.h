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

struct Series {
  std::string name;
  std::string subject;
  OutcomeKind kind = OutcomeKind::quantity;
  Measure measure = Measure::credibility;
  int index = 0;  // the alliance or state the measure reads
};

std::vector<Series> outcome_catalog(const World& world, const WorldIndex& index);

double measure(const Series& series, const RuntimeState& rt);

}  // namespace umbrella
