#pragma once
// The escalation ladder: Herman Kahn's 44 rungs (On Escalation, 1965) compressed into named
// levels, each in one of seven groups, with Kahn's six thresholds kept in order. Everything here
// is scenario data; the crisis mechanism reads it.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace umbrella {

inline constexpr int kKahnRungs = 44;

// The ladder's seven groups, in escalation order (docs/model.md, Crises).
enum class LadderGroup : std::uint8_t {
  sub_crisis,            // sub-crisis manoeuvring
  coercion,              // coercive signalling and nuclear threats
  conventional,          // conventional blockade and invasion
  nuclear_threshold,     // the brink: nuclear ultimatums, demonstrations short of use
  limited_nuclear,       // demonstration and limited theater use
  theater_nuclear_war,   // theater nuclear war
  strategic_exchange,    // strategic exchange
};

inline constexpr int kLadderGroupCount = 7;

const char* name(LadderGroup group);

struct LadderLevel {
  std::string id;  // e.g. "large_conventional_war"
  std::string name;
  LadderGroup group = LadderGroup::sub_crisis;
  double challenger_cost = 0.0;  // cost of reaching this level, in units of the stakes (>= 0)
  double defender_cost = 0.0;
  double loss_of_control = 0.0;  // yearly-crisis hazard of uncontrolled escalation from here (0..1)
  bool nuclear_use = false;      // reaching it means nuclear weapons were used
};

// One of Kahn's thresholds, lying between rung `below` and rung `below + 1`.
struct LadderThreshold {
  std::string name;
  int below = 0;
};

struct Ladder {
  std::vector<LadderLevel> levels;             // in escalation order
  std::array<int, kKahnRungs + 1> rung_level{};  // rung 1..44 -> index into levels
  std::vector<LadderThreshold> thresholds;     // Kahn's six, in order
  std::string source;
  bool defined() const { return !levels.empty(); }
};

}  // namespace umbrella
