#pragma once
// Dated activations: states, alliances and rivalries that exist only between their `from` and
// `until` dates (independence and dissolution, alliances signed and ended). Listed once per run,
// applied by the engine in date order with the timeline. See docs/model.md#activations.
#include <vector>

#include "model/parameters.h"
#include "model/runtime.h"
#include "model/trace.h"
#include "model/world_index.h"

namespace umbrella {

enum class Activated : std::uint8_t { state, alliance, rivalry };

struct Activation {
  Date date;
  Activated what = Activated::state;
  int id = 0;       // index into the World's states, alliances or rivalries
  bool on = false;  // begins (`from`) or ends (`until`)
};

// Every `from` and `until` of the World, sorted by date; an end before a start on the same day.
std::vector<Activation> dated_activations(const World& world);

// A state begins or ceases to exist (counted among nuclear-armed states only meanwhile); an
// alliance begins (its belief initialised from its measured credibility then) or ends; a
// rivalry begins or ends.
void apply_activation(const World& world, const WorldIndex& index, const Parameters& params,
                      const Activation& activation, RuntimeState& rt, Trace* trace);

}  // namespace umbrella
