#include "experiment/policy_aggregate.h"

#include <fmt/format.h>

#include "experiment/state_bytes.h"

namespace umbrella::experiment {

PolicyAggregate::PolicyAggregate(const Plan& plan, std::size_t policy)
    : plan_(plan), policy_(policy), sums_(plan.summary_cells(), 0.0) {
  const std::vector<SummarySeries>& series = plan.summary_series();
  const std::size_t states = plan.experiment().scenario.world.states.size();
  for (std::size_t cell = 0; cell < sums_.size(); ++cell) {
    const Series& s = *series[cell % series.size()].series;
    if (s.kind == OutcomeKind::probability) {
      histogram_of_.push_back(-1);
      continue;
    }
    histogram_of_.push_back(static_cast<std::int64_t>(histograms_.size()));
    histograms_.emplace_back(bin_layout(s.probe.measure, states));
  }
}

void PolicyAggregate::add(std::span<const double> cells) {
  for (std::size_t cell = 0; cell < sums_.size(); ++cell) {
    sums_[cell] += cells[cell];
    if (histogram_of_[cell] >= 0) {
      histograms_[static_cast<std::size_t>(histogram_of_[cell])].add(cells[cell]);
    }
  }
  ++runs_;
}

Summary PolicyAggregate::summary() const {
  const Experiment& experiment = plan_.experiment();
  const Policy& policy = experiment.policies[policy_];
  Summary summary;
  summary.scenario = experiment.scenario.name;
  summary.seed = experiment.seed;
  summary.replicates = static_cast<int>(runs_);
  for (const LeverSetting& l : policy.levers) {
    summary.levers.push_back(fmt::format("{}={}", l.name, l.intensity));
  }
  for (const AssumptionChoice& a : experiment.assumptions) {
    summary.assumptions.push_back(a.name + "=" + a.view);
  }
  summary.sample_uncertainty = !experiment.uncertainties.empty();
  summary.years = plan_.years();
  const std::vector<SummarySeries>& series = plan_.summary_series();
  const auto n = static_cast<double>(runs_);
  for (std::size_t s = 0; s < series.size(); ++s) {
    const Series& about = *series[s].series;
    SeriesSummary out{about.name, about.subject, about.kind, {}, {}, {}, {}, {}, {}};
    for (std::size_t y = 0; y < summary.years.size(); ++y) {
      const std::size_t cell = y * series.size() + s;
      out.mean.push_back(sums_[cell] / n);
      if (histogram_of_[cell] < 0) {
        const Interval band = wilson_interval(sums_[cell], n, kZ90);
        out.p05.push_back(band.low);
        out.p95.push_back(band.high);
      } else {
        const QuantileHistogram& h = histograms_[static_cast<std::size_t>(histogram_of_[cell])];
        out.p05.push_back(h.quantile(0.05));
        out.p25.push_back(h.quantile(0.25));
        out.p50.push_back(h.quantile(0.50));
        out.p75.push_back(h.quantile(0.75));
        out.p95.push_back(h.quantile(0.95));
      }
    }
    summary.series.push_back(std::move(out));
  }
  return summary;
}

std::string PolicyAggregate::save() const {
  std::string out;
  append_bytes(out, runs_);
  append_bytes(out, static_cast<std::uint64_t>(sums_.size()));
  for (double sum : sums_) append_bytes(out, sum);
  for (const QuantileHistogram& h : histograms_) h.save(out);
  return out;
}

void PolicyAggregate::restore(std::string_view state) {
  runs_ = take_bytes<std::uint64_t>(state);
  if (take_bytes<std::uint64_t>(state) != sums_.size()) {
    throw std::runtime_error("the stored aggregate state has another number of cells");
  }
  for (double& sum : sums_) sum = take_bytes<double>(state);
  for (QuantileHistogram& h : histograms_) {
    h.restore(state);
    // Every run adds one value to each histogram.
    if (h.count() != runs_) {
      throw std::runtime_error("the stored aggregate state has a histogram of another run count");
    }
  }
  if (!state.empty()) throw std::runtime_error("the stored aggregate state is too long");
}

}  // namespace umbrella::experiment
