#pragma once
// Crisis mechanism: each open flashpoint erupts in a year with its hazard; an erupted crisis is
// the crisis game for the World as it stands, solved exactly, and one of its endings is drawn
// from the equilibrium. The ending feeds back: nuclear use shakes the NPT regime, a patron that
// stood aside or backed down is read by its allies as abandoning its ally (and one that fought
// as supporting it), theater nuclear war destroys theater forces, and a successful invasion
// closes the flashpoint. See docs/model.md#crises.
#include "core/rng.h"
#include "model/parameters.h"
#include "model/runtime.h"
#include "model/trace.h"
#include "model/world_index.h"

namespace umbrella {

// `key` is the year's crisis stream: its substream 0 decides which flashpoints erupt (one draw
// each), substream f + 1 plays out flashpoint f's crisis, so every flashpoint's draws stay aligned
// across policies whatever happens elsewhere (common random numbers).
void update_crises(const World& world, const WorldIndex& index, const Parameters& params,
                   RuntimeState& rt, const StreamKey& key, Trace* trace);

}  // namespace umbrella
