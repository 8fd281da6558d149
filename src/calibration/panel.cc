#include "calibration/panel.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "core/error.h"

namespace umbrella {

const char* name(Transition transition) {
  switch (transition) {
    case Transition::hedge:
      return "hedge";
    case Transition::pursue:
      return "pursue";
    case Transition::reverse:
      return "reverse";
    case Transition::acquire:
      return "acquire";
  }
  return "?";
}

namespace {

// The transitions a state at `before` at the start of a year was at risk of, and which it made
// by the end of the year (`after`). The model moves one stage a year; the record sometimes jumps
// two (explore and pursue in one year), read as both transitions made within the year. A pursuer
// that did not step back was at risk of arriving unless the NPT still bound it (`can_arrive`).
void add_rows(const std::string& state, int year, Stage before, Stage after, bool can_arrive,
              const HazardCovariates& x, std::vector<PanelRow>& rows) {
  auto add = [&](Transition t, bool event) { rows.push_back({state, year, t, event, x}); };
  switch (before) {
    case Stage::none:
      add(Transition::hedge, after >= Stage::hedging);
      if (after >= Stage::pursuit) add(Transition::pursue, true);
      break;
    case Stage::hedging:
      add(Transition::pursue, after >= Stage::pursuit);
      // Stepping back is drawn only when the state did not move up (docs/model.md).
      if (after < Stage::pursuit) add(Transition::reverse, after == Stage::none);
      break;
    case Stage::pursuit:
      add(Transition::reverse, after < Stage::pursuit);
      if (after >= Stage::pursuit && can_arrive) add(Transition::acquire, after == Stage::acquired);
      break;
    case Stage::acquired:
      break;
  }
}

void accumulate(HazardCovariates& sum, const HazardCovariates& x) {
  sum.threat += x.threat;
  sum.rival_acquired += x.rival_acquired;
  sum.assurance += x.assurance;
  sum.latency += x.latency;
  sum.support += x.support;
  sum.npt_party += x.npt_party;
  sum.regime += x.regime;
  sum.sanctions += x.sanctions;
  sum.norms += x.norms;
  sum.pressure += x.pressure;
  sum.clock += x.clock;
}

void scale(HazardCovariates& x, double factor) {
  x.threat *= factor;
  x.rival_acquired *= factor;
  x.assurance *= factor;
  x.latency *= factor;
  x.support *= factor;
  x.npt_party *= factor;
  x.regime *= factor;
  x.sanctions *= factor;
  x.norms *= factor;
  x.pressure *= factor;
  x.clock *= factor;
}

}  // namespace

ProliferationStep follow_record(const ProliferationRecord& record, const std::string& coding,
                                RecordVisit visit) {
  return [&record, coding, visit = std::move(visit)](const World& w, const WorldIndex& index,
                                                     const Parameters& params, RuntimeState& rt) {
    update_growth_factors(index, params, rt);
    const int year = static_cast<int>(rt.year);
    for (std::size_t i = 0; i < w.states.size(); ++i) {
      const auto s = static_cast<StateId>(i);
      const State& state = w.states[i];
      if (!rt.states[i].exists) continue;  // before its independence, or after its dissolution
      if (!record.has_state(state.code) && state.stage == Stage::acquired) continue;
      const Stage before = record.status(state.code, year - 1, coding);
      const Stage after = record.status(state.code, year, coding);
      rt.states[i].threat = threat_to(w, index, rt, s);
      // The mechanism counts a year of pursuit before it draws the arrival.
      if (before == Stage::pursuit && rt.states[i].stage == Stage::pursuit) {
        rt.states[i].pursuit_years += 1.0;
      }
      if (visit) visit(w, index, params, rt, s, before, after);
      set_observed_stage(w, rt, s, after, nullptr);
    }
  };
}

Panel build_panel(const Simulation& simulation, const ProliferationRecord& record,
                  const std::string& coding, int replays) {
  const World& world = simulation.world();
  for (const StageSpell& spell : record.spells()) {
    const bool known = std::any_of(world.states.begin(), world.states.end(),
                                   [&](const State& s) { return s.code == spell.state; });
    if (!known) {
      throw InputError({record.file(), spell.line, 1}, "record.state",
                       "state " + spell.state + " of the record is not in the scenario");
    }
  }
  Panel panel;
  panel.coding = coding;
  panel.replays = replays;
  for (int replay = 0; replay < replays; ++replay) {
    std::size_t next = 0;  // rows come in the same order in every replay
    const RecordVisit add = [&](const World& w, const WorldIndex& index, const Parameters& params,
                                RuntimeState& rt, StateId s, Stage before, Stage after) {
      const HazardCovariates x = hazard_covariates(w, index, params, rt, s);
      const std::string& code = w.states[s].code;
      const int year = static_cast<int>(rt.year);
      const bool can_arrive = rt.states[s].npt != NptStatus::non_weapon_state;
      if (replay == 0) {
        add_rows(code, year, before, after, can_arrive, x, panel.rows);
        return;
      }
      std::vector<PanelRow> again;
      add_rows(code, year, before, after, can_arrive, x, again);
      for (const PanelRow& row : again) accumulate(panel.rows[next++].x, row.x);
    };
    simulation.replay(static_cast<std::uint32_t>(replay), follow_record(record, coding, add));
  }
  for (PanelRow& row : panel.rows) scale(row.x, 1.0 / replays);
  return panel;
}

std::string format_panel_csv(const Panel& panel) {
  std::string out =
      "state,year,transition,event,threat,rival_acquired,assurance,latency,support,npt_party,"
      "regime,sanctions,norms,pressure,clock\n";
  for (const PanelRow& r : panel.rows) {
    fmt::format_to(std::back_inserter(out), "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
                   r.state, r.year, name(r.transition), r.event ? 1 : 0, r.x.threat,
                   r.x.rival_acquired, r.x.assurance, r.x.latency, r.x.support, r.x.npt_party,
                   r.x.regime, r.x.sanctions, r.x.norms, r.x.pressure, r.x.clock);
  }
  return out;
}

}  // namespace umbrella
