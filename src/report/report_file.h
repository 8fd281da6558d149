#pragma once
// `umbrella report` and the Python module's write_report: a results folder in, one HTML file out.
#include <filesystem>
#include <string>
#include <vector>

namespace umbrella::report {

struct ReportRequest {
  std::filesystem::path results_dir;  // docs/report.md: one summary.json per policy
  std::filesystem::path out;          // the HTML file
  std::string lang = "en";
  int milestone = 0;  // year of the headline numbers; 0: 2035 when recorded, else the last
  // The scenario behind the results when the file the results name has moved; with its overlays.
  std::string scenario;
  std::vector<std::string> overlays;
};

// Reads and checks everything (results, the scenario they name, the chart libraries), then writes
// the report atomically. InputError or UsageError before anything is written.
void write_report(const ReportRequest& request);

}  // namespace umbrella::report
