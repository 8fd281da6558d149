#include "experiment/runs_csv.h"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <exception>
#include <iterator>
#include <mutex>
#include <thread>
#include <vector>

#include "core/atomic_file.h"
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

// Hands the blocks out to the threads and writes them in order.
class OrderedBlocks {
 public:
  OrderedBlocks(const Plan& plan, const fs::path& store_file, AtomicFile& file)
      : plan_(plan), store_file_(store_file), file_(file), blocks_(blocks_of(plan)) {}

  void work(std::size_t thread, std::size_t threads) {
    try {
      ResultsStore store(store_file_);
      fmt::memory_buffer buffer;
      for (std::size_t b = thread; b < blocks_.size(); b += threads) {
        buffer.clear();
        format_block(plan_, store, blocks_[b], buffer);
        std::unique_lock lock(mutex_);
        turn_.wait(lock, [&] { return next_ == b || error_; });
        if (error_) return;
        file_.write(std::string_view(buffer.data(), buffer.size()));
        ++next_;
        turn_.notify_all();
      }
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = std::current_exception();
      turn_.notify_all();
    }
  }

  void rethrow() const {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  const Plan& plan_;
  const fs::path& store_file_;
  AtomicFile& file_;
  const std::vector<Block> blocks_;
  std::mutex mutex_;
  std::condition_variable turn_;
  std::size_t next_ = 0;  // the block whose turn it is to be written
  std::exception_ptr error_;
};

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

  OrderedBlocks blocks(plan, store_file, file);
  const auto count = static_cast<std::size_t>(std::max(1, threads));
  {
    std::vector<std::jthread> pool;
    for (std::size_t t = 1; t < count; ++t) {
      pool.emplace_back([&blocks, t, count] { blocks.work(t, count); });
    }
    blocks.work(0, count);
  }
  blocks.rethrow();
  file.commit();
  return path;
}

}  // namespace umbrella::experiment
