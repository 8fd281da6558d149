// umbrella report RESULTS --out report.html: one self-contained HTML file from a folder of results
// (docs/report.md). Everything is read and checked before the file is written, atomically.
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>

#include "cli/commands.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "report/report_document.h"

namespace umbrella::cli {
namespace {

struct ReportOptions {
  std::string results_dir;
  std::string out;
  std::string lang = "en";
  int milestone = 0;  // 0: 2035 when recorded, else the last year
  std::string scenario;
  std::vector<std::string> overlays;
};

int milestone_year(const ReportOptions& options, const std::vector<int>& years) {
  const auto recorded = [&years](int year) {
    return std::find(years.begin(), years.end(), year) != years.end();
  };
  if (options.milestone == 0) return recorded(2035) ? 2035 : years.back();
  if (!recorded(options.milestone)) {
    throw UsageError(fmt::format("--milestone {}: the results cover {} to {}", options.milestone,
                                 years.front(), years.back()));
  }
  return options.milestone;
}

// The scenario named on the command line, else the one the reference run names; none when
// neither is known (results from elsewhere), and then the report leaves out what needs it.
std::optional<report::ScenarioFacts> facts_of(const ReportOptions& options,
                                              const report::Results& results) {
  const report::PolicyResult& reference = results.policies.front();
  const bool given = !options.scenario.empty();
  const std::string path = given ? options.scenario : reference.summary.scenario_path;
  const std::vector<std::string> overlays = given ? options.overlays : reference.summary.overlays;
  if (path.empty()) return std::nullopt;
  for (const std::string& file : overlays) {
    if (!std::filesystem::exists(file)) {
      throw InputError({reference.file, 0, 0}, "overlays",
                       file + " does not exist (pass --scenario and --overlay)");
    }
  }
  if (!std::filesystem::exists(path)) {
    throw InputError({given ? path : reference.file, 0, 0}, given ? "" : "scenario_path",
                     path + " does not exist" + (given ? "" : " (pass --scenario)"));
  }
  std::vector<std::string> levers;
  for (const report::PolicyResult& policy : results.policies) {
    levers.insert(levers.end(), policy.summary.levers.begin(), policy.summary.levers.end());
  }
  return report::scenario_facts(path, overlays, reference.summary, levers);
}

int report_command(const ReportOptions& options) {
  const std::filesystem::path out(options.out);
  const std::filesystem::path folder = out.parent_path().empty() ? "." : out.parent_path();
  if (!std::filesystem::is_directory(folder)) {
    throw UsageError("--out " + options.out + ": no folder " + folder.string());
  }
  const report::Lang lang = report::parse_lang(options.lang);
  const report::Results results = report::read_results(options.results_dir);
  const std::optional<report::ScenarioFacts> facts = facts_of(options, results);
  const report::ReportContext context{
      lang, milestone_year(options, results.policies.front().summary.years), &results,
      facts ? &*facts : nullptr};
  const std::string html =
      report::report_html(context, report::load_web_scripts(report::default_web_dir()));
  write_file_atomically(out, html);
  fmt::print("wrote {}\n", options.out);
  return 0;
}

}  // namespace

void add_report_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* sub = app.add_subcommand(
      "report", "Write a self-contained interactive HTML report of a results folder");
  sub->add_option("results", options->results_dir,
                  "Folder written by umbrella run --out (one summary.json per policy)")
      ->required();
  sub->add_option("--out", options->out, "The HTML file to write")->required();
  sub->add_option("--lang", options->lang, "Language of the labels")
      ->check(CLI::IsMember({"en", "ja"}))
      ->capture_default_str();
  sub->add_option("--milestone", options->milestone,
                  "Year of the headline numbers (default: 2035 when recorded, else the last)");
  sub->add_option("--scenario", options->scenario,
                  "Scenario file, when the one the results name has moved");
  sub->add_option("--overlay", options->overlays, "Overlay of --scenario (repeatable)");
  commands.push_back({sub, [options] { return report_command(*options); }});
}

}  // namespace umbrella::cli
