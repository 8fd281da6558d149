#include "engine/simulation.h"

#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "core/error.h"
#include "core/limits.h"
#include "core/rng.h"
#include "model/arsenal.h"
#include "model/credibility.h"
#include "model/crisis/yearly.h"
#include "model/events.h"
#include "model/proliferation.h"
#include "model/regime.h"

namespace umbrella {
namespace {

std::string names_of_levers(const Scenario& scenario) {
  std::string out;
  for (const Lever& lever : scenario.levers) out += (out.empty() ? "" : ", ") + lever.name;
  return out;
}

double component_value(const World& world, const ArsenalPath& path) {
  const Arsenal& arsenal = world.states[path.state].arsenal;
  switch (path.component) {
    case ArsenalComponent::stockpile:
      return arsenal.total();
    case ArsenalComponent::strategic:
      return arsenal.strategic.deployed;
    case ArsenalComponent::theater:
      return arsenal.theater[path.region].deployed;
  }
  return 0.0;
}

bool same_component(const ArsenalPath& a, const ArsenalPath& b) {
  return a.state == b.state && a.component == b.component &&
         (a.component != ArsenalComponent::theater || a.region == b.region);
}

// A lever's arsenal targets take over from the baseline path at the lever's first year; with an
// intensity below one they stop that share of the way between the baseline and the lever.
void merge_lever_path(World& world, const ArsenalPath& lever_path, int from_year, double intensity,
                      double growth_after) {
  auto existing = std::find_if(world.arsenal_paths.begin(), world.arsenal_paths.end(),
                               [&](const ArsenalPath& p) { return same_component(p, lever_path); });
  const bool has_base = existing != world.arsenal_paths.end();
  const double flat = component_value(world, lever_path);
  auto baseline = [&](double year) {
    return has_base ? path_value(*existing, year, growth_after) : flat;
  };
  ArsenalPath merged = lever_path;
  merged.points.clear();
  if (has_base) {
    for (const ArsenalTarget& t : existing->points) {
      if (t.year < from_year) merged.points.push_back(t);
    }
  }
  if (lever_path.points.front().year > from_year) {
    merged.points.push_back({static_cast<double>(from_year), baseline(from_year)});
  }
  for (const ArsenalTarget& t : lever_path.points) {
    if (t.year < from_year) continue;
    merged.points.push_back({t.year, baseline(t.year) + intensity * (t.value - baseline(t.year))});
  }
  if (has_base) {
    *existing = std::move(merged);
  } else {
    world.arsenal_paths.push_back(std::move(merged));
  }
}

}  // namespace

Simulation::Simulation(const Scenario& scenario, const RunOptions& options)
    : options_(options), world_(scenario.world) {
  start_year_ = scenario.start_year;
  first_year_ = options.from_year != 0 ? options.from_year : scenario.start_year;
  last_year_ = options.to_year != 0 ? options.to_year : scenario.end_year;
  if (first_year_ < start_year_) {
    throw UsageError("--from " + std::to_string(first_year_) + " is before the scenario's start (" +
                     std::to_string(start_year_) + ")");
  }
  // Before anything is sized by the years: a scenario's years stop at limits::kLastYear.
  if (last_year_ > limits::kLastYear) {
    throw UsageError("--to " + std::to_string(last_year_) +
                     " is after the last year a scenario may reach (" +
                     std::to_string(limits::kLastYear) + ")");
  }
  if (last_year_ < first_year_) {
    throw UsageError("--to " + std::to_string(last_year_) + " is before --from " +
                     std::to_string(first_year_));
  }
  if (options.replicates < 1) throw UsageError("--replicates must be at least 1");

  std::vector<Assumption> assumptions = scenario.assumptions;
  for (const AssumptionChoice& choice : options.assumptions) {
    auto it = std::find_if(assumptions.begin(), assumptions.end(),
                           [&](const Assumption& a) { return a.name == choice.name; });
    if (it == assumptions.end())
      throw UsageError("--assume: no assumption named '" + choice.name + "'");
    auto view = std::find_if(it->views.begin(), it->views.end(),
                             [&](const AssumptionView& v) { return v.name == choice.view; });
    if (view == it->views.end()) {
      std::string known;
      for (const AssumptionView& v : it->views) known += (known.empty() ? "" : ", ") + v.name;
      throw UsageError("--assume " + choice.name + ": no view named '" + choice.view +
                       "' (views: " + known + ")");
    }
    it->default_view = static_cast<int>(view - it->views.begin());
  }
  base_ = parameter_values(scenario.parameters, assumptions);
  std::set<ParamId> set_by_assumption;
  for (const Assumption& assumption : assumptions) {
    for (const ParameterOverride& o : assumption.views[assumption.default_view].set) {
      set_by_assumption.insert(o.param);
    }
  }

  for (std::size_t i = 0; i < options.levers.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      const LeverSetting& a = options.levers[j];
      const LeverSetting& b = options.levers[i];
      if (a.name == b.name && a.intensity != b.intensity) {
        throw UsageError(
            fmt::format("--lever {}: given twice with different intensities, {} and {}", a.name,
                        a.intensity, b.intensity));
      }
    }
  }
  timeline_ = scenario.timeline;
  for (const LeverSetting& setting : options.levers) {
    const Lever* lever = scenario.find_lever(setting.name);
    if (lever == nullptr) {
      throw UsageError("--lever: no lever named '" + setting.name +
                       "' (levers: " + names_of_levers(scenario) + ")");
    }
    if (setting.intensity <= 0.0) continue;
    for (const ParameterOverride& o : lever->set) {
      steps_.push_back({lever->from_year, o.param, o.value, setting.intensity});
    }
    for (Event event : lever->events) {
      event.strength *= setting.intensity;
      timeline_.push_back(std::move(event));
    }
    for (const ArsenalPath& path : lever->arsenal_paths) {
      merge_lever_path(world_, path, lever->from_year, setting.intensity,
                       base_[ParamId::arsenal_growth_after_path]);
    }
  }
  std::stable_sort(timeline_.begin(), timeline_.end(),
                   [](const Event& a, const Event& b) { return a.date < b.date; });
  std::stable_sort(steps_.begin(), steps_.end(),
                   [](const ParameterStep& a, const ParameterStep& b) { return a.year < b.year; });

  world_numbers_ = scenario.uncertainties;
  if (options.sample_uncertainty) {
    for (std::size_t i = 0; i < kParamCount; ++i) {
      const auto id = static_cast<ParamId>(i);
      const Distribution& dist = scenario.parameters[i].uncertainty;
      if (dist.kind != Distribution::Kind::fixed && !set_by_assumption.contains(id)) {
        draws_.push_back({id, dist});
      }
    }
    world_draws_ = scenario.uncertainties;
  }

  index_ = build_index(world_);
  activations_ = dated_activations(world_);
  outcomes_ = outcome_catalog(world_, index_);
  std::vector<Probe> probes;
  for (const Series& series : outcomes_) probes.push_back(series.probe);
  recorder_ = Recorder(probes);
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
                                      std::span<const WorldSetting> world,
                                      std::span<double> record) const {
  if (world.empty()) {
    run_years(world_, index_, start, id, record, nullptr, last_year_);
    return;
  }
  World sampled = world_;
  for (const WorldSetting& s : world) world_numbers_.at(s.number).apply(sampled, s.value);
  run_years(sampled, index_, start, id, record, nullptr, last_year_);
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
                          int observed_until, std::span<double> record) const {
  run_years(world_, index_, start, id, record, nullptr, last_year_, &step, observed_until);
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
                                          const ProliferationStep* observed,
                                          int observed_until) const {
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
    recorder_.record(rt, &record[cell(0, year)]);
  }
  return rt;
}

}  // namespace umbrella
