#include "engine/outcomes.h"

namespace umbrella {

std::vector<Series> outcome_catalog(const World& world, const WorldIndex& index) {
  std::vector<Series> catalog;
  const auto n = static_cast<int>(world.states.size());
  for (int s = 0; s < n; ++s) {
    const std::string& code = world.states[s].code;
    if (index.primary_alliance[s] >= 0) {
      catalog.push_back({"credibility",
                         code,
                         OutcomeKind::quantity,
                         {Measure::credibility, index.primary_alliance[s]}});
    }
    if (!index.alliances_of_ally[s].empty()) {
      catalog.push_back({"assurance", code, OutcomeKind::quantity, {Measure::assurance, s}});
    }
  }
  for (int s = 0; s < n; ++s) {
    const std::string& code = world.states[s].code;
    catalog.push_back({"p_hedging", code, OutcomeKind::probability, {Measure::p_hedging, s}});
    catalog.push_back({"p_pursuit", code, OutcomeKind::probability, {Measure::p_pursuit, s}});
    catalog.push_back({"p_acquired", code, OutcomeKind::probability, {Measure::p_acquired, s}});
  }
  for (int s = 0; s < n; ++s) {
    if (world.states[s].stage == Stage::acquired) {
      catalog.push_back(
          {"warheads", world.states[s].code, OutcomeKind::quantity, {Measure::warheads, s}});
    }
  }
  catalog.push_back({"npt_strength", "world", OutcomeKind::quantity, {Measure::npt_strength, 0}});
  catalog.push_back(
      {"nuclear_armed_states", "world", OutcomeKind::quantity, {Measure::nuclear_armed_states, 0}});
  return catalog;
}

}  // namespace umbrella
