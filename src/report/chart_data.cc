#include "report/chart_data.h"

#include <cmath>

namespace umbrella::report {

double rounded(double value) {
  return std::round(value * 1e4) / 1e4;
}

Json band_rows(const Summary& summary, const std::vector<BandSeries>& series) {
  Json rows = Json::array();
  for (const BandSeries& s : series) {
    const SeriesSummary* found = summary.find(s.outcome, s.subject);
    if (found == nullptr) continue;
    const bool quartiles = !found->p50.empty();
    for (std::size_t y = 0; y < summary.years.size(); ++y) {
      Json row = {{"panel", s.panel},
                  {"line", s.line},
                  {"year", summary.years[y]},
                  {"centre", rounded(quartiles ? found->p50[y] : found->mean[y])},
                  {"lo", rounded(found->p05[y])},
                  {"hi", rounded(found->p95[y])}};
      if (quartiles) {
        row["q1"] = rounded(found->p25[y]);
        row["q3"] = rounded(found->p75[y]);
      }
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

Json share_rows(const Summary& summary, const std::vector<BandSeries>& series) {
  Json rows = Json::array();
  for (std::size_t order = 0; order < series.size(); ++order) {
    const BandSeries& s = series[order];
    const SeriesSummary* found = summary.find(s.outcome, s.subject);
    if (found == nullptr) continue;
    for (std::size_t y = 0; y < summary.years.size(); ++y) {
      rows.push_back({{"panel", s.panel},
                      {"line", s.line},
                      {"order", order},
                      {"year", summary.years[y]},
                      {"share", rounded(found->mean[y])}});
    }
  }
  return rows;
}

std::vector<std::string> subjects_of(const Summary& summary, const std::string& outcome) {
  std::vector<std::string> subjects;
  for (const SeriesSummary& s : summary.series) {
    if (s.name == outcome) subjects.push_back(s.subject);
  }
  return subjects;
}

}  // namespace umbrella::report
