#pragma once
// Credibility mechanism: each ally's belief that its patron will defend it. A Beta reputation
// updated by the patron's acts (asymmetric, with spill-over and shock discounting), combined with
// a capability term from the balance of forces and the alliance's institutional ties.
// See docs/model.md#credibility.
#include <span>

#include "model/parameters.h"
#include "model/runtime.h"
#include "model/trace.h"
#include "model/world_index.h"
#include "world/event.h"

namespace umbrella {

// Logit of the capability term for alliance `a` in the current runtime state, before the
// alliance's calibration offset: only its changes since the start move credibility.
double capability_logit(const World& world, const WorldIndex& index, const Parameters& params,
                        const RuntimeState& rt, AllianceId a);

// Calibrates every alliance so that both its capability term and its reputation start at the
// measured credibility (polls): the level of each is not identified, only their changes are.
// Each flashpoint's challenger belief starts likewise at the flashpoint's challenger_belief.
void initialize_beliefs(const World& world, const WorldIndex& index, const Parameters& params,
                        RuntimeState& rt);
// The same for alliance `a` alone, when it becomes active (its `from` date).
void initialize_belief(const World& world, const WorldIndex& index, const Parameters& params,
                       RuntimeState& rt, AllianceId a);

// An act of `actor` toward `target`, read by every ally of `actor` in an active alliance, and
// by each challenger facing one of them as that ally reads it.
void apply_act(const World& world, const WorldIndex& index, const Parameters& params,
               RuntimeState& rt, StateId actor, StateId target, ActType act, double strength,
               double when, Trace* trace);

// An act of strength one toward `target`, as apply_acts reads it.
struct TargetedAct {
  ActType act = ActType::support;
  StateId target = kNoState;
};

// The acts `acts` of `actor`, in order, each read as apply_act reads it with strength one, to the
// last bit, but without narrative: the beliefs they move are gathered once, and a usual act (no
// shock, no appeasement) moves each with a single add.
void apply_acts(const World& world, const WorldIndex& index, const Parameters& params,
                RuntimeState& rt, StateId actor, std::span<const TargetedAct> acts);

// A published poll of `target`'s belief in `patron` pulls its reputation toward the poll.
void assimilate_poll(const World& world, const WorldIndex& index, const Parameters& params,
                     RuntimeState& rt, StateId patron, StateId target, double value, double when,
                     Trace* trace);

// The yearly update: memory fades evidence, capability is recomputed, credibility and each
// state's assurance (combined credibility of all its patrons) follow, and so does each
// challenger's belief (polls of allies do not move it).
void update_credibility(const World& world, const WorldIndex& index, const Parameters& params,
                        RuntimeState& rt, Trace* trace);

}  // namespace umbrella
