#include "cli/progress.h"

#include <fmt/core.h>
#include <unistd.h>

namespace umbrella::cli {

Progress::Progress(std::string what, int total, bool enabled)
    : what_(std::move(what)),
      total_(total),
      enabled_(enabled),
      terminal_(::isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_print_(start_) {}

Progress::~Progress() {
  if (printed_ && terminal_) fmt::print(stderr, "\n");
}

void Progress::update(int done) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  const auto interval = terminal_ ? std::chrono::milliseconds(200) : std::chrono::seconds(5);
  if (done != total_ && now - last_print_ < interval) return;
  last_print_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0.0 ? done / elapsed : 0.0;
  const double eta = rate > 0.0 ? (total_ - done) / rate : 0.0;
  if (terminal_) {
    constexpr int kWidth = 30;
    const int filled = total_ > 0 ? done * kWidth / total_ : kWidth;
    fmt::print(stderr, "\r{} [{:<{}}] {}/{} {:.0f}/s ETA {:.0f}s ", what_,
               std::string(static_cast<std::size_t>(filled), '#'), kWidth, done, total_, rate, eta);
  } else {
    fmt::print(stderr, "{}: {}/{} ({:.0f}/s, ETA {:.0f}s)\n", what_, done, total_, rate, eta);
  }
  printed_ = true;
}

}  // namespace umbrella::cli
