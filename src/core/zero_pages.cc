#include "core/zero_pages.h"

#include <sys/mman.h>

#include <new>
#include <stdexcept>
#include <utility>

namespace umbrella {

ZeroPages::ZeroPages(std::size_t bytes) : bytes_(bytes) {
  if (bytes == 0) return;
  // Not calloc: glibc clears by hand any block it carves from memory it has used before, which
  // after the first run's free is every later run's.
  void* data = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (data == MAP_FAILED) throw std::bad_alloc();
  data_ = data;
}

ZeroPages::~ZeroPages() {
  if (data_ != nullptr) munmap(data_, bytes_);
}

ZeroPages::ZeroPages(ZeroPages&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), bytes_(std::exchange(other.bytes_, 0)) {}

ZeroPages& ZeroPages::operator=(ZeroPages&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) munmap(data_, bytes_);
    data_ = std::exchange(other.data_, nullptr);
    bytes_ = std::exchange(other.bytes_, 0);
  }
  return *this;
}

std::span<std::uint32_t> ZeroPages::counters(std::size_t first, std::size_t count) const {
  if ((first + count) * sizeof(std::uint32_t) > bytes_) {
    throw std::logic_error("ZeroPages::counters: beyond the block");
  }
  return {static_cast<std::uint32_t*>(data_) + first, count};
}

}  // namespace umbrella
