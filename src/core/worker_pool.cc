#include "core/worker_pool.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace umbrella {
namespace {

// The state every thread of one run shares, guarded by `mutex`.
class Schedule {
 public:
  // deliver is null for an unordered run. A pointer, not a reference, so that no temporary
  // std::function can be bound to it and outlive its full expression.
  Schedule(std::uint64_t count, std::uint64_t window, const WorkerPool::Task& task,
           const WorkerPool::Deliver* deliver)
      : count_(count), window_(window), task_(task), deliver_(deliver) {
    if (deliver_ != nullptr) finished_.assign(window_, 0);
  }

  // The calling thread (worker 0) is the one that delivers: it delivers whatever is ready
  // before it takes another task, and returns once everything is delivered.
  void work(int worker) {
    const bool delivers = deliver_ != nullptr && worker == 0;
    std::unique_lock lock(mutex_);
    try {
      while (true) {
        changed_.wait(lock, [&] {
          return stopped_ || (delivers && ready()) || can_start() || finished(delivers);
        });
        if (stopped_) return;
        if (delivers && ready()) {
          const std::uint64_t index = delivered_;
          lock.unlock();
          (*deliver_)(index);
          lock.lock();
          finished_[index % window_] = 0;
          ++delivered_;
          changed_.notify_all();
        } else if (can_start()) {
          const std::uint64_t index = next_++;
          lock.unlock();
          task_(index, worker);
          lock.lock();
          if (deliver_ != nullptr) {
            finished_[index % window_] = 1;
            changed_.notify_all();
          }
        } else {
          return;
        }
      }
    } catch (...) {
      if (!lock.owns_lock()) lock.lock();
      if (!error_) error_ = std::current_exception();
      stopped_ = true;
      changed_.notify_all();
    }
  }

  void rethrow() const {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  // Task next_ may start: tasks start only below delivered_ + window.
  bool can_start() const {
    return next_ < count_ && (deliver_ == nullptr || next_ < delivered_ + window_);
  }
  bool ready() const { return delivered_ < count_ && finished_[delivered_ % window_] != 0; }
  // Nothing is left for this thread to do.
  bool finished(bool delivers) const { return delivers ? delivered_ >= count_ : next_ >= count_; }

  const std::uint64_t count_;
  const std::uint64_t window_;
  const WorkerPool::Task& task_;
  const WorkerPool::Deliver* deliver_;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::uint64_t next_ = 0;       // the next task to hand out
  std::uint64_t delivered_ = 0;  // the next task to deliver
  bool stopped_ = false;
  std::vector<char> finished_;  // per slot index % window: finished, not delivered yet
  std::exception_ptr error_;
};

void run_schedule(int threads, std::uint64_t count, Schedule& schedule) {
  {
    const auto helpers = static_cast<int>(std::min<std::uint64_t>(
        static_cast<std::uint64_t>(threads - 1), count > 0 ? count - 1 : 0));
    std::vector<std::jthread> pool;
    for (int t = 1; t <= helpers; ++t) pool.emplace_back([&schedule, t] { schedule.work(t); });
    schedule.work(0);
  }
  schedule.rethrow();
}

}  // namespace

WorkerPool::WorkerPool(int threads) : threads_(std::max(1, threads)) {}

void WorkerPool::run(std::uint64_t count, const Task& task) const {
  Schedule schedule(count, count, task, nullptr);
  run_schedule(threads_, count, schedule);
}

void WorkerPool::run_in_order(std::uint64_t count, std::uint64_t window, const Task& task,
                              const Deliver& deliver) const {
  if (window == 0) throw std::logic_error("WorkerPool::run_in_order: window 0");
  Schedule schedule(count, window, task, &deliver);
  run_schedule(threads_, count, schedule);
}

}  // namespace umbrella
