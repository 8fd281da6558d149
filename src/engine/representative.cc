#include "engine/representative.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace umbrella {
namespace {

// Where a quantity series sits in a replicate's record, with the centre and scale it is
// compared against in each year.
struct Yardstick {
  std::size_t cell = 0;
  double centre = 0.0;
  double scale = 1.0;
};

std::vector<Yardstick> yardsticks(const Simulation& simulation, const Summary& summary) {
  std::vector<Yardstick> out;
  for (const SeriesSummary& series : summary.series) {
    if (series.kind != OutcomeKind::quantity) continue;
    const std::size_t index = simulation.find_outcome(series.name, series.subject);
    for (std::size_t y = 0; y < summary.years.size(); ++y) {
      const double width = series.p95[y] - series.p05[y];
      if (width <= 0.0) continue;  // every replicate agrees: nothing to tell them apart
      const double centre = series.p50.empty() ? series.mean[y] : series.p50[y];
      out.push_back({simulation.cell(index, summary.years[y]), centre, width});
    }
  }
  return out;
}

}  // namespace

std::uint32_t representative_replicate(const Simulation& simulation, const Summary& summary,
                                       std::uint32_t candidates) {
  const std::vector<Yardstick> sticks = yardsticks(simulation, summary);
  const auto count =
      std::min(candidates, static_cast<std::uint32_t>(std::max(1, summary.replicates)));
  std::vector<double> record(simulation.record_size());
  std::uint32_t best = 0;
  double best_distance = std::numeric_limits<double>::infinity();
  for (std::uint32_t r = 0; r < count; ++r) {
    simulation.run_replicate(r, record, nullptr);
    double distance = 0.0;
    for (const Yardstick& stick : sticks) {
      const double z = (record[stick.cell] - stick.centre) / stick.scale;
      distance += z * z;
    }
    if (distance < best_distance) {
      best_distance = distance;
      best = r;
    }
  }
  return best;
}

}  // namespace umbrella
