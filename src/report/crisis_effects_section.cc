// Crises, invasions and nuclear use under each policy, right after the answers: the experiments
// measure them, but among twenty outcomes of the policy comparison they would be read last.
#include <fmt/format.h>

#include <algorithm>

#include "report/chart_specs.h"
#include "report/compared_outcomes.h"
#include "report/html.h"
#include "report/number_format.h"
#include "report/section.h"

namespace umbrella::report {

std::optional<Section> crisis_effects_section(const ReportContext& context) {
  if (!context.results->comparison || context.results->comparison->differences.empty()) {
    return std::nullopt;
  }
  const Comparison& c = *context.results->comparison;
  std::vector<ComparedOutcome> crises = compared_outcomes(context);
  std::erase_if(crises, [](const ComparedOutcome& o) { return o.label.topic != Topic::crisis; });
  if (crises.empty()) return std::nullopt;

  std::vector<std::string> policies = policy_order(context);
  std::erase(policies, c.baseline);
  std::string html = "<p>" +
                     escape_html(fmt::format(fmt::runtime(context.t("crisis_effects.intro")),
                                             fixed(c.confidence * 100.0, 0), c.baseline)) +
                     "</p>\n<div class=\"wide\"><table class=\"numbers sticky\"><thead><tr><th>" +
                     escape_html(context.t("col.outcome")) + "</th><th>" + escape_html(c.baseline) +
                     "</th>";
  for (const std::string& p : policies) html += "<th>" + escape_html(p) + "</th>";
  html += "</tr></thead><tbody>\n";
  for (const ComparedOutcome& o : crises) {
    std::string base = "-";
    std::string cells;
    for (const std::string& p : policies) {
      const auto d = std::find_if(
          c.differences.begin(), c.differences.end(),
          [&](const PairedDifference& x) { return x.policy == p && x.outcome == o.id; });
      if (d == c.differences.end()) {
        cells += "<td class=\"num\">-</td>";
        continue;
      }
      if (d->baseline_mean) base = mean_text(*d->baseline_mean, o.label.unit);
      cells += "<td class=\"num\">" + escape_html(difference_text(*d, o.label.unit)) + "</td>";
    }
    html += "<tr><th>" + escape_html(o.label.text) + "</th><td class=\"num\">" + escape_html(base) +
            "</td>" + cells + "</tr>\n";
  }
  html += "</tbody></table></div>\n";

  const Axes axes{"", "", "", panel_labels(crises), policy_order(context)};
  Section section{"crisis_effects", context.t("section.crisis_effects"), html, {}};
  section.charts.push_back(
      {"crisis_effects", interval_chart(paired_rows(context, crises), axes, true)});
  section.html +=
      chart_figure("crisis_effects", fmt::format(fmt::runtime(context.t("caption.crisis_effects")),
                                                 fixed(c.confidence * 100.0, 0), c.baseline));
  return section;
}

}  // namespace umbrella::report
