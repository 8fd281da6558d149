#pragma once
// The rows the charts draw, read from summaries. Only aggregates go in (a few numbers per
// subject and year), rounded to 4 decimals: a report of a large experiment stays light.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/summary.h"

namespace umbrella::report {

using Json = nlohmann::ordered_json;

// One series of a fan chart: which outcome and subject, drawn in which panel as which line.
struct BandSeries {
  std::string outcome;
  std::string subject;
  std::string panel;
  std::string line;
};

// Per series and year: panel, line, year, centre (the median of a quantity, the share of a
// probability), lo and hi (the 90% band) and, where the summary has them, q1 and q3.
Json band_rows(const Summary& summary, const std::vector<BandSeries>& series);

// Per series and year, the mean only: for stacked shares.
Json share_rows(const Summary& summary, const std::vector<BandSeries>& series);

// Subjects of `outcome`, in the summary's order.
std::vector<std::string> subjects_of(const Summary& summary, const std::string& outcome);

double rounded(double value);

}  // namespace umbrella::report
