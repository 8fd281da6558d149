// The yearly outcomes of the reference policy as fan charts: the allies, the world, the crises.
#include <algorithm>

#include "report/chart_specs.h"
#include "report/section.h"

namespace umbrella::report {
namespace {

std::vector<std::string> panels_of(const std::vector<BandSeries>& series) {
  std::vector<std::string> panels;
  for (const BandSeries& s : series) {
    if (std::find(panels.begin(), panels.end(), s.panel) == panels.end()) panels.push_back(s.panel);
  }
  return panels;
}

std::vector<std::string> lines_of(const std::vector<BandSeries>& series) {
  std::vector<std::string> lines;
  for (const BandSeries& s : series) {
    if (std::find(lines.begin(), lines.end(), s.line) == lines.end()) lines.push_back(s.line);
  }
  return lines;
}

bool has_quartiles(const Summary& summary, const std::vector<BandSeries>& series) {
  const SeriesSummary* first = summary.find(series.front().outcome, series.front().subject);
  return first != nullptr && !first->p50.empty();
}

// A fan chart of `series`, one panel per subject, or nothing when the summary has none of them.
std::optional<Chart> fan(const ReportContext& context, const std::string& id,
                         const std::vector<BandSeries>& series, const char* y_title_key,
                         const char* y_format) {
  const Summary& summary = context.reference().summary;
  Json rows = band_rows(summary, series);
  if (rows.empty()) return std::nullopt;
  const Axes axes{context.t("axis.year"), context.t(y_title_key), y_format, panels_of(series),
                  lines_of(series)};
  return Chart{id, fan_chart(std::move(rows), axes, has_quartiles(summary, series))};
}

void add(Section& section, std::optional<Chart> chart, const std::string& caption) {
  if (!chart) return;
  section.html += chart_figure(chart->id, caption);
  section.charts.push_back(std::move(*chart));
}

std::optional<Section> nonempty(Section section) {
  if (section.charts.empty()) return std::nullopt;
  return section;
}

}  // namespace

std::optional<Section> allies_section(const ReportContext& context) {
  const Summary& summary = context.reference().summary;
  const std::vector<std::string> allies = subjects_of(summary, "credibility");
  if (allies.empty()) return std::nullopt;
  std::vector<BandSeries> credibility;
  std::vector<BandSeries> proliferation;
  for (const std::string& code : allies) {
    const std::string name = state_name(context.lang, code);
    credibility.push_back({"credibility", code, name, context.t("outcome.credibility")});
    for (const char* outcome : {"p_pursuit", "p_acquired"}) {
      proliferation.push_back({outcome, code, name, context.t(std::string("outcome.") + outcome)});
    }
  }
  Section section{"allies", context.t("section.allies"), "", {}};
  add(section, fan(context, "credibility", credibility, "outcome.credibility", ".2f"),
      context.t("caption.credibility"));
  add(section, fan(context, "proliferation", proliferation, "axis.probability", ".0%"),
      context.t("caption.proliferation"));
  return nonempty(std::move(section));
}

std::optional<Section> world_section(const ReportContext& context) {
  Section section{"world", context.t("section.world"), "", {}};
  const std::string& armed = context.t("outcome.nuclear_armed_states");
  const std::string& npt = context.t("outcome.npt_strength");
  add(section,
      fan(context, "armed_states", {{"nuclear_armed_states", "world", armed, armed}},
          "outcome.nuclear_armed_states", ""),
      context.t("caption.armed_states"));
  add(section,
      fan(context, "npt_strength", {{"npt_strength", "world", npt, npt}}, "outcome.npt_strength",
          ".2f"),
      context.t("caption.npt_strength"));
  return nonempty(std::move(section));
}

std::optional<Section> crises_section(const ReportContext& context) {
  const Summary& summary = context.reference().summary;
  const std::vector<std::string> flashpoints = subjects_of(summary, "p_crisis");
  if (flashpoints.empty()) return std::nullopt;
  std::vector<BandSeries> outcomes;
  std::vector<BandSeries> highest;
  for (const std::string& id : flashpoints) {
    for (const char* outcome :
         {"p_crisis", "p_invasion", "p_invasion_success", "p_coercion", "p_nuclear_use"}) {
      outcomes.push_back({outcome, id, id, context.t(std::string("outcome.") + outcome)});
    }
    // The ladder's groups from the lowest to the highest (docs/outputs.md).
    for (const char* group : {"coercion", "conventional", "nuclear_threshold", "limited_nuclear",
                              "theater_nuclear_war", "strategic_exchange"}) {
      const std::string outcome = std::string("p_highest_") + group;
      if (summary.find(outcome, id) != nullptr) {
        highest.push_back({outcome, id, id, context.t(std::string("group.") + group)});
      }
    }
  }
  Section section{"crises", context.t("section.crises"), "", {}};
  add(section, fan(context, "crisis_outcomes", outcomes, "axis.probability", ".1%"),
      context.t("caption.crisis_outcomes"));
  Json rows = share_rows(summary, highest);
  if (!rows.empty()) {
    const Axes axes{context.t("axis.year"), context.t("axis.probability"), ".1%",
                    panels_of(highest), lines_of(highest)};
    add(section, Chart{"highest_rung", stacked_share_chart(std::move(rows), axes)},
        context.t("caption.highest_rung"));
  }
  return nonempty(std::move(section));
}

}  // namespace umbrella::report
