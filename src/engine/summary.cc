#include "engine/summary.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>

namespace umbrella {

void Summary::set_sources(const std::string& scenario_file,
                          const std::vector<std::string>& overlay_files) {
  auto absolute = [](const std::string& path) {
    return std::filesystem::absolute(path).lexically_normal().string();
  };
  scenario_path = absolute(scenario_file);
  overlays.clear();
  for (const std::string& overlay : overlay_files) overlays.push_back(absolute(overlay));
}

const SeriesSummary* Summary::find(const std::string& series_name,
                                   const std::string& subject) const {
  for (const SeriesSummary& s : series) {
    if (s.name == series_name && s.subject == subject) return &s;
  }
  return nullptr;
}

double Summary::mean(const std::string& series_name, const std::string& subject, int year) const {
  const SeriesSummary* s = find(series_name, subject);
  if (s == nullptr) throw std::out_of_range("no outcome " + series_name + " for " + subject);
  auto it = std::find(years.begin(), years.end(), year);
  if (it == years.end()) throw std::out_of_range("year " + std::to_string(year) + " not in run");
  return s->mean[static_cast<std::size_t>(it - years.begin())];
}

double quantile_of(std::vector<double>& values, double p) {
  // Selection instead of a full sort: the two order statistics around the quantile.
  const double h = (static_cast<double>(values.size()) - 1.0) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const auto lo_it = values.begin() + static_cast<std::ptrdiff_t>(lo);
  std::nth_element(values.begin(), lo_it, values.end());
  const double low = *lo_it;
  if (lo + 1 >= values.size()) return low;
  const double high = *std::min_element(lo_it + 1, values.end());
  return low + (h - static_cast<double>(lo)) * (high - low);
}

Interval wilson_interval(double successes, double n, double z) {
  const double p = successes / n;
  const double z2 = z * z;
  const double denom = 1.0 + z2 / n;
  const double center = (p + z2 / (2.0 * n)) / denom;
  const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denom;
  // The interval holds p exactly; rounding alone would leave 1 - 1e-16 above a share of 1.
  return {std::clamp(center - half, 0.0, p), std::clamp(center + half, p, 1.0)};
}

}  // namespace umbrella
