// The headline answers: the run in one line, then the numbers the essay asks about for the
// reference policy, each cell carrying the value it shows at full precision.
#include <fmt/format.h>

#include <algorithm>

#include "report/html.h"
#include "report/section.h"

namespace umbrella::report {
namespace {

struct Column {
  std::string outcome;
  int year;
  const char* header_key;  // a text with "{}" for the year
};

std::string table(const ReportContext& context, const std::string& first_header,
                  const std::vector<std::pair<std::string, std::string>>& rows,
                  const std::vector<Column>& columns) {
  std::string html =
      "<table class=\"numbers\"><thead><tr><th>" + escape_html(first_header) + "</th>";
  for (const Column& c : columns) {
    html +=
        "<th>" + escape_html(fmt::format(fmt::runtime(context.t(c.header_key)), c.year)) + "</th>";
  }
  html += "</tr></thead><tbody>\n";
  for (const auto& [subject, label] : rows) {
    html += "<tr><th>" + escape_html(label) + "</th>";
    for (const Column& c : columns) {
      html += value_cell(context.reference(), c.outcome, subject, c.year, context.lang);
    }
    html += "</tr>\n";
  }
  return html + "</tbody></table>\n";
}

std::string run_line(const ReportContext& context) {
  const Summary& s = context.reference().summary;
  std::string line =
      fmt::format("{} · {} {} · {} {} · {}–{}", s.scenario, context.t("run.seed"), s.seed,
                  s.replicates, context.t("run.replicates"), s.years.front(), s.years.back());
  if (s.sample_uncertainty) line += " · " + context.t("run.sampled");
  std::string html = "<p class=\"run\">" + escape_html(line) + "</p>\n";
  if (!s.sample_uncertainty) html += "<p>" + escape_html(context.t("run.fixed")) + "</p>\n";
  if (context.results->policies.size() > 1) {
    html += "<p>" +
            escape_html(fmt::format(fmt::runtime(context.t("headline.reference")),
                                    context.reference().name)) +
            "</p>\n";
  }
  return html;
}

}  // namespace

std::optional<Section> headline_section(const ReportContext& context) {
  const Summary& s = context.reference().summary;
  const int first = s.years.front();
  const int last = s.years.back();
  const int milestone = context.milestone;
  std::string html = run_line(context);

  std::vector<std::pair<std::string, std::string>> allies;
  for (const std::string& code : subjects_of(s, "credibility")) {
    allies.emplace_back(code, state_name(context.lang, code));
  }
  if (!allies.empty()) {
    html += "<h3>" + escape_html(context.t("headline.allies")) + "</h3>\n";
    html += table(context, context.t("col.state"), allies,
                  {{"credibility", first, "col.credibility_in"},
                   {"credibility", milestone, "col.credibility_in"},
                   {"p_pursuit", milestone, "col.pursuit_in"},
                   {"p_acquired", last, "col.acquired_in"}});
  }

  std::vector<std::pair<std::string, std::string>> world;
  for (const char* outcome : {"nuclear_armed_states", "npt_strength"}) {
    if (s.find(outcome, "world") != nullptr) {
      world.emplace_back(outcome, context.t(std::string("outcome.") + outcome));
    }
  }
  if (!world.empty()) {
    html += "<h3>" + escape_html(context.t("headline.world")) + "</h3>\n";
    // Each row is an outcome of the world: the table's columns are years, each once (a run that
    // ends at the milestone has two, not the milestone twice).
    std::vector<int> years = {first, milestone, last};
    years.erase(std::unique(years.begin(), years.end()), years.end());
    html += "<table class=\"numbers\"><thead><tr><th></th>";
    for (const int year : years) html += fmt::format("<th>{}</th>", year);
    html += "</tr></thead><tbody>\n";
    for (const auto& [outcome, label] : world) {
      html += "<tr><th>" + escape_html(label) + "</th>";
      for (const int year : years) {
        html += value_cell(context.reference(), outcome, "world", year, context.lang);
      }
      html += "</tr>\n";
    }
    html += "</tbody></table>\n";
  }

  std::vector<std::pair<std::string, std::string>> flashpoints;
  for (const std::string& id : subjects_of(s, "p_crisis")) flashpoints.emplace_back(id, id);
  if (!flashpoints.empty()) {
    html += "<h3>" + escape_html(context.t("headline.flashpoints")) + "</h3>\n";
    html += table(context, context.t("col.flashpoint"), flashpoints,
                  {{"p_crisis", milestone, "col.crisis_in"},
                   {"p_invasion", milestone, "col.invasion_in"},
                   {"p_nuclear_use", milestone, "col.nuclear_use_in"}});
  }
  return Section{"summary", context.t("section.summary"), html, {}};
}

}  // namespace umbrella::report
