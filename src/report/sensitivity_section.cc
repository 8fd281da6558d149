// Sensitivity indices, when the results folder holds them: one bar chart per output, the
// parameters in decreasing order of their total (or Morris) index, as a tornado.
#include <fmt/format.h>

#include <algorithm>

#include "report/chart_specs.h"
#include "report/section.h"

namespace umbrella::report {

std::optional<Section> sensitivity_section(const ReportContext& context) {
  const std::vector<SensitivityOutput>& outputs = context.results->sensitivity;
  if (outputs.empty()) return std::nullopt;
  Section section{"sensitivity", context.t("section.sensitivity"), "", {}};
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const SensitivityOutput& output = outputs[i];
    Json rows = Json::array();
    std::vector<std::string> parameters;
    std::vector<std::string> indices;
    for (const SensitivityBar& bar : output.bars) {
      if (std::find(parameters.begin(), parameters.end(), bar.parameter) == parameters.end()) {
        parameters.push_back(bar.parameter);
      }
      if (std::find(indices.begin(), indices.end(), bar.index) == indices.end()) {
        indices.push_back(bar.index);
      }
      rows.push_back({{"parameter", bar.parameter},
                      {"line", bar.index},
                      {"value", rounded(bar.value)},
                      {"lo", rounded(bar.value - bar.conf)},
                      {"hi", rounded(bar.value + bar.conf)}});
    }
    const std::string id = fmt::format("sensitivity_{}", i + 1);
    const Axes axes{"", context.t("axis.index"), "", parameters, indices};
    section.charts.push_back({id, sensitivity_chart(std::move(rows), axes)});
    section.html += chart_figure(
        id, fmt::format(fmt::runtime(context.t("caption.sensitivity")), output.output));
  }
  return section;
}

}  // namespace umbrella::report
