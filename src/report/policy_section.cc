// The policies side by side, one outcome per row, grouped by the question it answers: each
// policy's mean with the summaries' 90% band, then (with comparison.json) its paired difference
// from the baseline with its interval, on the same outcomes and years, and a table of both.
#include <fmt/format.h>

#include <algorithm>

#include "report/chart_specs.h"
#include "report/compared_outcomes.h"
#include "report/html.h"
#include "report/number_format.h"
#include "report/section.h"

namespace umbrella::report {
namespace {

const PairedDifference* find_difference(const ReportContext& context, const std::string& policy,
                                        const std::string& outcome) {
  if (!context.results->comparison) return nullptr;
  for (const PairedDifference& d : context.results->comparison->differences) {
    if (d.policy == policy && d.outcome == outcome) return &d;
  }
  return nullptr;
}

// A policy's mean on an outcome: the summary's (a checked cell) where it holds it at the year,
// else the comparison's; below it, the paired difference from the baseline with its interval,
// or without comparison.json the difference of the means.
std::string cell(const ReportContext& context, const PolicyResult& policy,
                 const ComparedOutcome& o) {
  const bool reference = &policy == &context.reference();
  const PairedDifference* paired = find_difference(context, policy.name, o.id);
  std::string note;
  if (paired != nullptr) {
    note = "<br><span class=\"diff\">" + escape_html(difference_text(*paired, o.label.unit)) +
           "</span>";
  } else if (!reference && o.year && policy.summary.find(o.series, o.subject) != nullptr) {
    const double delta = policy.summary.mean(o.series, o.subject, *o.year) -
                         context.reference().summary.mean(o.series, o.subject, *o.year);
    PairedDifference unpaired{policy.name, o.id, "", "", delta, {}, {}, {}, {}};
    note = "<br><span class=\"diff\">" + escape_html(difference_text(unpaired, o.label.unit)) +
           "</span>";
  }
  if (o.year && policy.summary.find(o.series, o.subject) != nullptr) {
    return value_cell(policy, o.series, o.subject, *o.year, context.lang, note);
  }
  const Comparison* c = context.results->comparison ? &*context.results->comparison : nullptr;
  std::optional<double> mean;
  if (c != nullptr) {
    for (const PairedDifference& d : c->differences) {
      if (d.outcome != o.id) continue;
      if (policy.name == c->baseline && d.baseline_mean) mean = d.baseline_mean;
      if (d.policy == policy.name && d.policy_mean) mean = d.policy_mean;
    }
  }
  return "<td class=\"num\">" + (mean ? mean_text(*mean, o.label.unit) : std::string("-")) + note +
         "</td>";
}

std::string comparison_table(const ReportContext& context,
                             const std::vector<ComparedOutcome>& outcomes) {
  const auto& policies = context.results->policies;
  std::string html = "<div class=\"wide\"><table class=\"numbers sticky\"><thead><tr><th>" +
                     escape_html(context.t("col.outcome")) + "</th>";
  for (const PolicyResult& p : policies) html += "<th>" + escape_html(p.name) + "</th>";
  html += "</tr></thead><tbody>\n";
  std::string group;
  for (const ComparedOutcome& o : outcomes) {
    const std::string& title = topic_title(o.label.topic, context.lang);
    if (title != group) {
      group = title;
      html += fmt::format("<tr class=\"group\"><th colspan=\"{}\">{}</th></tr>\n",
                          policies.size() + 1, escape_html(title));
    }
    html += "<tr><th>" + escape_html(o.label.text) + "</th>";
    for (const PolicyResult& p : policies) html += cell(context, p, o);
    html += "</tr>\n";
  }
  return html + "</tbody></table></div>\n";
}

}  // namespace

std::optional<Section> policy_section(const ReportContext& context) {
  if (context.results->policies.size() < 2) return std::nullopt;
  const std::vector<ComparedOutcome> outcomes = compared_outcomes(context);
  if (outcomes.empty()) return std::nullopt;
  const std::vector<std::string> groups = group_titles(context, outcomes);
  const Axes axes{"", "", "", panel_labels(outcomes), policy_order(context)};
  Section section{"policies", context.t("section.policies"), "", {}};
  Json means = mean_rows(context, outcomes);
  if (!means.empty()) {
    section.charts.push_back(
        {"policies", grouped_interval_chart(std::move(means), groups, axes, false)});
    section.html = chart_figure("policies", context.t("caption.policies"));
  }
  Json paired = paired_rows(context, outcomes);
  if (!paired.empty()) {
    const Comparison& comparison = *context.results->comparison;
    section.charts.push_back(
        {"paired_differences", grouped_interval_chart(std::move(paired), groups, axes, true)});
    section.html +=
        chart_figure("paired_differences",
                     fmt::format(fmt::runtime(context.t("caption.paired")),
                                 fixed(comparison.confidence * 100.0, 0), comparison.baseline));
  }
  section.html += "<p>" + escape_html(context.t("policies.table_note")) + "</p>\n" +
                  comparison_table(context, outcomes);
  return section;
}

}  // namespace umbrella::report
