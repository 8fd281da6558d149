#pragma once
// The historical record of crises under a nuclear shadow (data/record/crises.csv, described in
// data/record/crises.md): one row per crisis with its parties, the class of its dyad, the
// highest group of the escalation ladder it reached, and whether it became a war and saw a
// nuclear signal. Read and checked here; every bad field is an InputError at file:line:column.
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "world/ladder.h"

namespace umbrella {

// Who faced whom, by nuclear status: the challenger nuclear-armed or not, the target
// nuclear-armed, protected by a nuclear-armed patron, or neither.
enum class DyadClass : std::uint8_t {
  nuclear_vs_protected,       // the model's flashpoints: CHN-TWN, PRK-KOR, RUS-NATO, ...
  nuclear_vs_nuclear,         // both nuclear-armed
  nuclear_vs_unprotected,     // a nuclear-armed challenger, a target without a patron
  conventional_vs_protected,  // a challenger without weapons, a target with a nuclear patron
  conventional_vs_nuclear,    // a challenger without weapons, a nuclear-armed target
};
inline constexpr int kDyadClassCount = 5;
const char* name(DyadClass dyad_class);

struct RecordedCrisis {
  std::string id;
  int year = 0;
  std::string challenger, target, patron;  // state codes; patron empty when there is none
  DyadClass dyad_class = DyadClass::nuclear_vs_protected;
  LadderGroup highest = LadderGroup::coercion;
  bool war = false;
  bool nuclear_signal = false;
  std::string source;
  std::string note;
  SourceLocation where;
};

struct CrisisRecord {
  std::string file;
  std::vector<RecordedCrisis> crises;
};

// Parses the record's CSV text (a header, then one crisis a line; fields may be quoted with
// "...", a quote inside written "").
CrisisRecord parse_crisis_record(std::string_view text, const std::string& file);
CrisisRecord read_crisis_record(const std::string& path);

}  // namespace umbrella
