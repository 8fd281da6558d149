#include "experiment/runs_csv.h"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <vector>

#include "core/atomic_file.h"
#include "core/worker_pool.h"
#include "experiment/results_store.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;

// Units (sample, replicate pairs) per block: a few hundred kilobytes of text.
constexpr std::uint64_t kBlockUnits = 2048;

struct Block {
  std::size_t policy = 0;
  std::uint64_t first_unit = 0;
  std::uint64_t end_unit = 0;
};

std::vector<Block> blocks_of(const Plan& plan) {
  const std::uint64_t units = static_cast<std::uint64_t>(plan.samples()) * plan.replicates();
  std::vector<Block> blocks;
  for (std::size_t p = 0; p < plan.policies(); ++p) {
    for (std::uint64_t u = 0; u < units; u += kBlockUnits) {
      blocks.push_back({p, u, std::min(units, u + kBlockUnits)});
    }
  }
  return blocks;
}

void format_block(const Plan& plan, ResultsStore& store, const Block& block,
                  fmt::memory_buffer& buffer) {
  const std::string& policy = plan.experiment().policies[block.policy].name;
  auto out = std::back_inserter(buffer);
  ResultsStore::Runs runs(store, block.policy, block.first_unit, block.end_unit, plan.replicates());
  while (runs.next()) {
    fmt::format_to(out, FMT_COMPILE("{},{},{}"), policy, runs.sample(), runs.replicate());
    for (double value : runs.values()) {
      buffer.push_back(',');
      // A first year that never came is an empty cell.
      if (!std::isnan(value)) fmt::format_to(out, FMT_COMPILE("{}"), value);
    }
    buffer.push_back('\n');
  }
}

}  // namespace

fs::path write_runs_csv(const Plan& plan, const fs::path& store_file, const fs::path& out_dir,
                        int threads) {
  fs::path path = out_dir / "runs.csv";
  AtomicFile file(path);
  fmt::memory_buffer header;
  fmt::format_to(std::back_inserter(header), "policy,sample,replicate");
  for (const OutcomeSpec& o : plan.experiment().outcomes) {
    fmt::format_to(std::back_inserter(header), ",{}", o.name);
  }
  header.push_back('\n');
  file.write(std::string_view(header.data(), header.size()));

  // Each thread reads the store through its own connection; blocks are written in order.
  const WorkerPool pool(threads);
  const std::vector<Block> blocks = blocks_of(plan);
  std::vector<std::optional<ResultsStore>> stores(static_cast<std::size_t>(pool.threads()));
  const std::uint64_t window = 2 * static_cast<std::uint64_t>(pool.threads());
  std::vector<fmt::memory_buffer> buffers(window);
  pool.run_in_order(
      blocks.size(), window,
      [&](std::uint64_t b, int worker) {
        std::optional<ResultsStore>& store = stores[static_cast<std::size_t>(worker)];
        if (!store) store.emplace(store_file);
        fmt::memory_buffer& buffer = buffers[b % window];
        buffer.clear();
        format_block(plan, *store, blocks[b], buffer);
      },
      [&](std::uint64_t b) {
        const fmt::memory_buffer& buffer = buffers[b % window];
        file.write(std::string_view(buffer.data(), buffer.size()));
      });
  file.commit();
  return path;
}

}  // namespace umbrella::experiment
