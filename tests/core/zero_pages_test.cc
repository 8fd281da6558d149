// The zeroed block a run's histogram counters live in.
#include "core/zero_pages.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace umbrella {
namespace {

TEST(ZeroPages, CountersStartAtZeroAndKeepWhatIsWritten) {
  constexpr std::size_t kCounters = 3 * 1024 * 1024;  // 12 MiB, several hundred pages
  ZeroPages block(kCounters * sizeof(std::uint32_t));
  const std::span<std::uint32_t> all = block.counters(0, kCounters);
  EXPECT_TRUE(std::all_of(all.begin(), all.end(), [](std::uint32_t c) { return c == 0; }));
  const std::span<std::uint32_t> tail = block.counters(kCounters - 10, 10);
  tail[9] = 7;
  EXPECT_EQ(all[kCounters - 1], 7U);
  // Moved, the block stays where it was: spans taken before still see it.
  ZeroPages moved = std::move(block);
  EXPECT_EQ(moved.counters(kCounters - 1, 1)[0], 7U);
  EXPECT_EQ(&moved.counters(0, 1)[0], all.data());
}

// A block given back is kept for the next one of this process, zero again wherever it was
// written, so a second summary neither faults its pages in anew nor sees the first's counts.
TEST(ZeroPages, AKeptBlockIsHandedOutZeroAgain) {
  constexpr std::size_t kCounters = 1024 * 1024;  // 4 MiB
  const std::uint32_t* first_block = nullptr;
  {
    const ZeroPages block(kCounters * sizeof(std::uint32_t));
    const std::span<std::uint32_t> all = block.counters(0, kCounters);
    all[0] = 1;
    all[kCounters / 2] = 2;
    all[kCounters - 1] = 3;
    first_block = all.data();
  }
  const ZeroPages again(kCounters * sizeof(std::uint32_t));
  const std::span<std::uint32_t> all = again.counters(0, kCounters);
  EXPECT_EQ(all.data(), first_block);
  EXPECT_TRUE(std::all_of(all.begin(), all.end(), [](std::uint32_t c) { return c == 0; }));
  // A smaller block may be a kept larger one: only what was asked for is handed out.
  const ZeroPages smaller(64);
  EXPECT_THROW(smaller.counters(0, 17), std::logic_error);
}

TEST(ZeroPages, RefusesCountersBeyondTheBlock) {
  const ZeroPages block(4096);
  EXPECT_NO_THROW(block.counters(1000, 24));
  EXPECT_THROW(block.counters(1000, 25), std::logic_error);
  EXPECT_THROW(ZeroPages().counters(0, 1), std::logic_error);
}

}  // namespace
}  // namespace umbrella
