#include "report/report_document.h"

#include <fmt/format.h>

#include "report/html.h"

namespace umbrella::report {
namespace {

// Scripts may run only from the page itself and nothing may be fetched: a report that tried to
// reach the network would fail its browser check instead of silently depending on it. Vega
// compiles its expressions with Function, hence 'unsafe-eval'.
constexpr const char* kContentPolicy =
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
    "img-src data: blob:";

constexpr const char* kStyle = R"(
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 0 1.5rem 3rem; color: #1d1d1f; }
header { border-bottom: 2px solid #1d1d1f; margin-bottom: 1rem; }
h1 { margin-bottom: .2rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
nav ol { columns: 2; }
figure { margin: 1rem 0 2rem; }
figcaption { color: #555; font-size: .9rem; max-width: 60rem; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: .9rem; }
th, td { border-bottom: 1px solid #e0e0e0; padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.diff { color: #666; font-size: .8rem; }
tr.changed { background: #fff6d5; }
.wide { overflow-x: auto; max-width: 100%; }
table.sticky th:first-child { position: sticky; left: 0; background: #fff; z-index: 1; min-width: 13rem; }
tr.group th { background: #f2f2f2; text-align: left; }
pre.narrative { background: #f6f6f6; padding: 1rem; overflow: auto; max-height: 40rem; font-size: .8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
details.parameters > summary { cursor: pointer; font-weight: 600; margin: 1rem 0 .5rem; }
a.csv { display: block; font-size: .8rem; }
p.run { font-weight: 600; }
)";

std::string charts_json(const std::vector<Section>& sections) {
  Json charts = Json::object();
  for (const Section& section : sections) {
    for (const Chart& chart : section.charts) charts[chart.id] = chart.spec;
  }
  return json_for_script(charts.dump());
}

// vega-embed's menu, in the report's language.
std::string embed_texts(const ReportContext& context) {
  Json texts = {{"CLICK_TO_VIEW_ACTIONS", context.t("embed.menu")},
                {"PNG_ACTION", context.t("embed.png")},
                {"SVG_ACTION", context.t("embed.svg")},
                {"CSV_LINK", context.t("csv.download")}};
  return json_for_script(texts.dump());
}

std::vector<Section> sections(const ReportContext& context) {
  std::vector<Section> out;
  for (auto* build : {answers_section, crisis_effects_section, headline_section, allies_section,
                      world_section, crises_section, policy_section, sensitivity_section,
                      validation_section, narrative_section, assumptions_section}) {
    if (std::optional<Section> section = build(context)) out.push_back(std::move(*section));
  }
  return out;
}

}  // namespace

std::string report_html(const ReportContext& context, const std::vector<Script>& scripts) {
  const std::vector<Section> parts = sections(context);
  const std::string title =
      fmt::format("{} — {}", context.t("report.title"), context.reference().summary.scenario);
  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n<title>{}</title>\n"
      "<style>{}</style>\n</head>\n<body>\n<header><h1>{}</h1><p>{}</p></header>\n<nav><ol>\n",
      code(context.lang), kContentPolicy, escape_html(title), kStyle, escape_html(title),
      escape_html(context.t("report.subtitle")));
  for (const Section& s : parts) {
    html += fmt::format("<li><a href=\"#{}\">{}</a></li>\n", s.id, escape_html(s.title));
  }
  html += "</ol></nav>\n<main>\n";
  for (const Section& s : parts) {
    html += fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n{}</section>\n", s.id,
                        escape_html(s.title), s.html);
  }
  html += "</main>\n";
  html += "<script type=\"application/json\" id=\"umbrella-charts\">" + charts_json(parts) +
          "</script>\n";
  html += "<script type=\"application/json\" id=\"umbrella-embed-texts\">" + embed_texts(context) +
          "</script>\n";
  for (const Script& script : scripts) {
    html += "<script>/* " + script.name + " */\n" + script.code + "\n</script>\n";
  }
  return html + "</body>\n</html>\n";
}

}  // namespace umbrella::report
