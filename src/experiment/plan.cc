#include "experiment/plan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace umbrella::experiment {
namespace {

RunOptions policy_options(const Experiment& experiment, const Policy& policy) {
  RunOptions options;
  options.seed = experiment.seed;
  options.replicates = 1;  // unused: the plan chooses the replicates
  options.from_year = experiment.from_year;
  options.to_year = experiment.to_year;
  options.levers = policy.levers;
  options.assumptions = experiment.assumptions;
  return options;
}

sa::Problem design_problem(const Experiment& experiment) {
  sa::Problem problem;
  problem.file = experiment.file;
  for (const Uncertainty& u : experiment.uncertainties) {
    problem.parameters.push_back({u.name, u.distribution, {}});
  }
  return problem;
}

// Policies differ by levers, which change alliance postures and arsenal targets but never which
// states and alliances exist; the catalogues must therefore agree, and results line up.
void check_same_catalogue(const std::vector<std::unique_ptr<Simulation>>& simulations) {
  const std::vector<Series>& first = simulations.front()->outcomes();
  for (const auto& simulation : simulations) {
    const std::vector<Series>& other = simulation->outcomes();
    const bool same = std::equal(first.begin(), first.end(), other.begin(), other.end(),
                                 [](const Series& a, const Series& b) {
                                   return a.name == b.name && a.subject == b.subject;
                                 });
    if (!same) throw std::logic_error("policies record different outcome series");
  }
}

double reduce(const OutcomeSpec& spec, const Simulation& simulation, std::size_t series,
              std::span<const double> record) {
  const auto at = [&](int year) { return record[simulation.cell(series, year)]; };
  switch (spec.reduction) {
    case Reduction::value:
      return at(spec.year);
    case Reduction::first_year:
      for (int year = simulation.first_year(); year <= simulation.last_year(); ++year) {
        if (spec.condition.holds(at(year))) return year;
      }
      return std::numeric_limits<double>::quiet_NaN();
    case Reduction::max: {
      double largest = at(simulation.first_year());
      for (int year = simulation.first_year(); year <= simulation.last_year(); ++year) {
        largest = std::max(largest, at(year));
      }
      return largest;
    }
    case Reduction::mean: {
      double sum = 0.0;
      for (int year = simulation.first_year(); year <= simulation.last_year(); ++year) {
        sum += at(year);
      }
      return sum / simulation.years();
    }
  }
  return 0.0;
}

}  // namespace

Plan::Plan(const Experiment& experiment) : experiment_(experiment) {
  for (const Policy& policy : experiment.policies) {
    simulations_.push_back(
        std::make_unique<Simulation>(experiment.scenario, policy_options(experiment, policy)));
  }
  check_same_catalogue(simulations_);
  const Simulation& first = *simulations_.front();
  for (const OutcomeSpec& spec : experiment.outcomes) {
    const std::size_t index = first.find_outcome(spec.series, spec.subject);
    outcome_series_.push_back(index);
    const bool known = std::any_of(summary_series_.begin(), summary_series_.end(),
                                   [&](const SummarySeries& s) { return s.index == index; });
    if (!known) summary_series_.push_back({&first.outcomes()[index], index});
  }
  std::vector<std::size_t> recorded;
  for (const SummarySeries& s : summary_series_) recorded.push_back(s.index);
  for (const auto& simulation : simulations_)
    recorders_.push_back(simulation->recorder_of(recorded));
  if (experiment.uncertainties.empty()) {
    samples_ = static_cast<std::uint32_t>(experiment.samples);
  } else {
    design_ = sa::sample(design_problem(experiment), experiment.sampler,
                         {.n = experiment.samples, .seed = experiment.seed, .levels = 4});
    samples_ = static_cast<std::uint32_t>(design_.rows());
  }
}

std::vector<int> Plan::years() const {
  std::vector<int> years;
  for (int y = experiment_.from_year; y <= experiment_.to_year; ++y) years.push_back(y);
  return years;
}

std::size_t Plan::summary_cells() const {
  return summary_series_.size() * static_cast<std::size_t>(simulations_.front()->years());
}

void Plan::run(std::size_t policy, std::uint32_t sample, std::uint32_t replicate,
               std::span<double> result) const {
  const Simulation& simulation = *simulations_[policy];
  Parameters start = simulation.base_parameters();
  thread_local std::vector<WorldSetting> world;
  world.clear();
  for (std::size_t j = 0; j < experiment_.uncertainties.size(); ++j) {
    const Uncertainty& u = experiment_.uncertainties[j];
    if (u.assumption) {
      const Assumption& assumption = experiment_.scenario.assumptions[*u.assumption];
      const auto view = static_cast<std::size_t>(design_.at(sample, j));
      for (const ParameterOverride& o : assumption.views[view].set) start[o.param] = o.value;
    } else if (u.in_world()) {
      world.push_back({u.world_number, design_.at(sample, j)});
    } else {
      start[u.param] = design_.at(sample, j);
    }
  }
  thread_local std::vector<double> record;
  record.resize(simulation.record_size());
  // Only the summary series are written: the record's other cells keep whatever an earlier run
  // left, and nothing below reads them.
  simulation.run_sample_replicate({sample, replicate}, start, world, record, &recorders_[policy]);

  double* out = result.data();
  for (int year = simulation.first_year(); year <= simulation.last_year(); ++year) {
    for (const SummarySeries& s : summary_series_) *out++ = record[simulation.cell(s.index, year)];
  }
  for (std::size_t o = 0; o < experiment_.outcomes.size(); ++o) {
    *out++ = reduce(experiment_.outcomes[o], simulation, outcome_series_[o], record);
  }
}

}  // namespace umbrella::experiment
