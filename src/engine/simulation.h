#pragma once
// A Simulation is a scenario compiled for one set of choices (years, levers, assumptions): an
// immutable object, like OpenSpiel's Game, from which any replicate can be run alone. Running a
// replicate touches only its own RuntimeState, so replicates run in any order on any thread and
// give the same numbers.
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/rng.h"
#include "engine/compiled_scenario.h"
#include "engine/outcomes.h"
#include "engine/recorder.h"
#include "engine/run_options.h"
#include "model/activations.h"
#include "model/parameters.h"
#include "model/runtime.h"
#include "model/trace.h"
#include "model/world_index.h"
#include "scenario/scenario.h"

namespace umbrella {

// Which replicate of which experiment sample a run is. With the seed it keys every random stream
// of the run (core/rng.h): the same id under two policies draws the same numbers (common random
// numbers). `umbrella run` uses sample 0.
struct ReplicateId {
  std::uint32_t sample = 0;
  std::uint32_t replicate = 0;
};

// A value an experiment's design gives a number of the World: the scenario's uncertainty
// `number` (Scenario::uncertainties) set to `value`.
struct WorldSetting {
  std::size_t number = 0;
  double value = 0.0;
};

// What replaces the drawn proliferation transitions of a year when a run replays an observed
// history (calibration): called where the proliferation mechanism would run, with the World as
// the other mechanisms left it that year.
using ProliferationStep =
    std::function<void(const World&, const WorldIndex&, const Parameters&, RuntimeState&)>;

class Simulation {
 public:
  // Compiles the scenario for the options (compile_scenario: UsageError for an unknown lever or
  // assumption view, or years outside the scenario's) and indexes the result.
  Simulation(const Scenario& scenario, const RunOptions& options);

  int start_year() const { return start_year_; }  // the scenario's
  int first_year() const { return first_year_; }
  int last_year() const { return last_year_; }
  int years() const { return last_year_ - first_year_ + 1; }
  const World& world() const { return world_; }
  const std::vector<Series>& outcomes() const { return outcomes_; }
  const RunOptions& options() const { return options_; }
  std::size_t record_size() const { return outcomes_.size() * static_cast<std::size_t>(years()); }
  // Where outcome `series` of `year` sits in a replicate's record.
  std::size_t cell(std::size_t series, int year) const {
    return static_cast<std::size_t>(year - first_year_) * outcomes_.size() + series;
  }
  // The index of outcome `name` for `subject`; throws std::out_of_range if there is none.
  std::size_t find_outcome(const std::string& name, const std::string& subject) const;

  // Runs replicate `replicate`, writing every outcome of every recorded year into `record`
  // (size record_size(), laid out year by year: see cell()). With a Trace, the narrative is kept.
  void run_replicate(std::uint32_t replicate, std::span<double> record, Trace* trace) const;

  // The parameters a replicate starts with (drawn when sampling uncertainty).
  Parameters replicate_parameters(std::uint32_t replicate) const;

  // The parameters every replicate starts with before any uncertainty is drawn: the scenario's
  // values with the chosen assumption views applied.
  const Parameters& base_parameters() const { return base_; }
  // Runs replicate `id` of an experiment sample whose parameters an experimental design chose:
  // `start` replaces the base parameters (levers still move them from their year on), and no
  // uncertainty is drawn. Records as run_replicate does, or only the outcomes of `only` when it
  // is given (see recorder_of).
  // `world` sets numbers of the World the scenario gives an uncertainty, each run on its own
  // copy of the World.
  void run_sample_replicate(ReplicateId id, Parameters start, std::span<const WorldSetting> world,
                            std::span<double> record, const Recorder* only = nullptr) const;
  // A recorder of outcomes `series` alone (indices into outcomes()), each at its own cells: a
  // record it writes holds those outcomes as run_replicate writes them and leaves every other
  // cell as it was. Throws std::out_of_range for an index beyond the catalogue.
  Recorder recorder_of(std::vector<std::size_t> series) const;

  // Runs replicate `replicate` through the last year with `step` in place of the proliferation
  // mechanism; every other mechanism and draw is the replicate's own.
  void replay(std::uint32_t replicate, const ProliferationStep& step) const;
  // Runs replicate `id` of a sample from `start` with `step` in place of the proliferation
  // mechanism through `observed_until` and the mechanism's own draws after it: a forecast from
  // an origin that knows the history up to it. Records as run_sample_replicate does.
  void forecast(ReplicateId id, Parameters start, const ProliferationStep& step, int observed_until,
                std::span<double> record, const Recorder* only = nullptr) const;

  // Replicate `replicate`'s World at the start of `year` (after `year - 1` is simulated), for
  // looking at one moment closely (umbrella crisis). The parameters in force then come with it.
  struct Moment {
    World world;
    WorldIndex index;
    Parameters params;
    RuntimeState state;
  };
  Moment moment(std::uint32_t replicate, int year) const;

 private:
  // Simulates from the start through `last_year`, recording into `record` when it is not
  // empty; returns the final state (thread-local storage) and the parameters then in force.
  const RuntimeState& run_years(const World& world, const WorldIndex& index, Parameters& params,
                                ReplicateId id, std::span<double> record, Trace* trace,
                                int last_year, const ProliferationStep* observed = nullptr,
                                int observed_until = 0, const Recorder* recorder = nullptr) const;
  // The key of run `id`'s stream for `purpose` in `year`.
  StreamKey stream(ReplicateId id, int year, StreamPurpose purpose) const {
    return {options_.seed, id.sample, id.replicate, year, purpose};
  }
  World replicate_world(std::uint32_t replicate) const;

  RunOptions options_;
  int start_year_ = 0;  // the scenario's start: every run simulates from here
  int first_year_ = 0;  // the first recorded year
  int last_year_ = 0;
  World world_;
  WorldIndex index_;
  std::vector<Event> timeline_;          // scenario and lever events, sorted by date
  std::vector<Activation> activations_;  // `from` and `until` of the World, sorted by date
  Parameters base_;
  std::vector<ParameterStep> steps_;  // sorted by year
  std::vector<ParameterDraw> draws_;
  std::vector<WorldUncertainty> world_draws_;
  std::vector<WorldUncertainty> world_numbers_;  // every uncertain World number of the scenario
  std::vector<Series> outcomes_;
  Recorder recorder_;  // writes outcomes_ into a year's row
  RuntimeState initial_;
};

}  // namespace umbrella
