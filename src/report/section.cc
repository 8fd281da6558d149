#include "report/section.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/html.h"
#include "report/number_format.h"

namespace umbrella::report {

std::string chart_figure(const std::string& chart_id, const std::string& caption) {
  return fmt::format(
      "<figure><div class=\"chart\" data-chart=\"{}\"></div><figcaption>{}</figcaption></figure>\n",
      escape_html(chart_id), escape_html(caption));
}

std::string format_value(const std::string& outcome, double value) {
  if (outcome.starts_with("p_")) return percent(value, 1);
  if (outcome == "nuclear_armed_states" || outcome == "warheads") return fixed(value, 2);
  return fixed(value, 3);
}

std::string value_cell(const PolicyResult& policy, const std::string& outcome,
                       const std::string& subject, int year, Lang lang, const std::string& note) {
  const SeriesSummary* series = policy.summary.find(outcome, subject);
  if (series == nullptr) return "<td class=\"num\">-</td>";
  const double value = policy.summary.mean(outcome, subject, year);
  const auto& years = policy.summary.years;
  const auto y =
      static_cast<std::size_t>(std::find(years.begin(), years.end(), year) - years.begin());
  const std::string band =
      fmt::format("{} {} – {}", text(lang, "band.90"), format_value(outcome, series->p05[y]),
                  format_value(outcome, series->p95[y]));
  return fmt::format(
      "<td class=\"num\" title=\"{}\" data-policy=\"{}\" data-outcome=\"{}\" data-subject=\"{}\" "
      "data-year=\"{}\" data-value=\"{}\">{}{}</td>",
      escape_html(band), escape_html(policy.name), escape_html(outcome), escape_html(subject), year,
      exact(value), format_value(outcome, value), note);
}

}  // namespace umbrella::report
