#include "engine/narrative.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace umbrella {

std::string format_narrative(const Trace& trace) {
  std::vector<const TraceLine*> lines;
  for (const TraceLine& line : trace.lines()) lines.push_back(&line);
  std::stable_sort(lines.begin(), lines.end(),
                   [](const TraceLine* a, const TraceLine* b) { return a->when < b->when; });
  std::string out;
  for (const TraceLine* line : lines) {
    const double year = std::floor(line->when);
    const int month = std::min(12, 1 + static_cast<int>((line->when - year) * 12.0));
    out += fmt::format("{:.0f}-{:02d}  {:<8} {}\n", year, month, line->topic, line->text);
  }
  return out;
}

}  // namespace umbrella
