#pragma once
// The flashpoint-year panel of the crisis record (docs/validation.md#the-eruption-hazard): for
// each flashpoint of a historical scenario and each year it was at risk (its alliance standing,
// not taken), whether the record has a crisis of its pair that year, and the eruption hazard's
// covariates as the model computes them along the observed history (proliferation following its
// record, crises at the record's dates, no crisis of the model's own).
#include <string>
#include <vector>

#include "calibration/record.h"
#include "engine/run_options.h"
#include "model/crisis/eruption.h"
#include "scenario/crisis_record.h"
#include "scenario/scenario.h"

namespace umbrella {

struct EruptionRow {
  std::string flashpoint;
  int year = 0;
  bool event = false;  // the record has a crisis of the flashpoint's pair this year
  // The covariates less those of the flashpoint's first year at risk in the run (the reference
  // of the model's hazard), averaged over the replays.
  EruptionCovariates x{};
};

struct EruptionPanel {
  std::vector<std::string> flashpoints;  // the scenario's, in order
  std::vector<EruptionRow> rows;         // year by year, flashpoints in order
  int since = 0, until = 0;              // the years at risk kept
  int replays = 0;
};

struct EruptionPanelSource {
  const Scenario* scenario = nullptr;  // a history with flashpoints
  RunOptions run;                      // its years, seed, levers and views
  const CrisisRecord* crises = nullptr;
  const ProliferationRecord* proliferation = nullptr;
  std::string coding;  // of the proliferation record
  int replays = 1;     // replicates whose covariates are averaged
  int since = 1950;    // first year at risk kept
  int until = 2024;    // last one
};

// Throws UsageError if the scenario has no flashpoints or the window lies outside its years.
EruptionPanel build_eruption_panel(const EruptionPanelSource& source);

// The panel as CSV: flashpoint,year,event and one column per covariate.
std::string format_eruption_panel_csv(const EruptionPanel& panel);

}  // namespace umbrella
