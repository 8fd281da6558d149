#include "calibration/eruption_panel.h"

#include <fmt/format.h>

#include <iterator>
#include <set>
#include <utility>

#include "calibration/panel.h"
#include "core/error.h"
#include "engine/simulation.h"

namespace umbrella {
namespace {

// The years in which the record has a crisis of each flashpoint's (challenger, target) pair.
std::vector<std::set<int>> recorded_years(const World& world, const CrisisRecord& record) {
  std::vector<std::set<int>> years(world.flashpoints.size());
  for (std::size_t f = 0; f < world.flashpoints.size(); ++f) {
    const Flashpoint& flashpoint = world.flashpoints[f];
    for (const RecordedCrisis& crisis : record.crises) {
      if (crisis.challenger == world.states[flashpoint.adversary].code &&
          crisis.target == world.states[flashpoint.ally].code) {
        years[f].insert(crisis.year);
      }
    }
  }
  return years;
}

}  // namespace

EruptionPanel build_eruption_panel(const EruptionPanelSource& source) {
  Scenario scenario = *source.scenario;
  if (scenario.world.flashpoints.empty()) {
    throw UsageError(
        "the scenario has no flashpoints (for the history, add the overlay "
        "scenarios/history/crises.yaml)");
  }
  const int last = source.run.to_year != 0 ? source.run.to_year : scenario.end_year;
  if (source.since > source.until || source.since < scenario.start_year || source.until > last) {
    throw UsageError(fmt::format("the years at risk {}-{} must lie within the run's {}-{}",
                                 source.since, source.until, scenario.start_year, last));
  }
  // The record decides when crises come; the model's own would move beliefs off the record.
  for (Flashpoint& flashpoint : scenario.world.flashpoints) flashpoint.eruption_rate = 0.0;
  RunOptions run = source.run;
  run.replicates = source.replays;
  const Simulation simulation(scenario, run);
  const World& world = simulation.world();
  const std::vector<std::set<int>> crisis_years = recorded_years(world, *source.crises);

  EruptionPanel panel;
  panel.since = source.since;
  panel.until = source.until;
  panel.replays = source.replays;
  for (const Flashpoint& flashpoint : world.flashpoints) panel.flashpoints.push_back(flashpoint.id);
  const ProliferationStep proliferation = follow_record(*source.proliferation, source.coding);
  for (int replay = 0; replay < source.replays; ++replay) {
    std::size_t next = 0;  // rows come in the same order in every replay
    std::vector<std::pair<bool, EruptionCovariates>> reference(world.flashpoints.size());
    const ProliferationStep step = [&](const World& w, const WorldIndex& index,
                                       const Parameters& params, RuntimeState& rt) {
      const int year = static_cast<int>(rt.year);
      for (std::size_t f = 0; f < w.flashpoints.size(); ++f) {
        FlashpointDynamics& d = rt.flashpoints[f];
        const AllianceId alliance = index.flashpoint_alliance[f];
        const bool at_risk = !d.closed && (alliance < 0 || rt.alliances[alliance].active);
        if (at_risk && year >= source.since && year <= source.until) {
          EruptionCovariates x = eruption_covariates(w, rt, f);
          if (!reference[f].first) reference[f] = {true, x};
          for (std::size_t k = 0; k < x.size(); ++k) x[k] -= reference[f].second[k];
          if (replay == 0) {
            panel.rows.push_back({w.flashpoints[f].id, year, crisis_years[f].count(year) > 0, x});
          } else {
            EruptionCovariates& sum = panel.rows[next++].x;
            for (std::size_t k = 0; k < x.size(); ++k) sum[k] += x[k];
          }
        }
        // The record's crises, at risk or not, are the flashpoint's history.
        if (crisis_years[f].count(year) > 0) d.eruption.last_crisis_year = rt.year;
      }
      proliferation(w, index, params, rt);
    };
    simulation.replay(static_cast<std::uint32_t>(replay), step);
  }
  for (EruptionRow& row : panel.rows) {
    for (double& x : row.x) x /= source.replays;
  }
  return panel;
}

std::string format_eruption_panel_csv(const EruptionPanel& panel) {
  std::string out = "flashpoint,year,event";
  for (int k = 0; k < kEruptionCovariateCount; ++k) {
    out += ',';
    out += name(static_cast<EruptionCovariate>(k));
  }
  out += '\n';
  for (const EruptionRow& r : panel.rows) {
    fmt::format_to(std::back_inserter(out), "{},{},{}", r.flashpoint, r.year, r.event ? 1 : 0);
    for (const double x : r.x) fmt::format_to(std::back_inserter(out), ",{}", x);
    out += '\n';
  }
  return out;
}

}  // namespace umbrella
