// The policies side by side on the essay's key outcomes: each policy's mean with its 90% band
// in a chart, and in a table with its difference from the reference. The runs share a seed
// (common random numbers), so the differences are paired; their own intervals need the
// per-replicate records, which summaries do not keep.
#include <fmt/format.h>

#include <algorithm>

#include "engine/key_outcomes.h"
#include "report/chart_specs.h"
#include "report/html.h"
#include "report/number_format.h"
#include "report/section.h"

namespace umbrella::report {
namespace {

struct Column {
  const KeyOutcome* outcome;
  int year;
  std::string label;
};

std::vector<Column> columns(const ReportContext& context) {
  const Summary& reference = context.reference().summary;
  std::vector<Column> out;
  for (const KeyOutcome& k : key_outcomes()) {
    if (reference.find(k.name, k.subject) == nullptr) continue;
    const int year = k.final_year ? reference.years.back() : context.milestone;
    std::string label = context.t("outcome." + k.name);
    if (k.subject != "world") label += " · " + state_name(context.lang, k.subject);
    out.push_back({&k, year, fmt::format("{} · {}", label, year)});
  }
  return out;
}

Json interval_rows(const ReportContext& context, const std::vector<Column>& cols) {
  Json rows = Json::array();
  for (const Column& c : cols) {
    for (const PolicyResult& policy : context.results->policies) {
      const SeriesSummary* s = policy.summary.find(c.outcome->name, c.outcome->subject);
      if (s == nullptr) continue;
      const auto& years = policy.summary.years;
      const auto y =
          static_cast<std::size_t>(std::find(years.begin(), years.end(), c.year) - years.begin());
      rows.push_back({{"panel", c.label},
                      {"line", policy.name},
                      {"centre", rounded(s->mean[y])},
                      {"lo", rounded(s->p05[y])},
                      {"hi", rounded(s->p95[y])}});
    }
  }
  return rows;
}

std::string difference(const ReportContext& context, const PolicyResult& policy, const Column& c) {
  const Summary& reference = context.reference().summary;
  if (policy.summary.find(c.outcome->name, c.outcome->subject) == nullptr) return "";
  const double delta = policy.summary.mean(c.outcome->name, c.outcome->subject, c.year) -
                       reference.mean(c.outcome->name, c.outcome->subject, c.year);
  const bool share = c.outcome->name.starts_with("p_");
  return " <span class=\"diff\">" +
         (share ? signed_fixed(delta * 100.0, 1) + "pp" : signed_fixed(delta, 3)) + "</span>";
}

std::string comparison_table(const ReportContext& context, const std::vector<Column>& cols) {
  std::string html = "<div class=\"wide\"><table class=\"numbers\"><thead><tr><th>" +
                     escape_html(context.t("col.policy")) + "</th>";
  for (const Column& c : cols) html += "<th>" + escape_html(c.label) + "</th>";
  html += "</tr></thead><tbody>\n";
  for (const PolicyResult& policy : context.results->policies) {
    const bool reference = &policy == &context.reference();
    html += "<tr><th>" + escape_html(policy.name) + "</th>";
    for (const Column& c : cols) {
      html += value_cell(policy, c.outcome->name, c.outcome->subject, c.year, context.lang,
                         reference ? "" : difference(context, policy, c));
    }
    html += "</tr>\n";
  }
  return html + "</tbody></table></div>\n";
}

// Paired differences from comparison.json, with their intervals.
std::optional<Chart> paired_chart(const ReportContext& context) {
  if (!context.results->comparison || context.results->comparison->differences.empty()) {
    return std::nullopt;
  }
  Json rows = Json::array();
  std::vector<std::string> outcomes;
  // The policies' colours are those of the chart above.
  std::vector<std::string> policies;
  policies.reserve(context.results->policies.size());
  for (const PolicyResult& p : context.results->policies) policies.push_back(p.name);
  for (const PairedDifference& d : context.results->comparison->differences) {
    if (std::find(outcomes.begin(), outcomes.end(), d.outcome) == outcomes.end()) {
      outcomes.push_back(d.outcome);
    }
    if (std::find(policies.begin(), policies.end(), d.policy) == policies.end()) {
      policies.push_back(d.policy);
    }
    rows.push_back({{"panel", d.outcome},
                    {"line", d.policy},
                    {"centre", rounded(d.difference)},
                    {"lo", rounded(d.low.value_or(d.difference))},
                    {"hi", rounded(d.high.value_or(d.difference))}});
  }
  return Chart{"paired_differences",
               interval_chart(std::move(rows), {"", "", "", outcomes, policies}, true)};
}

}  // namespace

std::optional<Section> policy_section(const ReportContext& context) {
  if (context.results->policies.size() < 2) return std::nullopt;
  const std::vector<Column> cols = columns(context);
  if (cols.empty()) return std::nullopt;
  std::vector<std::string> panels;
  panels.reserve(cols.size());
  for (const Column& c : cols) panels.push_back(c.label);
  std::vector<std::string> policies;
  policies.reserve(context.results->policies.size());
  for (const PolicyResult& p : context.results->policies) policies.push_back(p.name);
  const Axes axes{"", "", "", panels, policies};
  Section section{"policies", context.t("section.policies"), "", {}};
  section.charts.push_back({"policies", interval_chart(interval_rows(context, cols), axes, false)});
  section.html = chart_figure("policies", context.t("caption.policies"));
  if (std::optional<Chart> paired = paired_chart(context)) {
    const Comparison& comparison = *context.results->comparison;
    section.html += chart_figure(
        paired->id, fmt::format(fmt::runtime(context.t("caption.paired")),
                                fixed(comparison.confidence * 100.0, 0), comparison.baseline));
    section.charts.push_back(std::move(*paired));
  }
  section.html += "<p>" + escape_html(context.t("policies.table_note")) + "</p>\n" +
                  comparison_table(context, cols);
  return section;
}

}  // namespace umbrella::report
