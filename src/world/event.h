#pragma once
// Dated events: what happens to the World at a date, from the scenario's timeline, a lever, or
// the patron's stochastic behaviour. Events carry data only; src/model/ decides their effect.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "world/world.h"

namespace umbrella {

enum class EventKind : std::uint8_t {
  act,              // an act of `actor` toward `target` that observers read as a signal
  statement,        // a declaration; recorded in the narrative, no effect on the World
  poll,             // a measured opinion in `target`
  alliance_change,  // the posture of an existing alliance changes
  state_change,     // a state's latency, breakout time, support or strength changes
  npt_withdrawal,   // notice of withdrawal under NPT Article X
  rivalry_change,   // the threat of an existing rivalry changes
  regime_change,    // the NPT regime's strength and the level it recovers toward are set
};

// Kinds of act. Their signal strengths are scenario parameters (credibility.signal.<act>).
enum class ActType : std::uint8_t {
  support,
  reassurance,
  neglect,
  coercion,
  appeasement,
  abandonment,
  designation,
};
inline constexpr int kActTypeCount = 7;

enum class PollMeasure : std::uint8_t { credibility, support };

const char* name(EventKind kind);
const char* name(ActType act);
const char* name(PollMeasure measure);

struct AllianceChange {
  AllianceId alliance = -1;
  std::optional<AllianceKind> kind;
  std::optional<double> forward_presence;
  std::optional<Sharing> sharing;
  std::optional<bool> introduction;
};

struct StateChange {
  std::optional<double> latency;
  std::optional<double> breakout_years;
  std::optional<double> public_support;
  std::optional<double> conventional;
  std::optional<double> norms;
  std::optional<NptStatus> npt;  // an accession or a change of status
};

struct RivalryChange {
  int rivalry = -1;
  double threat = 0.0;
};

struct Event {
  std::string id;
  Date date;
  EventKind kind = EventKind::statement;
  StateId actor = kNoState;
  StateId target = kNoState;
  ActType act = ActType::support;
  double strength = 1.0;  // multiplies the act's signal
  PollMeasure measure = PollMeasure::credibility;
  double value = 0.0;  // poll share, 0..1
  AllianceChange alliance_change;
  StateChange state_change;
  RivalryChange rivalry_change;
  double regime_strength = 0.0;  // regime_change: R and R0 from the event on
  std::string text;
  std::string source;
  SourceLocation where;  // where the event was defined
};

}  // namespace umbrella
