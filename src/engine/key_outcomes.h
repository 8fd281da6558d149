#pragma once
// The outcomes the essay asks about, in one list for every view that compares policies (the
// lever table of `umbrella run --compare-levers`, the report): belief in the umbrella, allied
// pursuit, the cascade and the regime.
#include <string>
#include <vector>

namespace umbrella {

struct KeyOutcome {
  std::string name;
  std::string subject;
  std::string label;        // short, for tables
  bool final_year = false;  // read in the last year, not the milestone year
};

const std::vector<KeyOutcome>& key_outcomes();

}  // namespace umbrella
