#pragma once
// The historical record of proliferation: when each state explored, pursued and acquired nuclear
// weapons, as stage spells (data/record/proliferation.csv, data/record/README.md). Several codings
// of the same history can sit side by side (Bleek 2017, Singh & Way 2004, ...); a state without
// rows in a coding takes the primary coding's.
#include <string>
#include <string_view>
#include <vector>

#include "world/world.h"

namespace umbrella {

inline constexpr std::string_view kPrimaryCoding = "bleek2017";
inline constexpr int kOngoing = 9999;  // the `end` of a spell still running

struct StageSpell {
  std::string state;
  Stage stage = Stage::hedging;  // hedging = explore, pursuit = pursue, acquired = acquire
  int start = 0;
  int end = kOngoing;  // the last year in the stage
  std::string coding;
  std::string source;
  int line = 0;
};

class ProliferationRecord {
 public:
  // Throws InputError naming file:line and the column for anything malformed.
  static ProliferationRecord read(const std::string& path);
  static ProliferationRecord parse(std::string_view text, const std::string& file);

  // The highest stage whose spell covers `year`, in `coding` where the state has rows of it.
  Stage status(std::string_view state, int year, std::string_view coding) const;
  bool has_state(std::string_view state) const;
  bool has_coding(std::string_view coding) const;
  std::vector<std::string> states() const;
  const std::vector<StageSpell>& spells() const { return spells_; }
  const std::string& file() const { return file_; }

 private:
  std::vector<StageSpell> spells_;
  std::string file_;
};

}  // namespace umbrella
