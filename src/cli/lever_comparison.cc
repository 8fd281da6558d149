#include "cli/lever_comparison.h"

#include <fmt/format.h>

namespace umbrella::cli {
namespace {

struct Column {
  std::string name, subject, label;
  bool final_year;
};

// The essay's questions: belief in the umbrella, allied pursuit, the cascade and the regime.
const std::vector<Column>& columns() {
  static const std::vector<Column> kColumns = {
      {"credibility", "JPN", "cred JPN", false},        {"credibility", "KOR", "cred KOR", false},
      {"credibility", "TWN", "cred TWN", false},        {"credibility", "DEU", "cred DEU", false},
      {"assurance", "DEU", "assure DEU", false},        {"assurance", "POL", "assure POL", false},
      {"p_pursuit", "KOR", "pursue KOR", false},        {"p_pursuit", "JPN", "pursue JPN", false},
      {"p_pursuit", "TWN", "pursue TWN", false},        {"p_pursuit", "DEU", "pursue DEU", false},
      {"nuclear_armed_states", "world", "armed", true}, {"npt_strength", "world", "NPT", true},
  };
  return kColumns;
}

std::string value(const Summary& s, const Column& c, int milestone) {
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
  for (const Column& c : columns()) out += fmt::format("{:>11}", c.label);
  out += "\n";
  for (const LeverRun& run : runs) {
    out += fmt::format("{:<20}", run.lever.empty() ? "baseline" : run.lever);
    for (const Column& c : columns()) {
      const SeriesSummary* series = run.summary.find(c.name, c.subject);
      if (series == nullptr) {
        out += fmt::format("{:>11}", "-");
        continue;
      }
      if (run.lever.empty()) {
        out += fmt::format("{:>11}", value(run.summary, c, milestone_year));
      } else {
        const int year = c.final_year ? base.years.back() : milestone_year;
        out += fmt::format("{:>+11.3f}", run.summary.mean(c.name, c.subject, year) -
                                             base.mean(c.name, c.subject, year));
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace umbrella::cli
