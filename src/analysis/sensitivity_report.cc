#include "analysis/sensitivity_report.h"

#include <fmt/format.h>

#include "analysis/morris.h"
#include "analysis/sobol.h"

namespace umbrella::sa {

SensitivityReport sensitivity_report(const Problem& problem, const Table& design,
                                     const Table& outputs, const ReportOptions& options) {
  SensitivityReport report;
  const std::vector<std::string> names = problem.names();
  if (options.sobol) {
    const std::size_t n = saltelli_base_points(design);
    for (std::size_t c = 0; c < outputs.columns.size(); ++c) {
      const std::string& output = outputs.columns[c];
      const SobolIndices indices =
          sobol_indices(outputs.column(c), problem.size(),
                        {.resamples = options.resamples, .seed = options.seed});
      if (indices.constant_output) report.constant.push_back(output);
      report.json[output] = to_json(indices, names);
      report.text += fmt::format(
          "{}: Sobol' indices, N = {} base points, 95% bootstrap half-widths "
          "({} resamples)\n{}\n",
          output, n, options.resamples, to_table(indices, names));
    }
    return report;
  }
  const std::vector<MorrisStep> steps = morris_steps(design, problem, options.levels);
  const std::size_t r = design.rows() / (problem.size() + 1);
  for (std::size_t c = 0; c < outputs.columns.size(); ++c) {
    const std::string& output = outputs.columns[c];
    const MorrisIndices indices = morris_indices(
        steps, outputs.column(c), problem.size(),
        {.levels = options.levels, .resamples = options.resamples, .seed = options.seed});
    report.json[output] = to_json(indices, names);
    report.text += fmt::format(
        "{}: Morris elementary effects, r = {} trajectories, p = {} levels, "
        "95% bootstrap half-width of mu_star ({} resamples)\n{}\n",
        output, r, options.levels, options.resamples, to_table(indices, names));
  }
  return report;
}

}  // namespace umbrella::sa
