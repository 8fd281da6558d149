#pragma once
// A section of the report: a heading, HTML, and the charts its HTML places. Each builder returns
// nothing when its data is absent (no crises recorded, one policy only, no sensitivity file), so
// the report shows only what the results hold.
#include <optional>
#include <string>
#include <vector>

#include "report/chart_data.h"
#include "report/results_dir.h"
#include "report/scenario_facts.h"
#include "report/translations.h"

namespace umbrella::report {

struct Chart {
  std::string id;  // unique in the report; names the exported files
  Json spec;       // Vega-Lite
};

struct Section {
  std::string id;
  std::string title;
  std::string html;
  std::vector<Chart> charts;
};

struct ReportContext {
  Lang lang = Lang::en;
  int milestone = 2035;  // a year of the results
  const Results* results = nullptr;
  const ScenarioFacts* facts = nullptr;  // null when the scenario is not at hand

  const std::string& t(std::string_view key) const { return text(lang, key); }
  const PolicyResult& reference() const { return results->policies.front(); }
};

// The placeholder a chart is drawn into, with its caption.
std::string chart_figure(const std::string& chart_id, const std::string& caption);

// A table cell showing a summary's mean, carrying what the browser check compares with the
// results: policy, outcome, subject, year and the value at full precision, followed by `note`
// (HTML). "-" when absent.
std::string value_cell(const PolicyResult& policy, const std::string& outcome,
                       const std::string& subject, int year, Lang lang,
                       const std::string& note = "");

// How a value prints: probabilities as percentages with one decimal, regime strength and
// credibility with three decimals, counts with two.
std::string format_value(const std::string& outcome, double value);

std::optional<Section> answers_section(const ReportContext& context);
std::optional<Section> crisis_effects_section(const ReportContext& context);
std::optional<Section> headline_section(const ReportContext& context);
std::optional<Section> allies_section(const ReportContext& context);
std::optional<Section> world_section(const ReportContext& context);
std::optional<Section> crises_section(const ReportContext& context);
std::optional<Section> policy_section(const ReportContext& context);
std::optional<Section> sensitivity_section(const ReportContext& context);
std::optional<Section> validation_section(const ReportContext& context);
std::optional<Section> narrative_section(const ReportContext& context);
std::optional<Section> assumptions_section(const ReportContext& context);

}  // namespace umbrella::report
