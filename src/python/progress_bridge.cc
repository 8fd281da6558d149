#include "python/progress_bridge.h"

#include <algorithm>

namespace umbrella::python {
namespace {

// How often Ctrl-C is looked for while the callback is not due: rarely enough to cost nothing
// next to the simulations, often enough to feel immediate.
constexpr std::chrono::milliseconds kSignalInterval{20};
// The callback is called about this many times over a run, and at its end.
constexpr std::uint64_t kCallbacksPerRun = 1000;

}  // namespace

ProgressBridge::ProgressBridge(py::object callback)
    : callback_(std::move(callback)),
      caller_(std::this_thread::get_id()),
      last_signal_check_(std::chrono::steady_clock::now()) {}

void ProgressBridge::update(std::uint64_t done, std::uint64_t total) {
  if (stopped_) throw Stopped{};
  const std::uint64_t step = std::max<std::uint64_t>(1, total / kCallbacksPerRun);
  const bool due = !callback_.is_none() && (done == total || done % step == 0);
  const bool check_signals = signal_check_due() || (due && std::this_thread::get_id() == caller_);
  if (!due && !check_signals) return;
  const py::gil_scoped_acquire gil;
  if (stopped_) throw Stopped{};  // another thread's callback raised while this one waited
  try {
    if (due) callback_(done, total);
    // Python runs signal handlers on the main thread only; elsewhere this does nothing.
    if (check_signals && PyErr_CheckSignals() != 0) throw py::error_already_set();
  } catch (py::error_already_set& e) {
    stop(std::move(e));
  }
}

void ProgressBridge::check_interrupt() {
  if (!signal_check_due()) return;
  const py::gil_scoped_acquire gil;
  if (PyErr_CheckSignals() != 0) stop(py::error_already_set());
}

bool ProgressBridge::signal_check_due() {
  if (std::this_thread::get_id() != caller_) return false;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_signal_check_ < kSignalInterval) return false;
  last_signal_check_ = now;
  return true;
}

void ProgressBridge::stop(py::error_already_set error) {
  error_.emplace(std::move(error));
  stopped_ = true;
  throw Stopped{};
}

}  // namespace umbrella::python
