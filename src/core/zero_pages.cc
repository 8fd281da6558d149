#include "core/zero_pages.h"

#include <sys/mman.h>

#include <cstring>
#include <mutex>
#include <new>
#include <stdexcept>
#include <utility>
#include <vector>

namespace umbrella {
namespace {

struct Block {
  void* data = nullptr;
  std::size_t mapped = 0;
};

// Blocks given back, kept mapped. Two cover the usual cases (one summary at a time, or a run
// and a copy); a block larger than the most a long baseline run needs is not kept, so that one
// very large run does not hold its memory for the rest of a session.
constexpr std::size_t kKeptBlocks = 2;
constexpr std::size_t kMostKeptBytes = std::size_t{256} << 20;

struct Kept {
  std::mutex mutex;
  std::vector<Block> blocks;
};

// Never destroyed: a block may be given back while the process exits.
Kept& kept() {
  static Kept* const instance = new Kept();
  return *instance;
}

// The smallest kept block of at least `bytes`, taken out of the kept ones; none if there is none.
Block take_kept(std::size_t bytes) {
  Kept& k = kept();
  const std::lock_guard lock(k.mutex);
  auto best = k.blocks.end();
  for (auto it = k.blocks.begin(); it != k.blocks.end(); ++it) {
    if (it->mapped >= bytes && (best == k.blocks.end() || it->mapped < best->mapped)) best = it;
  }
  if (best == k.blocks.end()) return {};
  const Block block = *best;
  k.blocks.erase(best);
  return block;
}

}  // namespace

ZeroPages::ZeroPages(std::size_t bytes) : bytes_(bytes) {
  if (bytes == 0) return;
  Block block = take_kept(bytes);
  if (block.data != nullptr) {
    // Every byte, not only the pages the system reports resident: a page swapped out is not
    // resident and may hold counts. The first reuse maps the pages never touched; later ones
    // clear memory already mapped, which costs far less than faulting it in again.
    std::memset(block.data, 0, block.mapped);
  } else {
    // Not calloc: glibc clears by hand any block it carves from memory it has used before.
    void* data = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (data == MAP_FAILED) throw std::bad_alloc();
    block = {data, bytes};
  }
  data_ = block.data;
  mapped_ = block.mapped;
}

ZeroPages::~ZeroPages() {
  give_back();
}

ZeroPages::ZeroPages(ZeroPages&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)),
      bytes_(std::exchange(other.bytes_, 0)),
      mapped_(std::exchange(other.mapped_, 0)) {}

ZeroPages& ZeroPages::operator=(ZeroPages&& other) noexcept {
  if (this != &other) {
    give_back();
    data_ = std::exchange(other.data_, nullptr);
    bytes_ = std::exchange(other.bytes_, 0);
    mapped_ = std::exchange(other.mapped_, 0);
  }
  return *this;
}

// Keeps the block if there is room; unmaps it otherwise.
void ZeroPages::give_back() {
  if (data_ == nullptr) return;
  bool keep = false;
  if (mapped_ <= kMostKeptBytes) {
    Kept& k = kept();
    const std::lock_guard lock(k.mutex);
    keep = k.blocks.size() < kKeptBlocks;
    if (keep) k.blocks.push_back({data_, mapped_});
  }
  if (!keep) munmap(data_, mapped_);
  data_ = nullptr;
  bytes_ = 0;
  mapped_ = 0;
}

std::span<std::uint32_t> ZeroPages::counters(std::size_t first, std::size_t count) const {
  if ((first + count) * sizeof(std::uint32_t) > bytes_) {
    throw std::logic_error("ZeroPages::counters: beyond the block");
  }
  return {static_cast<std::uint32_t*>(data_) + first, count};
}

}  // namespace umbrella
