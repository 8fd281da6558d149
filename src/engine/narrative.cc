#include "engine/narrative.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/date.h"

namespace umbrella {

std::string format_narrative(const Trace& trace) {
  std::vector<const TraceLine*> lines;
  for (const TraceLine& line : trace.lines()) lines.push_back(&line);
  std::stable_sort(lines.begin(), lines.end(),
                   [](const TraceLine* a, const TraceLine* b) { return a->when < b->when; });
  std::string out;
  for (const TraceLine* line : lines) {
    const Date date = date_at(line->when);
    out += fmt::format("{}-{:02d}  {:<8} {}\n", date.year, date.month, line->topic, line->text);
  }
  return out;
}

}  // namespace umbrella
