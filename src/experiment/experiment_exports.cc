#include "experiment/experiment_exports.h"

#include "core/atomic_file.h"
#include "core/error.h"
#include "engine/summary_io.h"
#include "experiment/runs_csv.h"

namespace umbrella::experiment {

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
