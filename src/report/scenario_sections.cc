// What the scenario says: the story of a representative replicate, and the assumptions table
// (every parameter with its value, range and source; views; levers; changes against the
// baseline). Both need the scenario files the run names.
#include <fmt/format.h>

#include "report/html.h"
#include "report/number_format.h"
#include "report/section.h"

namespace umbrella::report {
namespace {

std::string row(const std::vector<std::string>& cells, const std::string& css_class = "") {
  std::string html = css_class.empty() ? "<tr>" : "<tr class=\"" + css_class + "\">";
  for (const std::string& cell : cells) html += "<td>" + escape_html(cell) + "</td>";
  return html + "</tr>\n";
}

std::string header(const ReportContext& context, const std::vector<const char*>& keys) {
  std::string html = "<thead><tr>";
  for (const char* key : keys) html += "<th>" + escape_html(context.t(key)) + "</th>";
  return html + "</tr></thead>\n";
}

std::string changes(const ReportContext& context, const ScenarioFacts& facts) {
  std::string html = "<h3>" + escape_html(context.t("assumptions.changes")) + "</h3>\n";
  std::string rows;
  for (const ParameterRow& p : facts.parameters) {
    if (!p.changed) continue;
    rows += row({p.name, exact(p.baseline_value) + " → " + exact(p.value),
                 p.set_by.empty() ? context.t("assumptions.by_overlay") : p.set_by});
  }
  for (const AssumptionRow& a : facts.assumptions) {
    if (a.chosen) rows += row({a.name, a.view, context.t("assumptions.by_command_line")});
  }
  for (const EventRow& e : facts.added_events) {
    rows += row({e.date + " " + e.topic, e.text, context.t("assumptions.event_added")});
  }
  if (rows.empty())
    return html + "<p>" + escape_html(context.t("assumptions.no_changes")) + "</p>\n";
  return html + "<table>" + header(context, {"col.item", "col.change", "col.cause"}) + "<tbody>\n" +
         rows + "</tbody></table>\n";
}

std::string levers(const ReportContext& context, const ScenarioFacts& facts) {
  if (facts.levers.empty()) return "";
  std::string html =
      "<h3>" + escape_html(context.t("assumptions.levers")) + "</h3>\n<table>" +
      header(context, {"col.lever", "col.description", "col.from", "col.sets", "col.source"}) +
      "<tbody>\n";
  for (const LeverRow& l : facts.levers) {
    std::string sets;
    for (const auto& [param, value] : l.parameters) {
      sets += (sets.empty() ? "" : "; ") + param + " = " + exact(value);
    }
    if (l.events > 0) {
      sets += (sets.empty() ? "" : "; ") +
              fmt::format(fmt::runtime(context.t("assumptions.lever_events")), l.events);
    }
    html += row({l.name, l.description, std::to_string(l.from_year), sets, l.source});
  }
  return html + "</tbody></table>\n";
}

std::string views(const ReportContext& context, const ScenarioFacts& facts) {
  if (facts.assumptions.empty()) return "";
  std::string html =
      "<h3>" + escape_html(context.t("assumptions.views")) + "</h3>\n<table>" +
      header(context, {"col.assumption", "col.view", "col.description", "col.source"}) +
      "<tbody>\n";
  for (const AssumptionRow& a : facts.assumptions) {
    html += row({a.name, a.view, a.description + " — " + a.view_description, a.source},
                a.chosen ? "changed" : "");
  }
  return html + "</tbody></table>\n";
}

std::string parameters(const ReportContext& context, const ScenarioFacts& facts) {
  // Some 80 rows: closed until asked for, so the sections after it stay in reach.
  std::string html =
      "<h3>" + escape_html(context.t("assumptions.parameters")) +
      "</h3>\n<details class=\"parameters\"><summary>" +
      escape_html(fmt::format(fmt::runtime(context.t("assumptions.parameters_count")),
                              facts.parameters.size())) +
      "</summary>\n<div class=\"wide\"><table class=\"parameters sticky\">" +
      header(context, {"col.parameter", "col.meaning", "col.value", "col.range",
                       "col.baseline_value", "col.source"}) +
      "<tbody>\n";
  for (const ParameterRow& p : facts.parameters) {
    const std::string range =
        p.distribution == "fixed"
            ? context.t("assumptions.fixed")
            : fmt::format("{} – {} ({})", exact(p.lower), exact(p.upper), p.distribution);
    html += row({p.name, p.meaning, exact(p.value), range, p.changed ? exact(p.baseline_value) : "",
                 p.source},
                p.changed ? "changed" : "");
  }
  return html + "</tbody></table></div>\n</details>\n";
}

}  // namespace

std::optional<Section> narrative_section(const ReportContext& context) {
  if (context.facts == nullptr) return std::nullopt;
  const ScenarioFacts& facts = *context.facts;
  const std::string intro = fmt::format(fmt::runtime(context.t("narrative.intro")),
                                        facts.narrative_replicate, context.reference().name);
  return Section{"narrative",
                 context.t("section.narrative"),
                 "<p>" + escape_html(intro) + "</p>\n<pre class=\"narrative\">" +
                     escape_html(facts.narrative) + "</pre>\n",
                 {}};
}

std::optional<Section> assumptions_section(const ReportContext& context) {
  if (context.facts == nullptr) return std::nullopt;
  const ScenarioFacts& facts = *context.facts;
  std::string files;
  for (const std::string& f : facts.files) files += (files.empty() ? "" : ", ") + f;
  std::string html = "<p>" + escape_html(facts.name + ": " + facts.description) + "</p>\n<p>" +
                     escape_html(context.t("assumptions.files") + " " + files) + "</p>\n";
  html += changes(context, facts) + levers(context, facts) + views(context, facts) +
          parameters(context, facts);
  return Section{"assumptions", context.t("section.assumptions"), html, {}};
}

}  // namespace umbrella::report
