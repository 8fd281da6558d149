#include "world/ladder.h"

namespace umbrella {

const char* name(LadderGroup group) {
  switch (group) {
    case LadderGroup::sub_crisis: return "sub_crisis";
    case LadderGroup::coercion: return "coercion";
    case LadderGroup::conventional: return "conventional";
    case LadderGroup::nuclear_threshold: return "nuclear_threshold";
    case LadderGroup::limited_nuclear: return "limited_nuclear";
    case LadderGroup::theater_nuclear_war: return "theater_nuclear_war";
    case LadderGroup::strategic_exchange: return "strategic_exchange";
  }
  return "?";
}

}  // namespace umbrella
