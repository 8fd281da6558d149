#include "core/worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace umbrella {
namespace {

TEST(WorkerPool, RunsEveryTaskOnceOnItsThreads) {
  for (int threads : {1, 2, 3}) {
    const WorkerPool pool(threads);
    std::vector<std::atomic<int>> runs(1000);
    std::atomic<bool> worker_in_range{true};
    pool.run(runs.size(), [&](std::uint64_t i, int worker) {
      ++runs[i];
      if (worker < 0 || worker >= threads) worker_in_range = false;
    });
    for (const std::atomic<int>& r : runs) EXPECT_EQ(r.load(), 1);
    EXPECT_TRUE(worker_in_range);
  }
}

TEST(WorkerPool, DeliversInIndexOrderWithinTheWindow) {
  for (int threads : {1, 2, 3}) {
    const WorkerPool pool(threads);
    constexpr std::uint64_t kWindow = 4;
    const std::thread::id caller = std::this_thread::get_id();
    std::mutex mutex;
    std::uint64_t delivered = 0;
    std::vector<std::uint64_t> order;
    bool within_window = true;
    bool on_calling_thread = true;
    bool worker_0_is_the_caller = true;
    pool.run_in_order(
        997, kWindow,
        [&](std::uint64_t i, int worker) {
          const std::lock_guard lock(mutex);
          if (i >= delivered + kWindow) within_window = false;
          if ((worker == 0) != (std::this_thread::get_id() == caller)) {
            worker_0_is_the_caller = false;
          }
        },
        [&](std::uint64_t i) {
          const std::lock_guard lock(mutex);
          order.push_back(i);
          delivered = i + 1;
          if (std::this_thread::get_id() != caller) on_calling_thread = false;
        });
    ASSERT_EQ(order.size(), 997U);
    for (std::uint64_t i = 0; i < order.size(); ++i) ASSERT_EQ(order[i], i);
    EXPECT_TRUE(within_window);
    EXPECT_TRUE(on_calling_thread);
    // The ensemble keeps its in-order sums in worker 0's partial results.
    EXPECT_TRUE(worker_0_is_the_caller);
  }
}

TEST(WorkerPool, TaskExceptionStopsTheRunAndIsRethrown) {
  const WorkerPool pool(3);
  std::atomic<int> started{0};
  EXPECT_THROW(pool.run(100000,
                        [&](std::uint64_t i, int) {
                          ++started;
                          if (i == 10) throw std::runtime_error("task 10");
                          // Long enough that all of them would take seconds.
                          std::this_thread::sleep_for(std::chrono::microseconds(100));
                        }),
               std::runtime_error);
  // The other threads stop taking tasks: far fewer than all of them started.
  EXPECT_LT(started.load(), 1000);
}

TEST(WorkerPool, DeliveryExceptionStopsTheRunAndIsRethrown) {
  const WorkerPool pool(2);
  std::atomic<int> started{0};
  std::vector<std::uint64_t> delivered;
  try {
    pool.run_in_order(
        100000, 8, [&](std::uint64_t, int) { ++started; },
        [&](std::uint64_t i) {
          if (i == 5) throw std::runtime_error("stop at 5");
          delivered.push_back(i);
        });
    FAIL() << "expected the delivery's exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "stop at 5");
  }
  EXPECT_EQ(delivered, (std::vector<std::uint64_t>{0, 1, 2, 3, 4}));
  // No task beyond the window of the failed delivery started.
  EXPECT_LE(started.load(), 5 + 8);
}

TEST(WorkerPool, NoTasksIsNoWork) {
  const WorkerPool pool(4);
  int calls = 0;
  pool.run_in_order(
      0, 1, [&](std::uint64_t, int) { ++calls; }, [&](std::uint64_t) { ++calls; });
  EXPECT_EQ(calls, 0);
  EXPECT_EQ(WorkerPool(0).threads(), 1);
}

}  // namespace
}  // namespace umbrella
