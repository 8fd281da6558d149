#pragma once
// Paired comparison of two Simulations on the same replicates (common random numbers): for an
// indicator outcome, McNemar's counts of discordant replicates; for a quantity, the mean change.
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

inline Paired compare(const Simulation& before, const Simulation& after, const std::string& name,
                      const std::string& subject, int year, int replicates) {
  const std::size_t cell_before = before.cell(before.find_outcome(name, subject), year);
  const std::size_t cell_after = after.cell(after.find_outcome(name, subject), year);
  std::vector<double> a(before.record_size()), b(after.record_size());
  Paired out;
  for (int r = 0; r < replicates; ++r) {
    before.run_replicate(static_cast<std::uint32_t>(r), a, nullptr);
    after.run_replicate(static_cast<std::uint32_t>(r), b, nullptr);
    out.mean_before += a[cell_before];
    out.mean_after += b[cell_after];
    if (b[cell_after] > a[cell_before]) ++out.up;
    if (b[cell_after] < a[cell_before]) ++out.down;
  }
  out.mean_before /= replicates;
  out.mean_after /= replicates;
  return out;
}

}  // namespace umbrella::testing
