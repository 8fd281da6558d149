#include "report/compared_outcomes.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "engine/key_outcomes.h"
#include "report/number_format.h"

namespace umbrella::report {
namespace {

const Comparison* comparison_of(const ReportContext& context) {
  const auto& c = context.results->comparison;
  return c && !c->differences.empty() ? &*c : nullptr;
}

std::vector<ComparedOutcome> from_comparison(const ReportContext& context, const Comparison& c) {
  const Summary& reference = context.reference().summary;
  std::vector<ComparedOutcome> out;
  for (const PairedDifference& d : c.differences) {
    const bool seen = std::any_of(out.begin(), out.end(),
                                  [&d](const ComparedOutcome& o) { return o.id == d.outcome; });
    if (seen) continue;
    ComparedOutcome o{
        d.outcome,
        label_outcome(c, d, context.lang, reference.years.front(), reference.years.back()), "", "",
        std::nullopt};
    const OutcomeDefinition* def = c.definition(d.name);
    if (def != nullptr && def->reduce == "value" && def->year &&
        reference.find(def->series, def->subject) != nullptr &&
        std::find(reference.years.begin(), reference.years.end(), *def->year) !=
            reference.years.end()) {
      o.series = def->series;
      o.subject = def->subject;
      o.year = def->year;
    }
    out.push_back(std::move(o));
  }
  // Grouped by question, in the file's order within each.
  std::stable_sort(out.begin(), out.end(), [](const ComparedOutcome& a, const ComparedOutcome& b) {
    return a.label.topic < b.label.topic;
  });
  return out;
}

std::vector<ComparedOutcome> from_key_outcomes(const ReportContext& context) {
  const Summary& reference = context.reference().summary;
  std::vector<ComparedOutcome> out;
  for (const KeyOutcome& k : key_outcomes()) {
    if (reference.find(k.name, k.subject) == nullptr) continue;
    const int year = k.final_year ? reference.years.back() : context.milestone;
    out.push_back({k.name + " " + k.subject, label_series(k.name, k.subject, year, context.lang),
                   k.name, k.subject, year});
  }
  std::stable_sort(out.begin(), out.end(), [](const ComparedOutcome& a, const ComparedOutcome& b) {
    return a.label.topic < b.label.topic;
  });
  return out;
}

// The comparison's mean of `policy` on `outcome`: the baseline's side of any pair, or the policy's.
std::optional<double> comparison_mean(const Comparison& c, const std::string& policy,
                                      const std::string& outcome) {
  for (const PairedDifference& d : c.differences) {
    if (d.outcome != outcome) continue;
    if (policy == c.baseline) return d.baseline_mean;
    if (d.policy == policy) return d.policy_mean;
  }
  return std::nullopt;
}

Json chart_row(const ReportContext& context, const ComparedOutcome& o, const std::string& policy,
               double centre, double lo, double hi) {
  const double scale = unit_scale(o.label.unit);
  return {{"group", topic_title(o.label.topic, context.lang)},
          {"panel", o.label.text},
          {"outcome", o.id},
          {"line", policy},
          {"centre", rounded(centre * scale)},
          {"lo", rounded(lo * scale)},
          {"hi", rounded(hi * scale)}};
}

std::string points(double value, Unit unit) {
  const double shown = value * unit_scale(unit);
  const int decimals = unit == Unit::percent ? 2 : unit == Unit::count ? 3 : 1;
  return signed_fixed(shown, decimals);
}

}  // namespace

std::vector<ComparedOutcome> compared_outcomes(const ReportContext& context) {
  if (const Comparison* c = comparison_of(context)) return from_comparison(context, *c);
  return from_key_outcomes(context);
}

std::vector<std::string> policy_order(const ReportContext& context) {
  std::vector<std::string> policies;
  for (const PolicyResult& p : context.results->policies) policies.push_back(p.name);
  if (const Comparison* c = comparison_of(context)) {
    for (const PairedDifference& d : c->differences) {
      if (std::find(policies.begin(), policies.end(), d.policy) == policies.end()) {
        policies.push_back(d.policy);
      }
    }
  }
  return policies;
}

Json mean_rows(const ReportContext& context, const std::vector<ComparedOutcome>& outcomes) {
  const Comparison* c = comparison_of(context);
  Json rows = Json::array();
  for (const ComparedOutcome& o : outcomes) {
    for (const PolicyResult& policy : context.results->policies) {
      const SeriesSummary* s =
          o.year ? policy.summary.find(o.series, o.subject) : static_cast<SeriesSummary*>(nullptr);
      if (s != nullptr) {
        const auto& years = policy.summary.years;
        const auto y = static_cast<std::size_t>(std::find(years.begin(), years.end(), *o.year) -
                                                years.begin());
        rows.push_back(chart_row(context, o, policy.name, s->mean[y], s->p05[y], s->p95[y]));
        continue;
      }
      if (c == nullptr) continue;
      if (const std::optional<double> mean = comparison_mean(*c, policy.name, o.id)) {
        rows.push_back(chart_row(context, o, policy.name, *mean, *mean, *mean));
      }
    }
  }
  return rows;
}

Json paired_rows(const ReportContext& context, const std::vector<ComparedOutcome>& outcomes) {
  const Comparison* c = comparison_of(context);
  Json rows = Json::array();
  if (c == nullptr) return rows;
  for (const ComparedOutcome& o : outcomes) {
    for (const PairedDifference& d : c->differences) {
      if (d.outcome != o.id) continue;
      rows.push_back(chart_row(context, o, d.policy, d.difference, d.low.value_or(d.difference),
                               d.high.value_or(d.difference)));
    }
  }
  return rows;
}

std::vector<std::string> group_titles(const ReportContext& context,
                                      const std::vector<ComparedOutcome>& outcomes) {
  std::vector<std::string> titles;
  for (const Topic topic : kTopics) {
    const bool present =
        std::any_of(outcomes.begin(), outcomes.end(),
                    [topic](const ComparedOutcome& o) { return o.label.topic == topic; });
    if (present) titles.push_back(topic_title(topic, context.lang));
  }
  return titles;
}

std::vector<std::string> panel_labels(const std::vector<ComparedOutcome>& outcomes) {
  std::vector<std::string> panels;
  panels.reserve(outcomes.size());
  for (const ComparedOutcome& o : outcomes) panels.push_back(o.label.text);
  return panels;
}

std::string difference_text(const PairedDifference& d, Unit unit) {
  const char* suffix = unit == Unit::percent ? " pp" : "";
  std::string out = points(d.difference, unit) + suffix;
  if (d.low && d.high) out += " [" + points(*d.low, unit) + ", " + points(*d.high, unit) + "]";
  return out;
}

std::string mean_text(double value, Unit unit) {
  if (unit == Unit::percent) return fixed(value * 100.0, 1) + "%";
  return fixed(value, unit == Unit::count ? 2 : 1);
}

}  // namespace umbrella::report
