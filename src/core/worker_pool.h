#pragma once
// The one way umbrella spreads numbered tasks over threads (ensembles, experiments, backcasts,
// exports). Tasks are handed out in increasing order, the calling thread working as one of the
// threads; the first exception a task or a delivery throws stops the handing out, every thread
// returns, and it is rethrown to the caller. Results never depend on the number of threads as
// long as a task's work depends only on its index: per-thread state is named by `worker`, and
// whatever must happen in order goes in the delivery.
#include <cstdint>
#include <functional>

namespace umbrella {

class WorkerPool {
 public:
  // task(index, worker): worker in [0, threads()) names the thread running it, for scratch space
  // or partial results kept per thread.
  using Task = std::function<void(std::uint64_t index, int worker)>;
  using Deliver = std::function<void(std::uint64_t index)>;

  explicit WorkerPool(int threads);
  int threads() const { return threads_; }

  // Runs task(i) for every i in [0, count), in any order across threads.
  void run(std::uint64_t count, const Task& task) const;

  // As run(), and calls deliver(i) for every i in increasing order, each after task(i) has
  // returned, always on the calling thread (MPI and SQLite connections are used from the thread
  // that opened them), which also runs tasks, as worker 0, while nothing is ready. Task i starts
  // only once deliver(i - window) has returned, so the results of the tasks in flight fit in
  // `window` slots reused by index % window.
  void run_in_order(std::uint64_t count, std::uint64_t window, const Task& task,
                    const Deliver& deliver) const;

 private:
  int threads_;
};

}  // namespace umbrella
