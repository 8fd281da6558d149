#pragma once
// The country-year panel of the proliferation record: for each state and year, the transitions it
// was at risk of (docs/validation.md#the-panel), whether it made them, and the covariates the model
// computes for it along the observed history (a conditional likelihood: every other mechanism runs
// as in a simulation, while each state's stage follows the record).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "calibration/record.h"
#include "engine/simulation.h"
#include "model/proliferation.h"

namespace umbrella {

// The model's drawn transitions of a state without weapons (docs/model.md#proliferation): up a
// stage, back one, and a pursuer's arrival at a weapon (drawn under hazard timing).
enum class Transition : std::uint8_t { hedge, pursue, reverse, acquire };
inline constexpr int kTransitionCount = 4;
const char* name(Transition transition);

struct PanelRow {
  std::string state;
  int year = 0;
  Transition transition = Transition::hedge;
  bool event = false;  // the state made the transition in `year`
  HazardCovariates x;
};

struct Panel {
  std::vector<PanelRow> rows;
  std::string coding;
  int replays = 0;  // replicates whose covariates are averaged
};

// What a replay along the record sees of each state at risk in a year, before the record sets
// its stage: the World as the other mechanisms leave it, the stage it stood at after the year
// before and the stage it stands at after this one.
using RecordVisit = std::function<void(const World&, const WorldIndex&, const Parameters&,
                                       RuntimeState&, StateId, Stage before, Stage after)>;

// A proliferation step that sets each existing state's stage from `record` under `coding` where
// the mechanism would draw it (the threat it faces and the years a pursuer has pursued are kept as
// the mechanism would), calling `visit` first when given. A state the record does not name never
// explored, unless it was armed before the history starts.
ProliferationStep follow_record(const ProliferationRecord& record, const std::string& coding,
                                RecordVisit visit = {});

// Replays the scenario `replays` times (replicates 0..replays-1 of `simulation`, whose patron
// acts and other draws differ) with each state's stage set from `record` under `coding`, and
// averages each row's covariates over the replays. Throws InputError if a state of the record is
// not in the scenario.
Panel build_panel(const Simulation& simulation, const ProliferationRecord& record,
                  const std::string& coding, int replays);

// The panel as CSV: state,year,transition,event and one column per covariate.
std::string format_panel_csv(const Panel& panel);

}  // namespace umbrella
