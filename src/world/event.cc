#include "world/event.h"

namespace umbrella {

const char* name(EventKind kind) {
  switch (kind) {
    case EventKind::act:
      return "act";
    case EventKind::statement:
      return "statement";
    case EventKind::poll:
      return "poll";
    case EventKind::alliance_change:
      return "alliance_change";
    case EventKind::state_change:
      return "state_change";
    case EventKind::npt_withdrawal:
      return "npt_withdrawal";
    case EventKind::rivalry_change:
      return "rivalry_change";
    case EventKind::regime_change:
      return "regime_change";
  }
  return "?";
}

const char* name(ActType act) {
  switch (act) {
    case ActType::support:
      return "support";
    case ActType::reassurance:
      return "reassurance";
    case ActType::neglect:
      return "neglect";
    case ActType::coercion:
      return "coercion";
    case ActType::appeasement:
      return "appeasement";
    case ActType::abandonment:
      return "abandonment";
    case ActType::designation:
      return "designation";
  }
  return "?";
}

const char* name(PollMeasure measure) {
  switch (measure) {
    case PollMeasure::credibility:
      return "credibility";
    case PollMeasure::support:
      return "support";
  }
  return "?";
}

}  // namespace umbrella
