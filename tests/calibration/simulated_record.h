#pragma once
// The stage spells of one replicate the model simulates, written as the proliferation record's
// CSV (data/record/README.md), for the recovery tests of the calibration.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "engine/simulation.h"

namespace umbrella::testing {

inline std::string record_of(const Simulation& sim, std::uint32_t replicate) {
  std::vector<double> record(sim.record_size());
  sim.run_replicate(replicate, record, nullptr);
  std::string csv = "state,stage,start,end,coding,source,note\n";
  for (const State& state : sim.world().states) {
    if (state.stage == Stage::acquired) continue;
    const std::size_t hedging = sim.find_outcome("p_hedging", state.code);
    const std::size_t pursuit = sim.find_outcome("p_pursuit", state.code);
    const std::size_t acquired = sim.find_outcome("p_acquired", state.code);
    for (const auto& [stage, series] : {std::pair{"explore", hedging}, std::pair{"pursue", pursuit},
                                        std::pair{"acquire", acquired}}) {
      int start = 0;
      for (int year = sim.first_year(); year <= sim.last_year() + 1; ++year) {
        const bool in = year <= sim.last_year() && record[sim.cell(series, year)] > 0.5;
        if (in && start == 0) start = year;
        if (!in && start != 0) {
          const std::string end = year > sim.last_year() ? "" : std::to_string(year - 1);
          csv += fmt::format("{},{},{},{},bleek2017,simulated,\n", state.code, stage, start, end);
          start = 0;
        }
      }
    }
  }
  return csv;
}

}  // namespace umbrella::testing
