#include "engine/key_outcomes.h"

namespace umbrella {

const std::vector<KeyOutcome>& key_outcomes() {
  static const std::vector<KeyOutcome> kOutcomes = {
      {"credibility", "JPN", "cred JPN", false},        {"credibility", "KOR", "cred KOR", false},
      {"credibility", "TWN", "cred TWN", false},        {"credibility", "DEU", "cred DEU", false},
      {"assurance", "DEU", "assure DEU", false},        {"assurance", "POL", "assure POL", false},
      {"p_pursuit", "KOR", "pursue KOR", false},        {"p_pursuit", "JPN", "pursue JPN", false},
      {"p_pursuit", "TWN", "pursue TWN", false},        {"p_pursuit", "DEU", "pursue DEU", false},
      {"nuclear_armed_states", "world", "armed", true}, {"npt_strength", "world", "NPT", true},
  };
  return kOutcomes;
}

}  // namespace umbrella
