#pragma once
// The outcomes a run records each year: a named quantity about a subject (a state's ISO code, an
// ally's code, or "world"). Quantities vary within a replicate (credibility, regime strength);
// probabilities are indicators whose share over replicates is the outcome (p_pursuit).
#include <array>
#include <cstddef>
#include <string>
#include <utility>
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
  // Per flashpoint and year (these come last: the recorder writes a quiet flashpoint's
  // outcomes as zeros at once): a crisis erupted; ... in which the challenger coerced with nuclear
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

inline constexpr std::size_t kMeasureCount = static_cast<std::size_t>(Measure::p_highest) + 1;

// Whether `m` is one of the flashpoint measures, each an indicator of something this year's
// crisis did: all zero in a year without one.
inline constexpr bool reads_flashpoint(Measure m) {
  return m >= Measure::p_crisis;
}

// What `probe` reads from the runtime state, for a measure known at compile time: the recorder
// (engine/recorder.h) runs one loop per measure with no dispatch per outcome.
template <Measure M>
double measure_as(const Probe& probe, const RuntimeState& rt) {
  const auto indicator = [](bool b) { return b ? 1.0 : 0.0; };
  if constexpr (M == Measure::credibility) {
    return rt.alliances[probe.index].credibility;
  } else if constexpr (M == Measure::assurance) {
    return rt.states[probe.index].assurance;
  } else if constexpr (M == Measure::p_hedging) {
    return indicator(rt.states[probe.index].stage >= Stage::hedging);
  } else if constexpr (M == Measure::p_pursuit) {
    return indicator(rt.states[probe.index].stage >= Stage::pursuit);
  } else if constexpr (M == Measure::p_acquired) {
    return indicator(rt.states[probe.index].stage == Stage::acquired);
  } else if constexpr (M == Measure::warheads) {
    return rt.states[probe.index].arsenal.total();
  } else if constexpr (M == Measure::npt_strength) {
    return rt.regime_strength;
  } else if constexpr (M == Measure::nuclear_armed_states) {
    return static_cast<double>(rt.nuclear_armed);
  } else if constexpr (M == Measure::p_crisis) {
    return indicator(rt.flashpoints[probe.index].crisis);
  } else if constexpr (M == Measure::p_threat) {
    return indicator(rt.flashpoints[probe.index].threat);
  } else if constexpr (M == Measure::p_coercion) {
    return indicator(rt.flashpoints[probe.index].coercion);
  } else if constexpr (M == Measure::p_invasion) {
    return indicator(rt.flashpoints[probe.index].invasion);
  } else if constexpr (M == Measure::p_invasion_success) {
    return indicator(rt.flashpoints[probe.index].invasion_success);
  } else if constexpr (M == Measure::p_nuclear_use) {
    return indicator(rt.flashpoints[probe.index].nuclear_use);
  } else {
    static_assert(M == Measure::p_highest);
    const FlashpointDynamics& f = rt.flashpoints[probe.index];
    return indicator(f.crisis && f.highest == probe.group);
  }
}

namespace detail {
template <std::size_t... M>
constexpr auto measure_table(std::index_sequence<M...>) {
  using Read = double (*)(const Probe&, const RuntimeState&);
  return std::array<Read, sizeof...(M)>{&measure_as<static_cast<Measure>(M)>...};
}
}  // namespace detail

// What `probe` reads from the runtime state, whatever its measure.
inline double measure(const Probe& probe, const RuntimeState& rt) {
  static constexpr auto kRead = detail::measure_table(std::make_index_sequence<kMeasureCount>());
  return kRead[static_cast<std::size_t>(probe.measure)](probe, rt);
}

}  // namespace umbrella
