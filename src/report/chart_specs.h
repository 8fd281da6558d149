#pragma once
// Vega-Lite specifications of the report's charts, with their data inline. Every order (panels,
// lines, bars) is given explicitly, so a chart never depends on how a browser sorts.
#include <string>
#include <vector>

#include "report/chart_data.h"

namespace umbrella::report {

struct Axes {
  std::string x_title;
  std::string y_title;
  std::string y_format;             // a d3 format: ".0%", ".2f"; empty for the default
  std::vector<std::string> panels;  // small multiples, in this order
  std::vector<std::string> lines;   // colours, in this order
};

// Median (or share) lines over years with their 90% band and, for quantities, the 50% band;
// one panel per `panel` (band_rows).
Json fan_chart(Json rows, const Axes& axes, bool quartiles);
// Shares stacked by year, one colour per line in `lines` order (share_rows).
Json stacked_share_chart(Json rows, const Axes& axes);
// For each panel, one row per line (a policy): a dot at `centre` and a rule from `lo` to `hi`;
// each panel has its own value scale. Differences get a dashed rule at zero.
Json interval_chart(Json rows, const Axes& axes, bool differences);
// The same, the panels grouped under a title each: rows carry `group`, one of `groups`, shown in
// that order.
Json grouped_interval_chart(Json rows, const std::vector<std::string>& groups, const Axes& axes,
                            bool differences);
// Bars of `value` by `parameter` (in `panels` order) and `line` (the index), with a rule from
// `lo` to `hi`.
Json sensitivity_chart(Json rows, const Axes& axes);

// A reliability diagram: a point per bin at (mean predicted, observed share), sized by the number
// of predictions, over the diagonal of perfect calibration (rows: predicted, observed, count).
Json reliability_chart(Json rows, const Axes& axes);

}  // namespace umbrella::report
