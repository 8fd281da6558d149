#pragma once
// An experiment (docs/experiments.md): a scenario, the uncertain parameters an experimental
// design varies, the policies (named combinations of levers) every sample is run under, the
// outcomes recorded for each run and how each is reduced from its yearly series, and the size
// of the design. load_experiment() reads it from a file and checks every name against the
// scenario, so the runner never meets an unknown lever, parameter or outcome.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/samplers.h"
#include "engine/run_options.h"
#include "model/parameters.h"
#include "scenario/scenario.h"

namespace umbrella::experiment {

// An uncertain model parameter and the distribution the design draws it from.
// One number a design varies: a model parameter, or a number of the World the scenario gives
// an uncertainty (flashpoints.CHN-TWN.eruption_rate), written into each run's copy of the World.
// Or the view of an assumption (`assumptions.theater_balance`): a discrete uncertainty whose
// values are the indices of the sampled views in the scenario's list of the assumption's views.
struct Uncertainty {
  std::string name;                // the parameter's name, the World number's path, or
                                   // assumptions.NAME
  ParamId param = ParamId::count;  // count for a World number or a view
  std::size_t world_number = 0;    // its index in the scenario's uncertainties
  Distribution distribution;
  std::optional<std::size_t> assumption;  // its index in the scenario's assumptions, for a view

  bool in_world() const { return param == ParamId::count && !assumption; }
};

struct Policy {
  std::string name;
  std::vector<LeverSetting> levers;  // none for the baseline
};

// How a run's yearly series becomes one number.
enum class Reduction {
  value,       // the value in one year
  first_year,  // the first year a condition holds, or none
  max,         // the largest value over the experiment's years
  mean,        // the mean over the experiment's years
};
const char* name(Reduction reduction);

enum class Inequality { at_least, above, at_most, below };  // >=, >, <=, <

struct Condition {
  Inequality inequality = Inequality::at_least;
  double threshold = 0.0;

  bool holds(double x) const;
  std::string text() const;  // ">= 1"
};
// Reads ">= 1", "> 0.5", "<= 2" or "< 0.3" (blanks after the operator allowed); nullopt otherwise.
std::optional<Condition> parse_condition(std::string_view text);

struct OutcomeSpec {
  std::string name;
  std::string series;   // an outcome series of docs/outputs.md (p_pursuit)
  std::string subject;  // its subject (KOR, world)
  Reduction reduction = Reduction::value;
  int year = 0;         // Reduction::value
  Condition condition;  // Reduction::first_year

  // "p_pursuit KOR: first year >= 1", for tables and the results store.
  std::string describe() const;
};

struct Experiment {
  std::string file;  // the experiment file as named
  std::string text;  // its full text, kept with the results
  std::string name;
  std::string description;
  Scenario scenario;
  std::vector<Uncertainty> uncertainties;     // parameters in the order of the parameter list, then
                                              // World numbers, then sampled assumption views
  std::vector<Policy> policies;               // the baseline first
  std::vector<AssumptionChoice> assumptions;  // views held fixed (sampled ones are uncertainties)
  std::vector<OutcomeSpec> outcomes;
  sa::SampleMethod sampler = sa::SampleMethod::monte_carlo;
  std::size_t samples = 1;  // points (mc, lhs), base points (saltelli), trajectories (morris)
  std::uint32_t replicates = 1;
  std::uint64_t seed = 0;
  int from_year = 0;
  int to_year = 0;
};

// The name of the policy that pulls no lever, declared or implicit.
inline constexpr const char* kBaselinePolicy = "baseline";

// The texts of the scenario files the experiment loaded, in loading order: with the
// experiment's own text, what makes two runs the same experiment.
std::vector<std::string> scenario_texts(const Experiment& experiment);

// Reads and checks an experiment file and the scenario it names. Any bad input throws an
// InputError naming file:line:column, the field and what was expected.
Experiment load_experiment(const std::string& path);

}  // namespace umbrella::experiment
