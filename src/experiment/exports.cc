#include "experiment/exports.h"

#include <cerrno>

#include "core/atomic_file.h"
#include "core/error.h"
#include "engine/summary_io.h"
#include "experiment/runs_csv.h"

namespace umbrella::experiment {

void check_export_targets(const Plan& plan, const std::filesystem::path& out_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto must_be_file = [&](const fs::path& path) {
    if (fs::is_directory(path, ec))
      throw FileError(path.string(), "cannot replace the file", EISDIR);
  };
  for (const Policy& policy : plan.experiment().policies) {
    const fs::path folder = out_dir / policy.name;
    if (fs::exists(folder, ec) && !fs::is_directory(folder, ec)) {
      throw FileError(folder.string(), "cannot make the folder", ENOTDIR);
    }
    must_be_file(folder / "summary.json");
  }
  must_be_file(out_dir / "runs.csv");
  must_be_file(out_dir / "design.csv");
}

std::vector<std::filesystem::path> write_exports(const Plan& plan,
                                                 const std::vector<PolicyAggregate>& aggregates,
                                                 const std::filesystem::path& store_file,
                                                 const std::filesystem::path& out_dir,
                                                 int threads) {
  namespace fs = std::filesystem;
  std::vector<fs::path> written;
  for (std::size_t p = 0; p < plan.policies(); ++p) {
    const fs::path folder = out_dir / plan.experiment().policies[p].name;
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) throw FileError(folder.string(), "cannot make the folder", ec.value());
    written.push_back(folder / "summary.json");
    write_file_atomically(written.back(), summary_to_json(aggregates[p].summary()));
  }
  written.push_back(write_runs_csv(plan, store_file, out_dir, threads));
  if (!plan.design().columns.empty()) {
    written.push_back(out_dir / "design.csv");
    write_file_atomically(written.back(), sa::format_table(plan.design()));
  }
  return written;
}

}  // namespace umbrella::experiment
