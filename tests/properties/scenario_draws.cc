#include "scenario_draws.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <rapidcheck.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <utility>
#include <vector>

#include "../claims/baseline.h"
#include "scenario/loader.h"

namespace umbrella::testing {
namespace {

constexpr int kSteps = 1 << 16;

// Random lever intensities (not pulled, fully or partly), views, seed, years and replicates.
RunOptions draw_options(const Scenario& scenario) {
  RunOptions options;
  options.seed = *rc::gen::arbitrary<std::uint64_t>();
  options.replicates = *rc::gen::inRange(1, 9);
  options.threads = 1;
  options.sample_uncertainty = *rc::gen::arbitrary<bool>();
  options.from_year = *rc::gen::inRange(scenario.start_year, scenario.end_year + 1);
  options.to_year = *rc::gen::inRange(options.from_year, scenario.end_year + 1);
  for (const Lever& lever : scenario.levers) {
    const int pulled = *rc::gen::inRange(0, 3);
    if (pulled > 0) options.levers.push_back({lever.name, pulled == 1 ? 1.0 : draw_in(0.0, 1.0)});
  }
  for (const Assumption& assumption : scenario.assumptions) {
    const auto view = *rc::gen::inRange<std::size_t>(0, assumption.views.size());
    options.assumptions.push_back({assumption.name, assumption.views[view].name});
  }
  return options;
}

double draw_from(const Distribution& distribution) {
  if (distribution.kind == Distribution::Kind::discrete) {
    return distribution.values[*rc::gen::inRange<std::size_t>(0, distribution.values.size())];
  }
  return draw_in(distribution.lower, distribution.upper);
}

std::string code_of(int state) {
  if (state == 0) return "PAT";
  return fmt::format("S{}{}", static_cast<char>('A' + state / 26),
                     static_cast<char>('A' + state % 26));
}

bool chance(int percent) {
  return *rc::gen::inRange(0, 100) < percent;
}

template <typename T>
T pick(const std::vector<T>& options) {
  return options[*rc::gen::inRange<std::size_t>(0, options.size())];
}

struct SyntheticWorld {
  int states = 0;
  int end = 0;
  std::vector<bool> armed;                     // state 0, the principal patron, always is
  std::vector<std::pair<int, int>> alliances;  // (patron, ally)
  std::string text;
};

void write_states(SyntheticWorld& w) {
  w.text += "states:\n";
  for (int s = 0; s < w.states; ++s) {
    const std::string code = code_of(s);
    w.text += fmt::format("  - code: {}\n    name: State {}\n    region: r{}\n", code, s, s % 2);
    w.text += fmt::format("    conventional: {}\n    source: drawn\n", draw_in(0, 1000));
    if (w.armed[s]) {
      w.text += fmt::format(
          "    stage: acquired\n    npt: {}\n    arsenal: {{strategic: {{deployed: {}, reserve: "
          "{}}}, theater: {{r{}: {{deployed: {}, reserve: 0}}}}}}\n",
          s == 0 || chance(50) ? "weapon_state" : "non_party", 1 + draw_in(0, 5000),
          draw_in(0, 2000), s % 2, draw_in(0, 300));
    } else {
      w.text += fmt::format(
          "    stage: {}\n    npt: {}\n    latency: {}\n    breakout_years: {}\n"
          "    public_support: {}\n    norms: {}\n    dependence: {}\n",
          pick<std::string>({"none", "hedging", "pursuit"}),
          pick<std::string>({"non_weapon_state", "non_party"}), draw_in(0, 1), draw_in(0, 30),
          draw_in(0, 1), draw_in(-3, 3), draw_in(0, 1));
    }
    std::vector<std::string> reacts;
    for (int other = 0; other < w.states; ++other) {
      if (other != s && chance(15)) reacts.push_back(code_of(other));
    }
    if (!reacts.empty()) w.text += fmt::format("    reacts_to: [{}]\n", fmt::join(reacts, ", "));
  }
}

// Allies of the principal patron, and of a second armed state for some (not primary then).
void write_alliances(SyntheticWorld& w) {
  std::string list;
  for (int s = 1; s < w.states; ++s) {
    if (w.armed[s] || !chance(70)) continue;
    for (int patron = 0; patron < w.states; ++patron) {
      if (!w.armed[patron] || (patron > 0 && !chance(30))) continue;
      w.alliances.emplace_back(patron, s);
      list += fmt::format(
          "  - {{patron: {}, ally: {}, kind: {}, region: r{}, forward_presence: {}, sharing: {}, "
          "introduction: {}, primary: {}, credibility: {}, source: drawn}}\n",
          code_of(patron), code_of(s), pick<std::string>({"treaty", "ambiguous", "partner"}), s % 2,
          draw_in(0, 1), pick<std::string>({"none", "nato", "bilateral"}),
          chance(50) ? "true" : "false", patron == 0 ? "true" : "false", draw_in(0, 1));
    }
  }
  w.text += list.empty() ? "alliances: []\n" : "alliances:\n" + list;
}

void write_relations(SyntheticWorld& w) {
  std::string rivalries;
  std::set<std::pair<int, int>> pairs;
  for (int n = *rc::gen::inRange(0, 2 * w.states); n > 0; --n) {
    const int state = *rc::gen::inRange(0, w.states);
    const int adversary = *rc::gen::inRange(0, w.states);
    if (state == adversary || !pairs.insert({state, adversary}).second) continue;
    rivalries += fmt::format("  - {{state: {}, adversary: {}, threat: {}, source: drawn}}\n",
                             code_of(state), code_of(adversary), draw_in(0, 1));
  }
  w.text += rivalries.empty() ? "rivalries: []\n" : "rivalries:\n" + rivalries;
  std::string flashpoints;
  for (std::size_t a = 0; a < w.alliances.size(); ++a) {
    const auto [patron, ally] = w.alliances[a];
    const int adversary = *rc::gen::inRange(0, w.states);
    if (adversary == patron || adversary == ally || !chance(50)) continue;
    flashpoints += fmt::format(
        "  - {{id: F{}, adversary: {}, ally: {}, patron: {}, region: r{}, stakes: {}, "
        "eruption_rate: {}, source: drawn}}\n",
        a, code_of(adversary), code_of(ally), code_of(patron), ally % 2, draw_in(0, 1),
        draw_in(0, 0.5));
  }
  w.text += flashpoints.empty() ? "flashpoints: []\n" : "flashpoints:\n" + flashpoints;
}

// Acts of the patrons, polls, state changes and NPT withdrawals, from the year before the start.
void write_events(SyntheticWorld& w) {
  std::vector<std::pair<std::string, std::string>> events;  // (date, the rest)
  for (int n = *rc::gen::inRange(0, 12); n > 0; --n) {
    const std::string date = fmt::format("{}-{:02}-{:02}", *rc::gen::inRange(2024, w.end + 1),
                                         *rc::gen::inRange(1, 13), *rc::gen::inRange(1, 29));
    const int target = *rc::gen::inRange(0, w.states);
    const int kind = *rc::gen::inRange(0, 4);
    if (kind == 0 || (kind == 1 && w.alliances.empty())) {
      events.emplace_back(
          date,
          fmt::format("kind: act, actor: PAT, target: {}, act: {}, strength: {}", code_of(target),
                      pick<std::string>({"support", "reassurance", "neglect", "coercion",
                                         "appeasement", "abandonment", "designation"}),
                      draw_in(0, 10)));
    } else if (kind == 1) {
      const auto [patron, ally] = pick(w.alliances);
      events.emplace_back(date, fmt::format("kind: poll, target: {}, measure: credibility, "
                                            "actor: {}, value: {}",
                                            code_of(ally), code_of(patron), draw_in(0, 1)));
    } else if (kind == 2) {
      events.emplace_back(date, fmt::format("kind: state_change, target: {}, latency: {}, "
                                            "public_support: {}",
                                            code_of(target), draw_in(0, 1), draw_in(0, 1)));
    } else {
      events.emplace_back(date, fmt::format("kind: npt_withdrawal, target: {}", code_of(target)));
    }
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  w.text += events.empty() ? "events: []\n" : "events:\n";
  for (const auto& [date, rest] : events) {
    w.text += fmt::format("  - {{date: {}, {}, source: drawn}}\n", date, rest);
  }
}

}  // namespace

double draw_in(double lowest, double highest) {
  const int step = *rc::gen::inRange(0, kSteps + 1);
  return step == kSteps ? highest : lowest + (highest - lowest) * step / kSteps;
}

Draw draw_baseline() {
  Draw draw{baseline_scenario(), {}};
  Scenario& scenario = draw.scenario;
  for (ParamSpec& spec : scenario.parameters) {
    if (spec.uncertainty.kind != Distribution::Kind::fixed)
      spec.value = draw_from(spec.uncertainty);
  }
  for (const WorldUncertainty& number : scenario.uncertainties) {
    number.apply(scenario.world, draw_from(number.distribution));
  }
  draw.options = draw_options(scenario);
  return draw;
}

Draw draw_synthetic_world(const std::string& folder) {
  SyntheticWorld w;
  w.states = *rc::gen::inRange(3, 13);
  w.end = 2026 + *rc::gen::inRange(0, 15);
  w.armed.assign(static_cast<std::size_t>(w.states), false);
  for (int s = 0; s < w.states; ++s) w.armed[s] = s == 0 || chance(25);
  w.text = fmt::format(
      "include: [{0}/scenarios/model-2025.yaml, {0}/scenarios/ladder-kahn.yaml]\n"
      "scenario: {{name: synthetic, start: 2025, end: {1}, patron: PAT}}\n"
      "regions: [r0, r1]\n",
      UMBRELLA_SOURCE_DIR, w.end);
  write_states(w);
  write_alliances(w);
  write_relations(w);
  write_events(w);
  const std::string file = folder + "/synthetic.yaml";
  std::ofstream(file) << w.text;
  RC_LOG() << w.text;
  Draw draw{load_scenario(file), {}};
  draw.options = draw_options(draw.scenario);
  return draw;
}

}  // namespace umbrella::testing
