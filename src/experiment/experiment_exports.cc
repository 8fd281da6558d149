#include "experiment/experiment_exports.h"

#include <fmt/format.h>

#include <cmath>

#include "core/atomic_file.h"
#include "engine/summary_io.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;

fs::path write_runs_csv(const Plan& plan, ResultsStore& store, const fs::path& out_dir) {
  const Experiment& experiment = plan.experiment();
  fs::path path = out_dir / "runs.csv";
  AtomicFile file(path);
  std::string line = "policy,sample,replicate";
  for (const OutcomeSpec& o : experiment.outcomes) line += "," + o.name;
  file.write(line + "\n");
  for (std::size_t p = 0; p < plan.policies(); ++p) {
    ResultsStore::Runs runs(store, p);
    while (runs.next()) {
      line = fmt::format("{},{},{}", experiment.policies[p].name, runs.sample(), runs.replicate());
      for (double value : runs.values()) {
        line += std::isnan(value) ? std::string(",") : fmt::format(",{}", value);
      }
      line += "\n";
      file.write(line);
    }
  }
  file.commit();
  return path;
}

}  // namespace

std::vector<fs::path> write_exports(const Plan& plan,
                                    const std::vector<PolicyAggregate>& aggregates,
                                    ResultsStore& store, const fs::path& out_dir) {
  std::vector<fs::path> written;
  for (std::size_t p = 0; p < plan.policies(); ++p) {
    const fs::path folder = out_dir / plan.experiment().policies[p].name;
    fs::create_directories(folder);
    written.push_back(folder / "summary.json");
    write_file_atomically(written.back(), summary_to_json(aggregates[p].summary()));
  }
  written.push_back(write_runs_csv(plan, store, out_dir));
  if (!plan.design().columns.empty()) {
    written.push_back(out_dir / "design.csv");
    write_file_atomically(written.back(), sa::format_table(plan.design()));
  }
  return written;
}

}  // namespace umbrella::experiment
