#pragma once
// The outcomes the policies are compared on, one list for the policy comparison's two figures
// and its table and for the crisis section, so that they show the same outcomes in the same
// years: with comparison.json, the experiment's outcomes (each policy's mean, and its paired
// difference from the baseline); without it, the essay's key outcomes from the summaries.
#include <optional>
#include <string>
#include <vector>

#include "report/outcome_labels.h"
#include "report/section.h"

namespace umbrella::report {

struct ComparedOutcome {
  std::string id;  // the comparison's outcome ("NAME", "NAME (share)"), or the series' name
  OutcomeLabel label;
  // Where the summaries hold it: a series in a year (their means and 90% bands).
  std::string series;
  std::string subject;
  std::optional<int> year;
};

std::vector<ComparedOutcome> compared_outcomes(const ReportContext& context);

// The policies in the order of their colours: the summaries', then any only the comparison has.
std::vector<std::string> policy_order(const ReportContext& context);

// Chart rows {group, panel, outcome, line, centre, lo, hi}, percent units times 100:
// each policy's mean with the summaries' 90% band (none for outcomes the summaries do not hold
// at a year: lo = hi = centre).
Json mean_rows(const ReportContext& context, const std::vector<ComparedOutcome>& outcomes);
// Each policy's paired difference from the baseline with its interval (comparison.json).
Json paired_rows(const ReportContext& context, const std::vector<ComparedOutcome>& outcomes);

// The topics present in `outcomes`, titled, in kTopics order; and the panels in order.
std::vector<std::string> group_titles(const ReportContext& context,
                                      const std::vector<ComparedOutcome>& outcomes);
std::vector<std::string> panel_labels(const std::vector<ComparedOutcome>& outcomes);

// A difference as the tables print it: "+1.20 pp [+0.30, +2.10]" (pp for percent units).
std::string difference_text(const PairedDifference& d, Unit unit);
// A mean as the tables print it, in the unit of the charts: "12.3%", "9.67".
std::string mean_text(double value, Unit unit);

}  // namespace umbrella::report
