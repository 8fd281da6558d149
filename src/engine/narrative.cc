#include "engine/narrative.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/date.h"

namespace umbrella {

namespace {

// Whether `text` names `code` as a whole word (KOR in "USA-KOR" or "toward KOR", not in "KORX").
bool names(const std::string& text, const std::string& code) {
  const auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = text.find(code); at != std::string::npos; at = text.find(code, at + 1)) {
    const bool starts = at == 0 || !word(text[at - 1]);
    const bool ends = at + code.size() == text.size() || !word(text[at + code.size()]);
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

std::string format_narrative(const Trace& trace, const std::string& only) {
  std::vector<const TraceLine*> lines;
  for (const TraceLine& line : trace.lines()) {
    if (only.empty() || names(line.topic, only) || names(line.text, only)) lines.push_back(&line);
  }
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
