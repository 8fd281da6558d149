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
  const auto flashpoints = static_cast<int>(world.flashpoints.size());
  for (int f = 0; f < flashpoints; ++f) {
    const std::string& id = world.flashpoints[f].id;
    for (auto [name, measure] :
         {std::pair{"p_crisis", Measure::p_crisis}, std::pair{"p_coercion", Measure::p_coercion},
          std::pair{"p_invasion", Measure::p_invasion}, std::pair{"p_threat", Measure::p_threat},
          std::pair{"p_invasion_success", Measure::p_invasion_success},
          std::pair{"p_nuclear_use", Measure::p_nuclear_use}}) {
      catalog.push_back({name, id, OutcomeKind::probability, {measure, f}});
    }
    // A crisis reaches coercive signalling at least; the distribution of its highest group.
    for (int g = static_cast<int>(LadderGroup::coercion); g < kLadderGroupCount; ++g) {
      const auto group = static_cast<LadderGroup>(g);
      catalog.push_back({std::string("p_highest_") + name(group),
                         id,
                         OutcomeKind::probability,
                         {Measure::p_highest, f, group}});
    }
  }
  catalog.push_back({"npt_strength", "world", OutcomeKind::quantity, {Measure::npt_strength, 0}});
  catalog.push_back(
      {"nuclear_armed_states", "world", OutcomeKind::quantity, {Measure::nuclear_armed_states, 0}});
  return catalog;
}

}  // namespace umbrella
