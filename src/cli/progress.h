#pragma once
// Progress of long work on stderr: a bar with rate and ETA on a terminal, plain periodic lines
// otherwise (logs, CI). Thread-safe; called from worker threads.
#include <chrono>
#include <mutex>
#include <string>

namespace umbrella::cli {

class Progress {
 public:
  Progress(std::string what, int total, bool enabled);
  ~Progress();
  void update(int done);

 private:
  std::string what_;
  int total_;
  bool enabled_;
  bool terminal_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_print_;
  std::mutex mutex_;
  bool printed_ = false;
};

}  // namespace umbrella::cli
