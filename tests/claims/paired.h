#pragma once
// Paired comparison of two Simulations on the same replicates (common random numbers): for an
// indicator outcome, McNemar's counts of discordant replicates; for a quantity, the mean change.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "engine/simulation.h"

namespace umbrella::testing {

struct Paired {
  int up = 0;    // replicates where the outcome is 1 in `after` and 0 in `before`
  int down = 0;  // the reverse
  double mean_before = 0.0, mean_after = 0.0;
  // McNemar's statistic in standard errors: how surely `after` exceeds `before`.
  double z() const { return up + down == 0 ? 0.0 : (up - down) / std::sqrt(up + down); }
};

// Compares the indicator `read(record)` of each replicate under the two simulations.
template <typename ReadBefore, typename ReadAfter>
Paired compare_records(const Simulation& before, const Simulation& after, int replicates,
                       ReadBefore read_before, ReadAfter read_after) {
  std::vector<double> a(before.record_size()), b(after.record_size());
  Paired out;
  for (int r = 0; r < replicates; ++r) {
    before.run_replicate(static_cast<std::uint32_t>(r), a, nullptr);
    after.run_replicate(static_cast<std::uint32_t>(r), b, nullptr);
    const double x = read_before(a), y = read_after(b);
    out.mean_before += x;
    out.mean_after += y;
    if (y > x) ++out.up;
    if (y < x) ++out.down;
  }
  out.mean_before /= replicates;
  out.mean_after /= replicates;
  return out;
}

// The outcome in `year`.
inline Paired compare(const Simulation& before, const Simulation& after, const std::string& name,
                      const std::string& subject, int year, int replicates) {
  const std::size_t cell_before = before.cell(before.find_outcome(name, subject), year);
  const std::size_t cell_after = after.cell(after.find_outcome(name, subject), year);
  return compare_records(
      before, after, replicates, [&](const std::vector<double>& a) { return a[cell_before]; },
      [&](const std::vector<double>& b) { return b[cell_after]; });
}

// Whether the indicator outcome held in any recorded year up to `last_year`.
inline Paired compare_ever(const Simulation& before, const Simulation& after,
                           const std::string& name, const std::string& subject, int last_year,
                           int replicates) {
  auto ever = [&](const Simulation& sim) {
    const std::size_t series = sim.find_outcome(name, subject);
    return [&sim, series, last_year](const std::vector<double>& record) {
      double any = 0.0;
      for (int y = sim.first_year(); y <= last_year; ++y)
        any = std::max(any, record[sim.cell(series, y)]);
      return any;
    };
  };
  return compare_records(before, after, replicates, ever(before), ever(after));
}

}  // namespace umbrella::testing
