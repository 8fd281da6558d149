#pragma once
// The narrative of one replicate: dated lines saying what happened and why. Mechanisms write to
// it only when a Trace is given (umbrella explain); ensembles pass nullptr and pay nothing.
#include <fmt/format.h>

#include <string>
#include <vector>

namespace umbrella {

struct TraceLine {
  double when = 0.0;  // year with fraction
  std::string topic;  // the state or alliance concerned, e.g. KOR or USA-JPN
  std::string text;
};

class Trace {
 public:
  template <typename... Args>
  void add(double when, std::string topic, fmt::format_string<Args...> format, Args&&... args) {
    lines_.push_back({when, std::move(topic), fmt::format(format, std::forward<Args>(args)...)});
  }
  const std::vector<TraceLine>& lines() const { return lines_; }

 private:
  std::vector<TraceLine> lines_;
};

}  // namespace umbrella
