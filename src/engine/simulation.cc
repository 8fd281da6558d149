#include "engine/simulation.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "core/error.h"
#include "core/rng.h"
#include "engine/compiled_scenario.h"
#include "model/arsenal.h"
#include "model/credibility.h"
#include "model/crisis/yearly.h"
#include "model/events.h"
#include "model/proliferation.h"
#include "model/regime.h"

namespace umbrella {
namespace {

std::vector<Probe> probes_of(const std::vector<Series>& outcomes) {
  std::vector<Probe> probes;
  probes.reserve(outcomes.size());
  for (const Series& series : outcomes) probes.push_back(series.probe);
  return probes;
}

}  // namespace

Simulation::Simulation(const Scenario& scenario, const RunOptions& options) : options_(options) {
  CompiledScenario compiled = compile_scenario(scenario, options);
  start_year_ = compiled.start_year;
  first_year_ = compiled.first_year;
  last_year_ = compiled.last_year;
  world_ = std::move(compiled.world);
  timeline_ = std::move(compiled.timeline);
  base_ = compiled.base;
  steps_ = std::move(compiled.steps);
  draws_ = std::move(compiled.draws);
  world_draws_ = std::move(compiled.world_draws);
  world_numbers_ = std::move(compiled.world_numbers);

  index_ = build_index(world_);
  activations_ = dated_activations(world_);
  outcomes_ = outcome_catalog(world_, index_);
  recorder_ = Recorder(probes_of(outcomes_));
  initial_ = initial_runtime(world_);
}

std::size_t Simulation::find_outcome(const std::string& name, const std::string& subject) const {
  for (std::size_t s = 0; s < outcomes_.size(); ++s) {
    if (outcomes_[s].name == name && outcomes_[s].subject == subject) return s;
  }
  throw std::out_of_range("no outcome " + name + " for " + subject);
}

Parameters Simulation::replicate_parameters(std::uint32_t replicate) const {
  Parameters params = base_;
  Rng rng({options_.seed, 0, replicate, 0, StreamPurpose::parameters});
  for (const ParameterDraw& draw : draws_)
    params[draw.param] = quantile(draw.distribution, rng.uniform());
  return params;
}

World Simulation::replicate_world(std::uint32_t replicate) const {
  // World uncertainties draw after the parameters, from the stream of year 1, so the parameter
  // draws stay the same with or without them.
  World world = world_;
  Rng rng({options_.seed, 0, replicate, 1, StreamPurpose::parameters});
  for (const WorldUncertainty& u : world_draws_)
    u.apply(world, quantile(u.distribution, rng.uniform()));
  return world;
}

void Simulation::run_replicate(std::uint32_t replicate, std::span<double> record,
                               Trace* trace) const {
  Parameters params = replicate_parameters(replicate);
  if (world_draws_.empty()) {
    run_years(world_, index_, params, {0, replicate}, record, trace, last_year_);
    return;
  }
  const World world = replicate_world(replicate);
  run_years(world, index_, params, {0, replicate}, record, trace, last_year_);
}

void Simulation::run_sample_replicate(ReplicateId id, Parameters start,
                                      std::span<const WorldSetting> world, std::span<double> record,
                                      const Recorder* only) const {
  if (world.empty()) {
    run_years(world_, index_, start, id, record, nullptr, last_year_, nullptr, 0, only);
    return;
  }
  World sampled = world_;
  for (const WorldSetting& s : world) world_numbers_.at(s.number).apply(sampled, s.value);
  run_years(sampled, index_, start, id, record, nullptr, last_year_, nullptr, 0, only);
}

Recorder Simulation::recorder_of(std::vector<std::size_t> series) const {
  const std::vector<Probe> probes = probes_of(outcomes_);
  for (const std::size_t s : series) {
    if (s >= probes.size()) {
      throw std::out_of_range("no outcome " + std::to_string(s) + " in a catalogue of " +
                              std::to_string(probes.size()));
    }
  }
  // In column order, so that a year writes its row forwards.
  std::sort(series.begin(), series.end());
  series.erase(std::unique(series.begin(), series.end()), series.end());
  return Recorder(probes, series);
}

void Simulation::replay(std::uint32_t replicate, const ProliferationStep& step) const {
  Parameters params = replicate_parameters(replicate);
  if (world_draws_.empty()) {
    run_years(world_, index_, params, {0, replicate}, {}, nullptr, last_year_, &step, last_year_);
    return;
  }
  const World world = replicate_world(replicate);
  run_years(world, index_, params, {0, replicate}, {}, nullptr, last_year_, &step, last_year_);
}

void Simulation::forecast(ReplicateId id, Parameters start, const ProliferationStep& step,
                          int observed_until, std::span<double> record,
                          const Recorder* only) const {
  run_years(world_, index_, start, id, record, nullptr, last_year_, &step, observed_until, only);
}

Simulation::Moment Simulation::moment(std::uint32_t replicate, int year) const {
  if (year < start_year_ || year > last_year_ + 1) {
    throw UsageError("year " + std::to_string(year) + " is outside the simulated years " +
                     std::to_string(start_year_) + "-" + std::to_string(last_year_));
  }
  Moment m{world_draws_.empty() ? world_ : replicate_world(replicate),
           index_,
           replicate_parameters(replicate),
           {}};
  m.state = run_years(m.world, m.index, m.params, {0, replicate}, {}, nullptr, year - 1);
  return m;
}

const RuntimeState& Simulation::run_years(const World& world, const WorldIndex& index,
                                          Parameters& params, ReplicateId id,
                                          std::span<double> record, Trace* trace, int last_year,
                                          const ProliferationStep* observed, int observed_until,
                                          const Recorder* recorder) const {
  thread_local RuntimeState rt;
  if (&world == &world_) {
    rt = initial_;
  } else {
    rt = initial_runtime(world);
  }
  rt.year = start_year_;
  rt.regime_strength = params[ParamId::regime_initial_strength];
  initialize_beliefs(world, index, params, rt);

  // Events and activations in date order; on the same date an activation goes first, so an
  // event may act on what begins that day.
  std::size_t next_event = 0;
  std::size_t next_activation = 0;
  const auto apply_dated_before = [&](int year) {
    for (;;) {
      const bool activation =
          next_activation < activations_.size() && activations_[next_activation].date.year < year;
      const bool event = next_event < timeline_.size() && timeline_[next_event].date.year < year;
      if (activation &&
          (!event || activations_[next_activation].date <= timeline_[next_event].date)) {
        apply_activation(world, index, params, activations_[next_activation++], rt, trace);
      } else if (event) {
        apply_event(world, index, params, timeline_[next_event++], rt, trace);
      } else {
        return;
      }
    }
  };
  apply_dated_before(start_year_);
  std::size_t next_step = 0;
  for (int year = start_year_; year <= last_year; ++year) {
    rt.year = year;
    for (; next_step < steps_.size() && steps_[next_step].year <= year; ++next_step) {
      const ParameterStep& step = steps_[next_step];
      params[step.param] += step.intensity * (step.lever_value - params[step.param]);
    }
    apply_dated_before(year + 1);
    Rng events(stream(id, year, StreamPurpose::events));
    draw_patron_acts(world, index, params, rt, events, trace);
    update_arsenals(world, params, rt, trace);
    update_credibility(world, index, params, rt, trace);
    update_crises(world, index, params, rt, stream(id, year, StreamPurpose::crisis), trace);
    if (observed != nullptr && year <= observed_until) {
      (*observed)(world, index, params, rt);
    } else {
      Rng proliferation(stream(id, year, StreamPurpose::proliferation));
      update_proliferation(world, index, params, rt, proliferation, trace);
    }
    update_regime(world, params, rt, trace);
    if (year < first_year_ || record.empty()) continue;
    (recorder != nullptr ? *recorder : recorder_).record(rt, &record[cell(0, year)]);
  }
  return rt;
}

}  // namespace umbrella
