#include "engine/streaming_summary.h"

#include <Eigen/Core>
#include <array>
#include <stdexcept>

#include "core/state_bytes.h"

namespace umbrella {

StreamingSummary::StreamingSummary(std::vector<const Series*> series, std::size_t years,
                                   std::size_t states)
    : series_(std::move(series)),
      years_(years),
      sums_(series_.size() * years, 0.0),
      bins_(bins(series_, years, states) * sizeof(std::uint32_t)) {
  std::size_t used = 0;
  for (std::size_t cell = 0; cell < sums_.size(); ++cell) {
    const Series& s = *series_[cell % series_.size()];
    if (s.kind == OutcomeKind::probability) {
      histogram_of_.push_back(-1);
      continue;
    }
    histogram_of_.push_back(static_cast<std::int64_t>(histograms_.size()));
    histogram_cell_.push_back(cell);
    const BinLayout layout = bin_layout(s.probe.measure, states);
    histograms_.emplace_back(layout, bins_.counters(used, layout.bins));
    used += layout.bins;
  }
}

std::uint64_t StreamingSummary::bins(const std::vector<const Series*>& series, std::size_t years,
                                     std::size_t states) {
  std::uint64_t bins = 0;
  for (const Series* s : series) {
    if (s->kind != OutcomeKind::probability) bins += bin_layout(s->probe.measure, states).bins;
  }
  return bins * years;
}

void StreamingSummary::add(std::span<const double> runs) {
  const std::size_t cells = sums_.size();
  if (runs.size() % cells != 0) {
    throw std::logic_error("StreamingSummary::add: not a whole number of runs");
  }
  const std::size_t count = runs.size() / cells;
  // Run by run, cell by cell, as a plain loop would, in vector registers: the same sums.
  const auto n = static_cast<Eigen::Index>(cells);
  Eigen::Map<Eigen::ArrayXd> sums(sums_.data(), n);
  for (std::size_t run = 0; run < count; ++run) {
    sums += Eigen::Map<const Eigen::ArrayXd>(runs.data() + run * cells, n);
  }
  runs_ += count;
  for (std::size_t h = 0; h < histograms_.size(); ++h) {
    histograms_[h].add_strided(runs.data() + histogram_cell_[h], count, cells);
  }
}

std::vector<SeriesSummary> StreamingSummary::series_summaries(
    const std::function<void()>& between_series) const {
  std::vector<SeriesSummary> out;
  const auto n = static_cast<double>(runs_);
  for (std::size_t s = 0; s < series_.size(); ++s) {
    if (between_series) between_series();
    const Series& about = *series_[s];
    SeriesSummary summary{about.name, about.subject, about.kind, {}, {}, {}, {}, {}, {}};
    for (std::size_t y = 0; y < years_; ++y) {
      const std::size_t cell = y * series_.size() + s;
      summary.mean.push_back(sums_[cell] / n);
      if (histogram_of_[cell] < 0) {
        const Interval band = wilson_interval(sums_[cell], n, kZ90);
        summary.p05.push_back(band.low);
        summary.p95.push_back(band.high);
      } else {
        constexpr std::array<double, 5> kBands{0.05, 0.25, 0.50, 0.75, 0.95};
        std::array<double, 5> q{};
        histograms_[static_cast<std::size_t>(histogram_of_[cell])].quantiles(kBands, q);
        summary.p05.push_back(q[0]);
        summary.p25.push_back(q[1]);
        summary.p50.push_back(q[2]);
        summary.p75.push_back(q[3]);
        summary.p95.push_back(q[4]);
      }
    }
    out.push_back(std::move(summary));
  }
  return out;
}

std::string StreamingSummary::save() const {
  std::string out;
  append_bytes(out, runs_);
  append_bytes(out, static_cast<std::uint64_t>(sums_.size()));
  for (double sum : sums_) append_bytes(out, sum);
  for (const QuantileHistogram& h : histograms_) h.save(out);
  return out;
}

void StreamingSummary::restore(std::string_view state) {
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

}  // namespace umbrella
