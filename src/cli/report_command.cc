// umbrella report RESULTS --out report.html: one self-contained HTML file from a folder of results
// (docs/report.md). Everything is read and checked before the file is written, atomically.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.h"
#include "report/report_file.h"

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

int report_command(const ReportOptions& options) {
  report::write_report({options.results_dir, options.out, options.lang, options.milestone,
                        options.scenario, options.overlays});
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
