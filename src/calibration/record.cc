#include "calibration/record.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>

#include "core/csv_line.h"
#include "core/error.h"
#include "core/input_file.h"

namespace umbrella {
namespace {

constexpr std::array<std::string_view, 7> kColumns = {"state",  "stage",  "start", "end",
                                                      "coding", "source", "note"};

int parse_year(const CsvField& field, const SourceLocation& where, const char* name) {
  int year = 0;
  const char* first = field.text.data();
  const char* last = first + field.text.size();
  const auto [end, error] = std::from_chars(first, last, year);
  if (error != std::errc() || end != last || year < 1900 || year > 2200) {
    throw InputError({where.file, where.line, field.column}, std::string("record.") + name,
                     "expected a year in 1900..2200, got '" + field.text + "'");
  }
  return year;
}

Stage parse_stage(const CsvField& field, const SourceLocation& where) {
  if (field.text == "explore") return Stage::hedging;
  if (field.text == "pursue") return Stage::pursuit;
  if (field.text == "acquire") return Stage::acquired;
  throw InputError({where.file, where.line, field.column}, "record.stage",
                   "expected explore, pursue or acquire, got '" + field.text + "'");
}

bool is_state_code(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_coding_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

StageSpell parse_row(const std::vector<CsvField>& f, const SourceLocation& where) {
  StageSpell spell;
  spell.line = where.line;
  if (!is_state_code(f[0].text)) {
    throw InputError(
        {where.file, where.line, f[0].column}, "record.state",
        "expected an ISO 3166 alpha-3 code (three capital letters), got '" + f[0].text + "'");
  }
  spell.state = f[0].text;
  spell.stage = parse_stage(f[1], where);
  spell.start = parse_year(f[2], where, "start");
  if (!f[3].text.empty()) {
    spell.end = parse_year(f[3], where, "end");
    if (spell.end < spell.start) {
      throw InputError({where.file, where.line, f[3].column}, "record.end",
                       "the spell ends (" + f[3].text + ") before it starts (" + f[2].text + ")");
    }
  }
  if (!is_coding_name(f[4].text)) {
    throw InputError(
        {where.file, where.line, f[4].column}, "record.coding",
        "expected a coding name (lower-case letters, digits, _), got '" + f[4].text + "'");
  }
  spell.coding = f[4].text;
  if (f[5].text.empty()) {
    throw InputError({where.file, where.line, f[5].column}, "record.source",
                     "every spell needs a source");
  }
  spell.source = f[5].text;
  return spell;
}

// Two spells of one stage of one state in one coding cannot both cover a year.
void check_overlaps(const std::vector<StageSpell>& spells, const std::string& file) {
  for (std::size_t i = 0; i < spells.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      const StageSpell& a = spells[j];
      const StageSpell& b = spells[i];
      if (a.state == b.state && a.stage == b.stage && a.coding == b.coding && b.start <= a.end &&
          a.start <= b.end) {
        throw InputError({file, b.line, 0}, "record",
                         "this spell of " + b.state + " overlaps the one on line " +
                             std::to_string(a.line) + " (same stage and coding)");
      }
    }
  }
}

}  // namespace

ProliferationRecord ProliferationRecord::read(const std::string& path) {
  return parse(read_input_file(path), path);
}

ProliferationRecord ProliferationRecord::parse(std::string_view text, const std::string& file) {
  ProliferationRecord record;
  record.file_ = file;
  int line_number = 0;
  bool header = true;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const SourceLocation where{file, line_number, 0};
    const std::vector<CsvField> fields = split_csv_line(line, where, "record");
    if (header) {
      header = false;
      const bool same =
          fields.size() == kColumns.size() &&
          std::equal(fields.begin(), fields.end(), kColumns.begin(),
                     [](const CsvField& f, std::string_view c) { return f.text == c; });
      if (!same) {
        throw InputError(where, "record",
                         "expected the header state,stage,start,end,coding,source,note");
      }
      continue;
    }
    if (fields.size() != kColumns.size()) {
      throw InputError(where, "record",
                       "expected 7 fields (state,stage,start,end,coding,source,note), got " +
                           std::to_string(fields.size()));
    }
    record.spells_.push_back(parse_row(fields, where));
  }
  if (header) throw InputError({file, 1, 0}, "record", "the file is empty");
  check_overlaps(record.spells_, file);
  return record;
}

Stage ProliferationRecord::status(std::string_view state, int year, std::string_view coding) const {
  const bool own = std::any_of(spells_.begin(), spells_.end(), [&](const StageSpell& s) {
    return s.state == state && s.coding == coding;
  });
  const std::string_view used = own ? coding : kPrimaryCoding;
  Stage highest = Stage::none;
  for (const StageSpell& s : spells_) {
    if (s.state == state && s.coding == used && s.start <= year && year <= s.end) {
      highest = std::max(highest, s.stage);
    }
  }
  return highest;
}

bool ProliferationRecord::has_state(std::string_view state) const {
  return std::any_of(spells_.begin(), spells_.end(),
                     [&](const StageSpell& s) { return s.state == state; });
}

bool ProliferationRecord::has_coding(std::string_view coding) const {
  return std::any_of(spells_.begin(), spells_.end(),
                     [&](const StageSpell& s) { return s.coding == coding; });
}

std::vector<std::string> ProliferationRecord::states() const {
  std::set<std::string> codes;
  for (const StageSpell& s : spells_) codes.insert(s.state);
  return {codes.begin(), codes.end()};
}

}  // namespace umbrella
