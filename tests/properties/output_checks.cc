#include "output_checks.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>
#include <map>
#include <utility>

namespace umbrella::testing {
namespace {

// Rounding in 1 - prod(1 - c) and in the sums of means.
constexpr double kTolerance = 1e-9;

struct Series {
  OutcomeKind kind = OutcomeKind::quantity;
  std::vector<double> values;  // one per year
};
// By (name, subject).
using Table = std::map<std::pair<std::string, std::string>, Series>;

bool is_share(const std::string& name) {
  return name == "credibility" || name == "assurance" || name == "npt_strength";
}

class Checker {
 public:
  Checker(const Table& table, const std::vector<int>& years, bool indicators)
      : table_(table), years_(years), indicators_(indicators) {}

  std::vector<std::string> run() {
    for (const auto& [key, series] : table_) check_values(key.first, key.second, series);
    for (const auto& [key, series] : table_) {
      const auto& [name, subject] = key;
      if (name == "p_hedging") {
        ordered(subject, {"p_acquired", "p_pursuit", "p_hedging"});
      } else if (name == "p_crisis") {
        ordered(subject, {"p_invasion_success", "p_invasion", "p_crisis"});
        ordered(subject, {"p_coercion", "p_nuclear_use", "p_invasion"});
        highest_groups_add_up(subject);
      } else if (name == "credibility") {
        ordered(subject, {"credibility", "assurance"});
      }
    }
    return std::move(found_);
  }

 private:
  void check_values(const std::string& name, const std::string& subject, const Series& series) {
    for (std::size_t y = 0; y < series.values.size(); ++y) {
      const double v = series.values[y];
      const bool probability = series.kind == OutcomeKind::probability;
      const bool bad = !std::isfinite(v) || (probability && (v < 0.0 || v > 1.0)) ||
                       (probability && indicators_ && v != 0.0 && v != 1.0) ||
                       (is_share(name) && (v < 0.0 || v > 1.0)) || v < 0.0;
      if (bad) found_.push_back(fmt::format("{} {} {}: {}", name, subject, years_[y], v));
    }
  }

  // Each of `names` is at most the next, year by year.
  void ordered(const std::string& subject, const std::vector<std::string>& names) {
    for (std::size_t i = 0; i + 1 < names.size(); ++i) {
      const Series* low = find(names[i], subject);
      const Series* high = find(names[i + 1], subject);
      if (low == nullptr || high == nullptr) continue;
      for (std::size_t y = 0; y < years_.size(); ++y) {
        if (low->values[y] > high->values[y] + kTolerance) {
          found_.push_back(fmt::format("{} {} {}: {} > {} {}", names[i], subject, years_[y],
                                       low->values[y], names[i + 1], high->values[y]));
        }
      }
    }
  }

  void highest_groups_add_up(const std::string& subject) {
    const Series* crisis = find("p_crisis", subject);
    for (std::size_t y = 0; y < years_.size(); ++y) {
      double sum = 0.0;
      for (const auto& [key, series] : table_) {
        if (key.second == subject && key.first.starts_with("p_highest_")) sum += series.values[y];
      }
      if (std::abs(sum - crisis->values[y]) > kTolerance) {
        found_.push_back(fmt::format("p_highest_* {} {}: sum {} != p_crisis {}", subject, years_[y],
                                     sum, crisis->values[y]));
      }
    }
  }

  const Series* find(const std::string& name, const std::string& subject) const {
    auto it = table_.find({name, subject});
    return it == table_.end() ? nullptr : &it->second;
  }

  const Table& table_;
  const std::vector<int>& years_;
  bool indicators_;
  std::vector<std::string> found_;
};

void check_bands(const SeriesSummary& s, const std::vector<int>& years,
                 std::vector<std::string>& found) {
  const bool probability = s.kind == OutcomeKind::probability;
  std::vector<const std::vector<double>*> bands = {&s.p05, &s.p95};
  if (!probability) bands = {&s.p05, &s.p25, &s.p50, &s.p75, &s.p95};
  for (const std::vector<double>* band : bands) {
    if (band->size() != years.size()) {
      found.push_back(fmt::format("{} {}: a band of {} values for {} years", s.name, s.subject,
                                  band->size(), years.size()));
      return;
    }
  }
  for (std::size_t y = 0; y < years.size(); ++y) {
    std::vector<double> order;
    for (const std::vector<double>* band : bands) order.push_back((*band)[y]);
    // A probability's mean lies inside its Wilson interval.
    if (probability) order.insert(order.begin() + 1, s.mean[y]);
    const bool bounded = probability || is_share(s.name);
    for (std::size_t i = 0; i < order.size(); ++i) {
      const bool bad = !std::isfinite(order[i]) || (i > 0 && order[i - 1] > order[i]) ||
                       (bounded && (order[i] < 0.0 || order[i] > 1.0));
      if (bad) {
        found.push_back(fmt::format("{} {} {}: bands out of order or range: {}", s.name, s.subject,
                                    years[y], fmt::join(order, " ")));
        break;
      }
    }
  }
}

}  // namespace

std::vector<std::string> record_violations(const Simulation& simulation,
                                           std::span<const double> record) {
  Table table;
  std::vector<int> years;
  for (int y = simulation.first_year(); y <= simulation.last_year(); ++y) years.push_back(y);
  for (std::size_t s = 0; s < simulation.outcomes().size(); ++s) {
    const umbrella::Series& series = simulation.outcomes()[s];
    Series& values = table[{series.name, series.subject}];
    values.kind = series.kind;
    for (int year : years) values.values.push_back(record[simulation.cell(s, year)]);
  }
  return Checker(table, years, true).run();
}

std::vector<std::string> summary_violations(const Summary& summary) {
  Table table;
  std::vector<std::string> found;
  for (const SeriesSummary& s : summary.series) {
    table[{s.name, s.subject}] = Series{s.kind, s.mean};
    if (s.mean.size() != summary.years.size()) {
      found.push_back(fmt::format("{} {}: {} means for {} years", s.name, s.subject, s.mean.size(),
                                  summary.years.size()));
      return found;
    }
    check_bands(s, summary.years, found);
  }
  for (std::string& problem : Checker(table, summary.years, false).run()) {
    found.push_back(std::move(problem));
  }
  return found;
}

}  // namespace umbrella::testing
