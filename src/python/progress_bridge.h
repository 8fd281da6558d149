#pragma once
// Long library calls run with the GIL released. Their progress hook comes here from the library's
// worker threads: it takes the GIL only to call the Python callback (every thousandth of the work
// and at the end) and, on the calling thread, to let Ctrl-C in. When either raises, the hook
// throws a C++ exception that stops the library's threads cleanly (an experiment's store keeps
// its committed chunks and resumes), and the Python exception is raised once the GIL is back.
#include <pybind11/pybind11.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <thread>
#include <utility>

namespace umbrella::python {

namespace py = pybind11;

class ProgressBridge {
 public:
  // `callback`: None, or called as callback(done, total).
  explicit ProgressBridge(py::object callback);

  // The library's progress hook; called from any thread, without the GIL.
  void update(std::uint64_t done, std::uint64_t total);
  // Lets Ctrl-C in during work that reports no progress (aggregating a run's records); on the
  // calling thread, without the GIL.
  void check_interrupt();

  // Runs `work` with the GIL released and returns its result; raises the Python exception that
  // stopped it, if any.
  template <typename Work>
  auto run(Work&& work) {
    try {
      const py::gil_scoped_release release;
      return std::forward<Work>(work)();
    } catch (const Stopped&) {
      throw *error_;
    }
  }

 private:
  struct Stopped {};

  // Whether Ctrl-C is due to be looked for (on the caller's thread, every kSignalInterval).
  bool signal_check_due();
  // Keeps the Python exception being raised and stops the work; the GIL held.
  [[noreturn]] void stop(py::error_already_set error);

  py::object callback_;
  std::thread::id caller_;
  std::chrono::steady_clock::time_point last_signal_check_;  // the caller's thread only
  std::atomic<bool> stopped_{false};
  std::optional<py::error_already_set> error_;  // written with the GIL held
};

}  // namespace umbrella::python
