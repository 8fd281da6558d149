#pragma once
// The World: plain data describing states, alliances, rivalries, flashpoints and treaties.
// Hot data is flat: everything refers to everything else by small integer ids; names and
// sources stay here only for loading and output. How the World changes lives in src/model/.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "world/ladder.h"

namespace umbrella {

using StateId = std::int32_t;
using AllianceId = std::int32_t;
using RegionId = std::int32_t;
inline constexpr StateId kNoState = -1;
inline constexpr int kMaxRegions = 8;

// Proliferation stage of a state; ordered so that "at or beyond" is a comparison.
enum class Stage : std::uint8_t { none = 0, hedging = 1, pursuit = 2, acquired = 3 };
enum class NptStatus : std::uint8_t { weapon_state, non_weapon_state, non_party, withdrawn };
enum class AllianceKind : std::uint8_t { treaty, ambiguous, partner };
enum class Sharing : std::uint8_t { none, nato, bilateral };

const char* name(Stage stage);
const char* name(NptStatus status);
const char* name(AllianceKind kind);
const char* name(Sharing sharing);

// When an object exists: from `from` (inclusive) to `until` (exclusive); a date of year 0 leaves
// that side open. Scenarios before 1945 need neither; the 1945-2024 history needs both.
struct Period {
  Date from;
  Date until;
  bool starts() const { return from.year != 0; }
  bool ends() const { return until.year != 0; }
};

struct Forces {
  double deployed = 0.0;
  double reserve = 0.0;
  double total() const { return deployed + reserve; }
};

struct Arsenal {
  Forces strategic;
  std::array<Forces, kMaxRegions> theater{};  // non-strategic forces by region
  double theater_total() const {
    double sum = 0.0;
    // Unrolled: every mechanism sums arsenals each simulated year, and the loop's counter and
    // test cost as much as its adds.
#pragma GCC unroll 8
    for (const Forces& f : theater) sum += f.total();
    return sum;
  }
  double total() const {
    return strategic.total() + theater_total();
  }
};

// What a dated arsenal target sets: the deployed strategic force, the deployed theater force in
// one region, or the whole stockpile (every component scaled in proportion).
enum class ArsenalComponent : std::uint8_t { stockpile, strategic, theater };

struct ArsenalTarget {
  double year = 0.0;  // may be fractional (mid-year estimates)
  double value = 0.0;
};

struct ArsenalPath {
  StateId state = kNoState;
  ArsenalComponent component = ArsenalComponent::stockpile;
  RegionId region = 0;                // for theater paths
  std::vector<ArsenalTarget> points;  // sorted by year
  std::string source;
};

struct State {
  std::string code;  // ISO 3166 alpha-3
  std::string name;
  std::string source;
  RegionId region = 0;
  Stage stage = Stage::none;
  NptStatus npt = NptStatus::non_weapon_state;
  Arsenal arsenal;
  double conventional = 0.0;    // conventional military strength, index (scenario says which)
  double latency = 0.0;         // latent nuclear capability, 0 (none) .. 1 (full fuel cycle)
  double breakout_years = 5.0;  // time from a decision to pursue to a deliverable weapon
  double public_support = 0.0;  // share of the public supporting own nuclear weapons, 0..1
  double norms = 0.0;           // norms/identity offset on the logit of every proliferation hazard
  double dependence = 0.0;      // economic and security dependence on the patron (sanctions)
  std::vector<StateId> reacts_to;  // rivals whose arsenal growth this state answers
  Period period;                   // independence, unification, dissolution
};

struct Alliance {
  StateId patron = kNoState;
  StateId ally = kNoState;
  AllianceKind kind = AllianceKind::treaty;
  RegionId region = 0;
  double forward_presence = 0.0;  // patron's conventional forces in theater, 0..1
  Sharing sharing = Sharing::none;
  bool introduction = false;  // ally has declared it permits introduction of weapons in a crisis
  bool primary = true;        // the ally's principal patron: its credibility is the output
  double initial_credibility = 0.5;  // measured belief in the patron when it becomes active
  Period period;
  std::string source;
};

// A directed threat: how much `state` is threatened by `adversary` (0..1).
struct Rivalry {
  StateId state = kNoState;
  StateId adversary = kNoState;
  double threat = 0.0;
  std::string source;
  Period period;
};

struct Flashpoint {
  std::string id;  // e.g. CHN-TWN
  StateId adversary = kNoState;
  StateId ally = kNoState;
  StateId patron = kNoState;
  RegionId region = 0;
  double stakes = 0.5;         // the adversary's valuation of changing the status quo, 0..1
  double eruption_rate = 0.0;  // yearly chance that a crisis erupts
  // The challenger's starting belief that the patron will defend the ally; < 0 when the scenario
  // gives none, and the ally's starting credibility stands in for it.
  double challenger_belief = -1.0;
  // The chance that the patron is actually resolved to defend (tactically Hard); < 0 when the
  // scenario gives none, and the challenger's belief is taken to be right.
  double patron_resolve = -1.0;
  std::string source;
};

struct Treaty {
  std::string id;
  std::string name;
  std::vector<StateId> parties;
  double cap_strategic_deployed = -1.0;  // treaty-counted warheads; < 0 when no cap
  Date in_force;
  Date expires;  // year 0 when open-ended
  int withdrawal_notice_months = 0;
  std::string source;

  bool in_force_at(double year) const;
};

struct World {
  std::vector<std::string> regions;
  std::vector<State> states;
  std::vector<Alliance> alliances;
  std::vector<Rivalry> rivalries;
  std::vector<Flashpoint> flashpoints;
  std::vector<Treaty> treaties;
  std::vector<ArsenalPath> arsenal_paths;
  Ladder ladder;
  StateId principal_patron = kNoState;  // whose stochastic acts the engine draws

  StateId find_state(const std::string& code) const;
  RegionId find_region(const std::string& region) const;
  int find_flashpoint(const std::string& id) const;
};

// Whether `state` holds weapons on `date`: armed at the start, or an arsenal path of its with
// warheads by then (a date of year 0 asks about the start alone).
bool holds_weapons(const World& world, StateId state, const Date& date);

}  // namespace umbrella
