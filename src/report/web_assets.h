#pragma once
// The JavaScript a report inlines, so that it works with no network: vega, vega-lite and
// vega-embed (pinned by web/package-lock.json, installed by scripts/bootstrap) and the
// report's own script, web/report.js.
#include <filesystem>
#include <string>
#include <vector>

namespace umbrella::report {

struct Script {
  std::string name;  // the file, relative to the web folder
  std::string code;
};

// The web folder this build was configured with.
std::filesystem::path default_web_dir();

// Reads the scripts in load order; throws std::runtime_error naming a missing or unreadable file,
// or one that cannot be inlined.
std::vector<Script> load_web_scripts(const std::filesystem::path& web_dir);

}  // namespace umbrella::report
