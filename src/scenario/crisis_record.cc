#include "scenario/crisis_record.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "core/csv_line.h"
#include "core/input_file.h"

namespace umbrella {
namespace {

constexpr std::array<std::string_view, 11> kColumns = {
    "id",  "year",           "challenger", "target", "patron", "dyad_class", "highest_group",
    "war", "nuclear_signal", "source",     "note"};
constexpr std::array<const char*, kDyadClassCount> kDyadClassNames = {
    "nuclear_vs_protected", "nuclear_vs_nuclear", "nuclear_vs_unprotected",
    "conventional_vs_protected", "conventional_vs_nuclear"};
constexpr int kFirstYear = 1945;
constexpr int kLastYear = 2100;

class Row {
 public:
  Row(const std::vector<CsvField>& cells, const std::string& file, int line)
      : cells_(cells), file_(file), line_(line) {}

  const std::string& text(std::size_t c) const { return cells_[c].text; }
  [[noreturn]] void fail(std::size_t c, const std::string& message) const {
    const std::string id = cells_[0].text;
    throw InputError({file_, line_, cells_[c].column},
                     fmt::format("crises[{}].{}", id, kColumns[c]), message);
  }

  int year(std::size_t c) const {
    const std::string& t = text(c);
    const bool digits = !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), [](char ch) {
      return std::isdigit(static_cast<unsigned char>(ch)) != 0;
    });
    const int value = digits ? std::stoi(t) : 0;
    if (!digits || value < kFirstYear || value > kLastYear) {
      fail(c, fmt::format("expected a year from {} to {}, got {}", kFirstYear, kLastYear, t));
    }
    return value;
  }

  std::string state(std::size_t c, bool may_be_empty) const {
    const std::string& t = text(c);
    if (t.empty() && may_be_empty) return t;
    const bool code = t.size() == 3 && std::all_of(t.begin(), t.end(),
                                                   [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (!code) fail(c, "expected a state code of three capital letters, got '" + t + "'");
    return t;
  }

  bool flag(std::size_t c) const {
    if (text(c) != "0" && text(c) != "1") fail(c, "expected 0 or 1, got '" + text(c) + "'");
    return text(c) == "1";
  }

  template <typename Enum, std::size_t N>
  Enum choice(std::size_t c, const std::array<const char*, N>& names) const {
    for (std::size_t k = 0; k < N; ++k) {
      if (text(c) == names[k]) return static_cast<Enum>(k);
    }
    std::string known;
    for (const char* n : names) known += (known.empty() ? "" : ", ") + std::string(n);
    fail(c, fmt::format("expected one of {}, got '{}'", known, text(c)));
  }

 private:
  const std::vector<CsvField>& cells_;
  const std::string& file_;
  int line_;
};

std::array<const char*, kLadderGroupCount> ladder_group_names() {
  std::array<const char*, kLadderGroupCount> names{};
  for (int g = 0; g < kLadderGroupCount; ++g) names[g] = name(static_cast<LadderGroup>(g));
  return names;
}

bool has_patron(DyadClass dyad_class) {
  return dyad_class == DyadClass::nuclear_vs_protected ||
         dyad_class == DyadClass::conventional_vs_protected;
}

RecordedCrisis read_row(const Row& row, SourceLocation where) {
  RecordedCrisis c;
  c.id = row.text(0);
  if (c.id.empty()) row.fail(0, "expected an id, got an empty field");
  c.year = row.year(1);
  c.challenger = row.state(2, false);
  c.target = row.state(3, false);
  c.patron = row.state(4, true);
  c.dyad_class = row.choice<DyadClass>(5, kDyadClassNames);
  if (has_patron(c.dyad_class) && c.patron.empty()) {
    row.fail(4,
             fmt::format("expected the target's nuclear-armed patron for dyad class {}, got none",
                         name(c.dyad_class)));
  }
  if (!has_patron(c.dyad_class) && !c.patron.empty()) {
    row.fail(4, fmt::format("expected no patron for dyad class {} (the target has none behind "
                            "it or its own weapons), got {}",
                            name(c.dyad_class), c.patron));
  }
  c.highest = row.choice<LadderGroup>(6, ladder_group_names());
  c.war = row.flag(7);
  c.nuclear_signal = row.flag(8);
  c.source = row.text(9);
  const bool tagged = c.source.find("[V]") != std::string::npos ||
                      c.source.find("[S]") != std::string::npos ||
                      c.source.find("[U]") != std::string::npos;
  if (!tagged) row.fail(9, "expected a source tagged [V], [S] or [U], got '" + c.source + "'");
  c.note = row.text(10);
  c.where = std::move(where);
  return c;
}

std::string header_text() {
  std::string text;
  for (std::string_view column : kColumns) text += (text.empty() ? "" : ",") + std::string(column);
  return text;
}

}  // namespace

const char* name(DyadClass dyad_class) {
  return kDyadClassNames[static_cast<std::size_t>(dyad_class)];
}

CrisisRecord parse_crisis_record(std::string_view text, const std::string& file) {
  CrisisRecord record;
  record.file = file;
  std::map<std::string, int> first_line;
  int line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    start = end + 1;
    ++line_number;
    if (line_number == 1) {
      if (line != header_text()) {
        throw InputError({file, 1, 1}, "header",
                         fmt::format("expected the columns {}, got {}", header_text(), line));
      }
      continue;
    }
    if (line.empty()) continue;
    const std::vector<CsvField> cells = split_csv_line(line, {file, line_number, 0}, "record");
    if (cells.size() != kColumns.size()) {
      throw InputError({file, line_number, 1}, "record",
                       fmt::format("expected {} fields, got {}", kColumns.size(), cells.size()));
    }
    const Row row(cells, file, line_number);
    RecordedCrisis crisis = read_row(row, {file, line_number, 1});
    if (auto [it, fresh] = first_line.emplace(crisis.id, line_number); !fresh) {
      row.fail(0, fmt::format("duplicate crisis id {} (first listed at line {})", crisis.id,
                              it->second));
    }
    record.crises.push_back(std::move(crisis));
  }
  if (line_number == 0) {
    throw InputError({file, 1, 1}, "header",
                     fmt::format("expected the columns {}, got an empty file", header_text()));
  }
  if (record.crises.empty()) {
    throw InputError({file, line_number, 1}, "record", "expected at least one crisis, got none");
  }
  return record;
}

CrisisRecord read_crisis_record(const std::string& path) {
  return parse_crisis_record(read_input_file(path), path);
}

}  // namespace umbrella
