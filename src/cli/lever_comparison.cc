#include "cli/lever_comparison.h"

#include <fmt/format.h>

#include <cmath>

#include "engine/key_outcomes.h"

namespace umbrella::cli {
namespace {

std::string value(const Summary& s, const KeyOutcome& c, int milestone) {
  const SeriesSummary* series = s.find(c.name, c.subject);
  if (series == nullptr) return "-";
  return fmt::format("{:.3f}",
                     s.mean(c.name, c.subject, c.final_year ? s.years.back() : milestone));
}

}  // namespace

std::string format_lever_comparison(const std::vector<LeverRun>& runs, int milestone_year) {
  const Summary& base = runs.front().summary;
  std::string out = fmt::format(
      "Levers alone against the baseline (means over {} replicates, seed {}; credibility and "
      "pursuit in {}, armed states and NPT strength in {}; rows below the baseline show "
      "differences)\n\n",
      base.replicates, base.seed, milestone_year, base.years.back());
  out += fmt::format("{:<20}", "");
  for (const KeyOutcome& c : key_outcomes()) out += fmt::format("{:>11}", c.label);
  out += "\n";
  for (const LeverRun& run : runs) {
    out += fmt::format("{:<20}", run.lever.empty() ? "baseline" : run.lever);
    for (const KeyOutcome& c : key_outcomes()) {
      const SeriesSummary* series = run.summary.find(c.name, c.subject);
      if (series == nullptr) {
        out += fmt::format("{:>11}", "-");
        continue;
      }
      if (run.lever.empty()) {
        out += fmt::format("{:>11}", value(run.summary, c, milestone_year));
      } else {
        const int year = c.final_year ? base.years.back() : milestone_year;
        // A difference that rounds to zero prints as +0.000, never -0.000.
        const double shown = std::round((run.summary.mean(c.name, c.subject, year) -
                                         base.mean(c.name, c.subject, year)) *
                                        1e3) /
                             1e3;
        out += fmt::format("{:>+11.3f}", shown == 0.0 ? 0.0 : shown);
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace umbrella::cli
