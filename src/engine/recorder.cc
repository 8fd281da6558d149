#include "engine/recorder.h"

#include <algorithm>

namespace umbrella {

Recorder::Recorder(std::span<const Probe> probes) {
  for (std::size_t i = 0; i < probes.size(); ++i) cells_.push_back({i, probes[i]});
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
}

}  // namespace umbrella
