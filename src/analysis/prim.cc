#include "analysis/prim.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/error.h"

namespace umbrella::sa {
namespace {

bool inside(const Table& x, std::size_t row, const PrimBox& box) {
  for (std::size_t c = 0; c < x.columns.size(); ++c) {
    const double v = x.at(row, c);
    if (v < box.lower[c] || v > box.upper[c]) return false;
  }
  return true;
}

// The table's own ranges: the box before any peel, against which restrictions are judged.
PrimBox full_box(const Table& x) {
  PrimBox box{std::vector<double>(x.columns.size()), std::vector<double>(x.columns.size())};
  for (std::size_t c = 0; c < x.columns.size(); ++c) {
    const std::vector<double> column = x.column(c);
    const auto [low, high] = std::minmax_element(column.begin(), column.end());
    box.lower[c] = *low;
    box.upper[c] = *high;
  }
  return box;
}

PrimStep measure(const Table& x, const std::vector<bool>& cases, std::size_t all_cases,
                 const PrimBox& box, const PrimBox& full) {
  PrimStep step{.box = box};
  for (std::size_t r = 0; r < x.rows(); ++r) {
    if (!inside(x, r, box)) continue;
    ++step.rows;
    if (cases[r]) ++step.cases;
  }
  step.coverage = static_cast<double>(step.cases) / static_cast<double>(all_cases);
  step.density =
      step.rows == 0 ? 0.0 : static_cast<double>(step.cases) / static_cast<double>(step.rows);
  step.mass = static_cast<double>(step.rows) / static_cast<double>(x.rows());
  for (std::size_t c = 0; c < x.columns.size(); ++c) {
    if (box.lower[c] > full.lower[c] || box.upper[c] < full.upper[c]) ++step.restricted;
  }
  return step;
}

// The values of column c in rows that are inside `box` except, possibly, on column c itself.
std::vector<double> values_free_on(const Table& x, const PrimBox& box, std::size_t c) {
  PrimBox free = box;
  free.lower[c] = -std::numeric_limits<double>::infinity();
  free.upper[c] = std::numeric_limits<double>::infinity();
  std::vector<double> values;
  for (std::size_t r = 0; r < x.rows(); ++r) {
    if (inside(x, r, free)) values.push_back(x.at(r, c));
  }
  std::sort(values.begin(), values.end());
  return values;
}

// The boxes one peel can reach: each edge moved in past about alpha of the box's rows. With tied
// (discrete) values the edge moves past the whole tie, so a peel always removes at least one row.
std::vector<PrimBox> peels(const Table& x, const PrimBox& box, double alpha) {
  std::vector<PrimBox> candidates;
  for (std::size_t c = 0; c < x.columns.size(); ++c) {
    std::vector<double> in;
    for (double v : values_free_on(x, box, c)) {
      if (v >= box.lower[c] && v <= box.upper[c]) in.push_back(v);
    }
    if (in.empty()) continue;
    const std::size_t k = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::floor(alpha * static_cast<double>(in.size()))));
    const auto next_up = std::upper_bound(in.begin(), in.end(), in.front());
    if (next_up != in.end()) {
      PrimBox lower = box;
      lower.lower[c] = std::max(in[std::min(k, in.size() - 1)], *next_up);
      candidates.push_back(lower);
    }
    const auto last_below = std::lower_bound(in.begin(), in.end(), in.back());
    if (last_below != in.begin()) {
      PrimBox upper = box;
      upper.upper[c] = std::min(in[in.size() - 1 - std::min(k, in.size() - 1)], *(last_below - 1));
      candidates.push_back(upper);
    }
  }
  return candidates;
}

// The boxes one paste can reach: each edge moved out over about alpha of the box's rows among
// the rows that lie inside the box on every other column.
std::vector<PrimBox> pastes(const Table& x, const PrimBox& box, std::size_t rows, double alpha) {
  std::vector<PrimBox> candidates;
  const std::size_t k = std::max<std::size_t>(
      1, static_cast<std::size_t>(std::floor(alpha * static_cast<double>(rows))));
  for (std::size_t c = 0; c < x.columns.size(); ++c) {
    const std::vector<double> values = values_free_on(x, box, c);
    std::vector<double> below;
    std::vector<double> above;
    for (double v : values) {
      if (v < box.lower[c]) below.push_back(v);
      if (v > box.upper[c]) above.push_back(v);
    }
    if (!below.empty()) {
      PrimBox lower = box;
      lower.lower[c] = below[below.size() - std::min(k, below.size())];
      candidates.push_back(lower);
    }
    if (!above.empty()) {
      PrimBox upper = box;
      upper.upper[c] = above[std::min(k, above.size()) - 1];
      candidates.push_back(upper);
    }
  }
  return candidates;
}

// The trajectory's step with the highest density among those covering at least min_coverage;
// the earliest (widest) of equally dense ones.
std::size_t choose_step(const std::vector<PrimStep>& trajectory, const PrimOptions& options) {
  if (options.step) {
    if (*options.step >= trajectory.size()) {
      throw UsageError(fmt::format("step {} is past the trajectory's last step, {}", *options.step,
                                   trajectory.size() - 1));
    }
    return *options.step;
  }
  std::size_t best = 0;
  for (std::size_t s = 1; s < trajectory.size(); ++s) {
    if (trajectory[s].coverage >= options.min_coverage &&
        trajectory[s].density > trajectory[best].density) {
      best = s;
    }
  }
  return best;
}

void check(const Table& x, const std::vector<bool>& cases, const PrimOptions& options) {
  if (!(options.alpha > 0.0 && options.alpha < 0.5)) {
    throw UsageError(fmt::format("alpha must lie in (0, 0.5), got {}", options.alpha));
  }
  if (!(options.min_coverage >= 0.0 && options.min_coverage <= 1.0)) {
    throw UsageError(
        fmt::format("the minimum coverage must lie in [0, 1], got {}", options.min_coverage));
  }
  if (!(options.min_mass > 0.0 && options.min_mass <= 1.0)) {
    throw UsageError(fmt::format("the minimum mass must lie in (0, 1], got {}", options.min_mass));
  }
  if (x.rows() == 0) throw UsageError("PRIM needs a table with rows and columns");
  if (cases.size() != x.rows()) {
    throw UsageError(fmt::format("{} case flags for {} rows", cases.size(), x.rows()));
  }
  if (std::none_of(cases.begin(), cases.end(), [](bool c) { return c; })) {
    throw UsageError("no row is a case: there is nothing for PRIM to find");
  }
}

}  // namespace

double binomial_upper_tail(std::size_t k, std::size_t n, double p) {
  if (k == 0) return 1.0;
  if (k > n || p <= 0.0) return 0.0;
  if (p >= 1.0) return 1.0;
  double tail = 0.0;
  const double nd = static_cast<double>(n);
  for (std::size_t i = k; i <= n; ++i) {
    const double id = static_cast<double>(i);
    tail += std::exp(std::lgamma(nd + 1) - std::lgamma(id + 1) - std::lgamma(nd - id + 1) +
                     id * std::log(p) + (nd - id) * std::log1p(-p));
  }
  return std::min(tail, 1.0);
}

PrimResult prim(const Table& x, const std::vector<bool>& cases, const PrimOptions& options) {
  check(x, cases, options);
  const std::size_t all_cases =
      static_cast<std::size_t>(std::count(cases.begin(), cases.end(), true));
  const PrimBox full = full_box(x);
  const auto min_rows =
      static_cast<std::size_t>(std::ceil(options.min_mass * static_cast<double>(x.rows()) - 1e-9));
  PrimResult result;
  result.trajectory.push_back(measure(x, cases, all_cases, full, full));
  while (true) {
    const PrimStep& current = result.trajectory.back();
    std::optional<PrimStep> best;
    for (const PrimBox& candidate : peels(x, current.box, options.alpha)) {
      PrimStep step = measure(x, cases, all_cases, candidate, full);
      if (step.rows < min_rows || step.rows == 0) continue;
      if (!best || step.density > best->density) best = std::move(step);
    }
    if (!best) break;
    result.trajectory.push_back(std::move(*best));
  }
  result.chosen = choose_step(result.trajectory, options);
  result.box = result.trajectory[result.chosen];
  while (options.paste) {
    std::optional<PrimStep> best;
    for (const PrimBox& candidate : pastes(x, result.box.box, result.box.rows, options.alpha)) {
      PrimStep step = measure(x, cases, all_cases, candidate, full);
      if (step.density > result.box.density && (!best || step.density > best->density)) {
        best = std::move(step);
      }
    }
    if (!best) break;
    result.box = std::move(*best);
  }
  for (std::size_t c = 0; c < x.columns.size(); ++c) {
    const PrimBox& box = result.box.box;
    if (box.lower[c] <= full.lower[c] && box.upper[c] >= full.upper[c]) continue;
    PrimBox without = box;
    without.lower[c] = full.lower[c];
    without.upper[c] = full.upper[c];
    const PrimStep wider = measure(x, cases, all_cases, without, full);
    result.restrictions.push_back(
        {.column = c,
         .lower = box.lower[c],
         .upper = box.upper[c],
         .full_lower = full.lower[c],
         .full_upper = full.upper[c],
         .p_value = binomial_upper_tail(result.box.cases, result.box.rows, wider.density)});
  }
  return result;
}

}  // namespace umbrella::sa
