#pragma once
// A large block of memory the operating system hands out already zeroed (an anonymous mapping):
// a page that is never written is never touched. A run's summary holds millions of histogram
// counters of which a few runs fill a small part; zeroing them all by hand cost more than the
// rest of a short run's start-up, on one thread before any replicate starts.
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

  // The block as `count` zeroed 32-bit counters (count * 4 <= the bytes asked for). The block
  // does not move when the ZeroPages is moved, so the span stays valid while the block lives.
  std::span<std::uint32_t> counters(std::size_t first, std::size_t count) const;

 private:
  void* data_ = nullptr;
  std::size_t bytes_ = 0;
};

}  // namespace umbrella
