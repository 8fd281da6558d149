#pragma once
// The crisis mechanism against the historical record (docs/validation.md, "Crises against the
// record"): the record's rates and shares by dyad class with exact intervals, beside what the
// model's crisis game gives for a scenario's flashpoints, and how probable the model finds each
// flashpoint's recorded crises.
#include <string>
#include <vector>

#include "engine/simulation.h"
#include "scenario/crisis_record.h"

namespace umbrella {

// k events in n trials: k/n with its Jeffreys interval (the Beta(k + 1/2, n - k + 1/2)
// quantiles; 0 below when k = 0, 1 above when k = n; Brown, Cai & DasGupta 2001).
struct Proportion {
  int events = 0;
  int trials = 0;
  double estimate = 0.0;  // NaN without trials
  double lower = 0.0;
  double upper = 1.0;
};
Proportion jeffreys(int events, int trials, double level = 0.95);

// k events in `years`: k/years with its exact (Garwood) Poisson interval.
struct Rate {
  int events = 0;
  double years = 0.0;
  double estimate = 0.0;
  double lower = 0.0;
  double upper = 0.0;
};
Rate poisson_rate(int events, double years, double level = 0.95);

struct ClassRecord {
  DyadClass dyad_class = DyadClass::nuclear_vs_protected;
  int crises = 0;
  Proportion war;             // P(war | crisis)
  Proportion force;           // P(conventional force or higher | crisis)
  Proportion nuclear_signal;  // P(nuclear signal | crisis)
  // P(war under a nuclear signal | crisis): the record's counterpart of the model's invasions
  // under a threat (the model has no signal without a decision to invade).
  Proportion war_under_signal;
};

struct FlashpointScore {
  std::string flashpoint;  // CHN-TWN
  std::string challenger, target;
  Rate record_rate;         // the pair's recorded crises a year over the window
  double model_rate = 0.0;  // the scenario's eruption rate
  int recorded = 0;         // the pair's crises in the record
  int recorded_wars = 0;
  int recorded_nuclear = 0;  // of them, in the class nuclear_vs_protected (the model's)
  // What the model's crisis game gives, for a crisis at the start of the scoring year.
  double p_invasion = 0.0;
  double p_invasion_success = 0.0;
  double p_threat = 0.0;  // an invasion under a nuclear threat
  double p_coercion = 0.0;
  double p_nuclear_use = 0.0;
  // The model's probability of the recorded outcomes (war or not) of the pair's crises, each an
  // invasion with p_invasion: over all of them, and over those in the model's class.
  double p_record = 1.0;
  double p_record_nuclear = 1.0;
};

struct CrisisRecordScore {
  std::string record_file;
  int year = 0;                      // the model's crises are solved at the start of this year
  int since = 0;                     // the record's rates count crises from this year ...
  int until = 0;                     // ... to this one, inclusive
  std::vector<ClassRecord> classes;  // every class, in DyadClass order
  std::vector<FlashpointScore> flashpoints;
};

// Scores `record` against the scenario's flashpoints as `simulation` builds them (replicate 0's
// World at the start of `year`). Rates count the record's crises of each flashpoint's pair from
// `since` to the year before the scenario starts. UsageError for a year the simulation does not
// cover or a window that ends before it starts.
CrisisRecordScore score_crisis_record(const Simulation& simulation, const CrisisRecord& record,
                                      int year, int since);

}  // namespace umbrella
