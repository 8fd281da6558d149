#include "experiment/experiment_exports.h"

#include <fmt/format.h>

#include <cmath>
#include <iterator>

#include "core/atomic_file.h"
#include "core/error.h"
#include "engine/summary_io.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;

fs::path write_runs_csv(const Plan& plan, ResultsStore& store, const fs::path& out_dir) {
  const Experiment& experiment = plan.experiment();
  fs::path path = out_dir / "runs.csv";
  AtomicFile file(path);
  // One buffer for many rows: a million runs are formatted on the committing thread alone.
  fmt::memory_buffer buffer;
  auto out = std::back_inserter(buffer);
  fmt::format_to(out, "policy,sample,replicate");
  for (const OutcomeSpec& o : experiment.outcomes) fmt::format_to(out, ",{}", o.name);
  fmt::format_to(out, "\n");
  for (std::size_t p = 0; p < plan.policies(); ++p) {
    ResultsStore::Runs runs(store, p);
    while (runs.next()) {
      fmt::format_to(out, "{},{},{}", experiment.policies[p].name, runs.sample(), runs.replicate());
      for (double value : runs.values()) {
        if (std::isnan(value)) {
          buffer.push_back(',');
        } else {
          fmt::format_to(out, ",{}", value);
        }
      }
      buffer.push_back('\n');
      if (buffer.size() > (1 << 20)) {
        file.write(std::string_view(buffer.data(), buffer.size()));
        buffer.clear();
      }
    }
  }
  file.write(std::string_view(buffer.data(), buffer.size()));
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
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) throw FileError(folder.string(), "cannot make the folder", ec.value());
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
