#pragma once
// A large block of zeroed memory whose pages are touched only where it is written. A run's
// summary holds millions of histogram counters of which a run fills a small part; zeroing them
// all by hand cost more than the rest of a short run's start-up, on one thread before any
// replicate started.
//
// The first block of a size comes from the system (an anonymous mapping, zero until written). A
// block that is destroyed is kept for the next one of this process (the Python module's runs, a
// run of each lever, a benchmark's loop), which would otherwise fault all its written pages in
// again: it is cleared before it is handed out again.
#include <cstddef>
#include <cstdint>
#include <span>

namespace umbrella {

class ZeroPages {
 public:
  ZeroPages() = default;
  // Throws std::bad_alloc if the system refuses the mapping.
  explicit ZeroPages(std::size_t bytes);
  ~ZeroPages();
  ZeroPages(ZeroPages&& other) noexcept;
  ZeroPages& operator=(ZeroPages&& other) noexcept;
  ZeroPages(const ZeroPages&) = delete;
  ZeroPages& operator=(const ZeroPages&) = delete;

  // The block as `count` 32-bit counters from counter `first` on, zero until written. The block
  // does not move when the ZeroPages is moved, so the span stays valid while the block lives.
  std::span<std::uint32_t> counters(std::size_t first, std::size_t count) const;

 private:
  void give_back();

  void* data_ = nullptr;
  std::size_t bytes_ = 0;   // as asked for
  std::size_t mapped_ = 0;  // as mapped: a kept block may be larger than asked for
};

}  // namespace umbrella
