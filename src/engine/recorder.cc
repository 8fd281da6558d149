#include "engine/recorder.h"

#include <algorithm>

namespace umbrella {

Recorder::Recorder(std::span<const Probe> probes) {
  for (std::size_t i = 0; i < probes.size(); ++i) add(i, probes[i]);
  finish();
}

Recorder::Recorder(std::span<const Probe> probes, std::span<const std::size_t> only) {
  for (const std::size_t i : only) add(i, probes[i]);
  finish();
}

void Recorder::add(std::size_t column, const Probe& probe) {
  if (!reads_flashpoint(probe.measure)) {
    cells_.push_back({column, probe});
    return;
  }
  auto it = std::find_if(flashpoints_.begin(), flashpoints_.end(),
                         [&](const Flashpoint& f) { return f.index == probe.index; });
  if (it == flashpoints_.end()) it = flashpoints_.insert(it, {probe.index, {}, {}});
  it->cells.push_back({column, probe});
}

void Recorder::finish() {
  // A flashpoint's outcomes are catalogued side by side: a quiet year zeroes one run of columns.
  for (Flashpoint& flashpoint : flashpoints_) {
    for (const Cell& cell : flashpoint.cells) {
      if (flashpoint.runs.empty() ||
          flashpoint.runs.back().first + flashpoint.runs.back().count != cell.column) {
        flashpoint.runs.push_back({cell.column, 0});
      }
      ++flashpoint.runs.back().count;
    }
  }
  // Stable: within a measure the columns stay in order, so a year writes its row forwards.
  std::stable_sort(cells_.begin(), cells_.end(),
                   [](const Cell& a, const Cell& b) { return a.probe.measure < b.probe.measure; });
  for (std::size_t m = 0; m <= kMeasureCount; ++m) {
    first_[m] = static_cast<std::size_t>(
        std::find_if(
            cells_.begin(), cells_.end(),
            [&](const Cell& c) { return static_cast<std::size_t>(c.probe.measure) >= m; }) -
        cells_.begin());
  }
}

template <std::size_t... M>
void Recorder::record_each(const RuntimeState& rt, double* row, std::index_sequence<M...>) const {
  const auto record_measure = [&]<std::size_t m>() {
    for (std::size_t c = first_[m]; c < first_[m + 1]; ++c) {
      row[cells_[c].column] = measure_as<static_cast<Measure>(m)>(cells_[c].probe, rt);
    }
  };
  (record_measure.template operator()<M>(), ...);
}

void Recorder::record(const RuntimeState& rt, double* row) const {
  record_each(rt, row, std::make_index_sequence<kMeasureCount>());
  for (const Flashpoint& flashpoint : flashpoints_) {
    const FlashpointDynamics& f = rt.flashpoints[flashpoint.index];
    const bool quiet =
        !(f.crisis || f.threat || f.coercion || f.invasion || f.invasion_success || f.nuclear_use);
    if (quiet) {
      for (const Run& run : flashpoint.runs) std::fill_n(row + run.first, run.count, 0.0);
    } else {
      for (const Cell& cell : flashpoint.cells) row[cell.column] = measure(cell.probe, rt);
    }
  }
}

}  // namespace umbrella
