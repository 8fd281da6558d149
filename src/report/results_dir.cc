#include "report/results_dir.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/input_file.h"
#include "engine/summary_io.h"

namespace umbrella::report {
namespace {

nlohmann::ordered_json read_json(const std::filesystem::path& file) {
  try {
    return nlohmann::ordered_json::parse(read_input_file(file.string()));
  } catch (const nlohmann::ordered_json::parse_error& e) {
    throw InputError({file.string(), 0, 0}, "", std::string("malformed JSON: ") + e.what());
  }
}

// A summary at the top of the folder is named after its levers: the baseline when there are none.
std::string name_from_levers(const Summary& summary) {
  std::string name;
  for (const std::string& lever : summary.levers) name += (name.empty() ? "" : "+") + lever;
  return name.empty() ? "baseline" : name;
}

void require_same_years(const std::vector<PolicyResult>& policies) {
  for (const PolicyResult& policy : policies) {
    if (policy.summary.years != policies.front().summary.years) {
      throw InputError({policy.file, 0, 0}, "years",
                       "differ from those of " + policies.front().name +
                           " (the policies of one report must cover the same years)");
    }
  }
}

}  // namespace

Results read_results(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    throw InputError({dir.string(), 0, 0}, "",
                     "no such folder (umbrella run --out DIR writes one)");
  }
  Results results;
  const std::filesystem::path top = dir / "summary.json";
  if (std::filesystem::exists(top)) {
    Summary summary = read_summary(top);
    results.policies.push_back({name_from_levers(summary), top.string(), std::move(summary)});
  }
  std::vector<std::filesystem::path> folders;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_directory() && std::filesystem::exists(entry.path() / "summary.json")) {
      folders.push_back(entry.path());
    }
  }
  // Directory order depends on the file system; names do not.
  std::sort(folders.begin(), folders.end(), [](const auto& a, const auto& b) {
    const bool a_base = a.filename() == "baseline";
    const bool b_base = b.filename() == "baseline";
    if (a_base != b_base) return a_base;
    return a.filename().string() < b.filename().string();
  });
  for (const std::filesystem::path& folder : folders) {
    const std::filesystem::path file = folder / "summary.json";
    const std::string name = folder.filename().string();
    const bool taken = std::any_of(results.policies.begin(), results.policies.end(),
                                   [&name](const PolicyResult& p) { return p.name == name; });
    if (taken) throw InputError({file.string(), 0, 0}, "", "a second policy named " + name);
    results.policies.push_back({name, file.string(), read_summary(file)});
  }
  if (results.policies.empty()) {
    throw InputError({dir.string(), 0, 0}, "",
                     "no summary.json in the folder nor in any folder inside it");
  }
  require_same_years(results.policies);

  const std::filesystem::path sensitivity = dir / "sensitivity.json";
  if (std::filesystem::exists(sensitivity)) {
    results.sensitivity = read_sensitivity(read_json(sensitivity), sensitivity.string());
  }
  const std::filesystem::path comparison = dir / "comparison.json";
  if (std::filesystem::exists(comparison)) {
    results.comparison = read_comparison(read_json(comparison), comparison.string());
  }
  const std::filesystem::path backcast = dir / "backcast.json";
  if (std::filesystem::exists(backcast)) {
    results.validation = read_validation(read_json(backcast), backcast.string());
  }
  return results;
}

}  // namespace umbrella::report
