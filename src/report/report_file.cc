#include "report/report_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "core/atomic_file.h"
#include "core/error.h"
#include "report/report_document.h"
#include "report/results_dir.h"
#include "report/scenario_facts.h"

namespace umbrella::report {
namespace {

int milestone_year(const ReportRequest& options, const std::vector<int>& years) {
  const auto recorded = [&years](int year) {
    return std::find(years.begin(), years.end(), year) != years.end();
  };
  if (options.milestone == 0) return recorded(2035) ? 2035 : years.back();
  if (!recorded(options.milestone)) {
    throw UsageError(fmt::format("{} {}: the results cover {} to {}", mention("milestone"),
                                 options.milestone, years.front(), years.back()));
  }
  return options.milestone;
}

// The scenario named on the command line, else the one the reference run names; none when
// neither is known (results from elsewhere), and then the report leaves out what needs it.
std::optional<ScenarioFacts> facts_of(const ReportRequest& options, const Results& results) {
  const PolicyResult& reference = results.policies.front();
  const bool given = !options.scenario.empty();
  const std::string path = given ? options.scenario : reference.summary.scenario_path;
  const std::vector<std::string> overlays = given ? options.overlays : reference.summary.overlays;
  if (path.empty()) return std::nullopt;
  for (const std::string& file : overlays) {
    if (!std::filesystem::exists(file)) {
      throw InputError({reference.file, 0, 0}, "overlays",
                       file + " does not exist (name them with the scenario and overlay options)");
    }
  }
  if (!std::filesystem::exists(path)) {
    throw InputError(
        {given ? path : reference.file, 0, 0}, given ? "" : "scenario_path",
        path + " does not exist" + (given ? "" : " (name it with the scenario option)"));
  }
  std::vector<std::string> levers;
  for (const PolicyResult& policy : results.policies) {
    levers.insert(levers.end(), policy.summary.levers.begin(), policy.summary.levers.end());
  }
  return scenario_facts(path, overlays, reference.summary, levers);
}

}  // namespace

void write_report(const ReportRequest& request) {
  const std::filesystem::path folder =
      request.out.parent_path().empty() ? "." : request.out.parent_path();
  if (!std::filesystem::is_directory(folder)) {
    throw UsageError(mention("out") + " " + request.out.string() + ": no folder " +
                     folder.string());
  }
  const Lang lang = parse_lang(request.lang);
  const Results results = read_results(request.results_dir);
  const std::optional<ScenarioFacts> facts = facts_of(request, results);
  const ReportContext context{lang, milestone_year(request, results.policies.front().summary.years),
                              &results, facts ? &*facts : nullptr};
  write_file_atomically(request.out, report_html(context, load_web_scripts(default_web_dir())));
}

}  // namespace umbrella::report
