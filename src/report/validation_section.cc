// The model against the historical record, when the results folder holds a backcast: the
// cumulative number of states at each stage, observed and simulated; the held-out scores of the
// fitted hazards beside the two nulls; a reliability diagram (docs/validation.md).
#include <fmt/format.h>

#include "report/chart_specs.h"
#include "report/html.h"
#include "report/number_format.h"
#include "report/section.h"

namespace umbrella::report {
namespace {

Json count_rows(const Validation& v, const ReportContext& context) {
  Json rows = Json::array();
  for (const StageCounts& c : v.counts) {
    const std::string panel = context.t("stage." + c.stage);
    for (std::size_t y = 0; y < v.years.size(); ++y) {
      rows.push_back({{"panel", panel},
                      {"line", context.t("line.record")},
                      {"year", v.years[y]},
                      {"centre", c.observed[y]},
                      {"lo", c.observed[y]},
                      {"hi", c.observed[y]}});
      rows.push_back({{"panel", panel},
                      {"line", context.t("line.simulated")},
                      {"year", v.years[y]},
                      {"centre", rounded(c.mean[y])},
                      {"lo", c.p05[y]},
                      {"hi", c.p95[y]}});
    }
  }
  return rows;
}

std::string scores_table(const Validation& v, const ReportContext& context) {
  std::string html = fmt::format(
      "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>Brier</th><th>{}</th>"
      "<th>AUC</th></tr></thead><tbody>",
      escape_html(context.t("column.model")), escape_html(context.t("column.stage")),
      escape_html(context.t("column.at_risk")), escape_html(context.t("column.onsets")),
      escape_html(context.t("column.log_score")));
  for (const HeldOutScore& s : v.scores) {
    html += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        escape_html(context.t("model." + s.model)), escape_html(context.t("stage." + s.stage)),
        s.states, s.onsets, fixed(s.brier, 4), fixed(s.log_score, 4),
        s.auc ? fixed(*s.auc, 3) : std::string("-"));
  }
  return html + "</tbody></table>";
}

}  // namespace

std::optional<Section> validation_section(const ReportContext& context) {
  if (!context.results->validation) return std::nullopt;
  const Validation& v = *context.results->validation;
  Section section{"validation", context.t("section.validation"), "", {}};
  std::vector<std::string> panels;
  for (const StageCounts& c : v.counts) panels.push_back(context.t("stage." + c.stage));
  const Axes counts{context.t("axis.year"),
                    context.t("axis.states"),
                    "",
                    panels,
                    {context.t("line.record"), context.t("line.simulated")}};
  section.charts.push_back({"validation_counts", fan_chart(count_rows(v, context), counts, false)});
  section.html += chart_figure(
      "validation_counts",
      fmt::format(fmt::runtime(context.t("caption.validation_counts")), v.train_until));
  section.html += "<p>" +
                  escape_html(fmt::format(fmt::runtime(context.t("caption.validation_scores")),
                                          v.train_until + 1, v.last_year)) +
                  "</p>" + scores_table(v, context);
  Json bins = Json::array();
  for (const ReliabilityPoint& p : v.reliability) {
    bins.push_back({{"predicted", rounded(p.mean_predicted)},
                    {"observed", rounded(p.observed)},
                    {"count", p.count}});
  }
  const Axes reliability{context.t("axis.predicted"), context.t("axis.observed"), "", {}, {}};
  section.charts.push_back({"validation_reliability", reliability_chart(bins, reliability)});
  section.html +=
      chart_figure("validation_reliability", context.t("caption.validation_reliability"));
  return section;
}

}  // namespace umbrella::report
