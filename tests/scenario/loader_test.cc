#include "scenario/loader.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace umbrella {
namespace {

namespace fs = std::filesystem;

// A complete valid world: every kind of object, event and section, with uncertain numbers.
// KOR is listed first so that its `reacts_to` names states listed after it.
constexpr const char* kWorld = R"(
scenario:
  name: Test scenario
  description: A small complete scenario
  start: 2025
  end: 2040
  patron: USA
regions: [east_asia, europe]
states:
  - code: KOR
    name: South Korea
    region: east_asia
    stage: hedging
    npt: non_weapon_state
    conventional: 150
    latency: 0.6
    breakout_years: {value: 1.5, range: [0.5, 3], source: "judgment: enrichment"}
    public_support: 0.76
    norms: -0.5
    dependence: 0.8
    reacts_to: [PRK, CHN]
    source: "kor"
  - code: USA
    name: United States
    region: east_asia
    stage: acquired
    npt: weapon_state
    arsenal:
      strategic: {deployed: 1670, reserve: {value: 1930, range: [1800, 2000]}}
      theater: {europe: {deployed: 100, reserve: 0}, east_asia: {reserve: 20}}
    arsenal_paths:
      - {component: theater, region: east_asia, points: [{year: 2030, value: 50}], source: "usa path"}
    conventional: 1000
    source: "usa"
  - code: CHN
    name: China
    region: east_asia
    stage: acquired
    npt: weapon_state
    arsenal: {strategic: {deployed: 24, reserve: 576}}
    arsenal_paths:
      - component: stockpile
        points: [{year: 2023.4, value: 500}, {year: 2030, value: {value: 1000, range: [800, 1500]}}]
        source: "dod"
    conventional: 600
    source: "chn"
  - code: PRK
    name: North Korea
    region: east_asia
    stage: acquired
    npt: withdrawn
    arsenal: {strategic: {reserve: 50}}
    conventional: 80
    source: "prk"
  - code: JPN
    name: Japan
    region: east_asia
    stage: none
    npt: non_weapon_state
    conventional: 120
    latency: 0.9
    breakout_years: 1
    public_support: 0.1
    source: "jpn"
alliances:
  - patron: USA
    ally: JPN
    kind: treaty
    region: east_asia
    forward_presence: 0.8
    sharing: none
    introduction: false
    credibility: {value: 0.22, range: [0.1, 0.4], dist: {kind: triangular, mode: 0.25}}
    source: "poll"
  - {patron: USA, ally: KOR, kind: treaty, region: east_asia, forward_presence: 0.7,
     sharing: bilateral, introduction: true, credibility: 0.5, source: "usa-kor"}
  - {patron: CHN, ally: PRK, kind: ambiguous, region: east_asia, forward_presence: 0,
     primary: true, credibility: 0.6, source: "chn-prk"}
rivalries:
  - {state: KOR, adversary: PRK, threat: {value: 0.8, range: [0.6, 1]}, source: "kor-prk"}
flashpoints:
  - {id: korea, adversary: PRK, ally: KOR, patron: USA, region: east_asia, stakes: 0.6, eruption_rate: 0.07, source: "fp"}
treaties:
  - {id: new_start, name: New START, parties: [USA, CHN], cap_strategic_deployed: 1550,
     in_force: 2011-02-05, expires: 2026-02-05, withdrawal_notice_months: 3, source: "treaty"}
events:
  - {id: speech, date: 2025-01, kind: statement, actor: USA, text: "a speech", source: "e1"}
  - {date: 2025-02, kind: act, actor: USA, target: KOR, act: coercion, strength: 2, source: "e2"}
  - {date: 2025-03, kind: poll, target: KOR, measure: credibility, actor: USA, value: 0.4, source: "e3"}
  - {date: 2025-03, kind: poll, target: KOR, measure: support, value: 0.7, source: "e4"}
  - {date: 2025-04-10, kind: alliance_change, patron: USA, ally: KOR, alliance_kind: partner,
     forward_presence: 0.5, source: "e5"}
  - {date: 2025-05, kind: state_change, target: KOR, latency: 0.7, norms: 1, source: "e6"}
  - {date: 2025-06, kind: npt_withdrawal, target: KOR, source: "e7"}
assumptions:
  forward_weapons:
    description: "Do forward-deployed weapons reassure?"
    default: reassure
    views:
      reassure: {description: "yes", source: "Reiter 2014",
                 set: {credibility.capability.sharing_nato: 0.6}}
      no_added_effect: {source: "Fuhrmann & Sechser 2014",
                        set: {credibility.capability.sharing_nato: 0.0}}
levers:
  bilateral_sharing:
    description: "sharing with Japan"
    from: 2027
    source: "lever"
    set: {patron.neglect_rate: 1.0}
    events:
      - {date: 2028, kind: act, actor: USA, target: JPN, act: support, source: "l1"}
      - {id: share_jpn, date: 2027, kind: alliance_change, patron: USA, ally: JPN,
         sharing: bilateral, source: "l2"}
    arsenal_paths:
      - {state: USA, component: theater, region: east_asia, points: [{year: 2034, value: 100}],
         source: "l3"}
)";

// Every parameter of the model, by iterating the list: value at the middle of the domain, range
// the whole domain; the one the world's assumption sets has no value (its views give it).
// `special` replaces the spec of the parameters it names.
std::string parameters_section(const std::map<std::string, std::string>& special = {}) {
  std::string out = "parameters:\n";
  for (std::size_t i = 0; i < kParamCount; ++i) {
    const ParamInfo& param = info(static_cast<ParamId>(i));
    auto it = special.find(param.name);
    const std::string value = static_cast<ParamId>(i) == ParamId::cap_sharing_nato
                                  ? ""
                                  : fmt::format("value: {}, ", (param.lowest + param.highest) / 2);
    const std::string spec = it != special.end()
                                 ? it->second
                                 : fmt::format("{{{}range: [{}, {}], source: \"test\"}}", value,
                                               param.lowest, param.highest);
    out += fmt::format("  {}: {}\n", param.name, spec);
  }
  return out;
}

// A valid ladder: a level between each two of Kahn's thresholds, with uncertain numbers.
constexpr const char* kLadder = R"(
ladder:
  source: "kahn"
  levels:
    - {id: status_quo, name: Status quo, group: sub_crisis, challenger_cost: 0, defender_cost: 0,
       loss_of_control: 0, nuclear_use: false, source: "l0"}
    - {id: signalling, name: Signalling, group: coercion, challenger_cost: 0.05,
       defender_cost: {value: 0.04, range: [0.01, 0.1]}, loss_of_control: 0.01,
       nuclear_use: false, source: "l1"}
    - {id: invasion, name: Invasion, group: conventional, challenger_cost: 0.5, defender_cost: 0.4,
       loss_of_control: 0.1, nuclear_use: false, source: "l2"}
    - {id: brink, name: Brink, group: nuclear_threshold, challenger_cost: 0.7, defender_cost: 0.6,
       loss_of_control: {value: 0.3, range: [0.1, 0.6], source: "dixit"}, nuclear_use: false,
       source: "l3"}
    - {id: limited, name: Limited use, group: limited_nuclear, challenger_cost: 1.5,
       defender_cost: 1, loss_of_control: 0.4, nuclear_use: true, source: "l4"}
    - {id: theater, name: Theater war, group: theater_nuclear_war, challenger_cost: 3,
       defender_cost: 3, loss_of_control: 0.4, nuclear_use: true, source: "l5"}
    - {id: homeland, name: Homeland strikes, group: strategic_exchange, challenger_cost: 10,
       defender_cost: 10, loss_of_control: 0.5, nuclear_use: true, source: "l6"}
    - {id: counterforce, name: Counterforce war, group: strategic_exchange, challenger_cost: 30,
       defender_cost: 30, loss_of_control: 0.5, nuclear_use: true, source: "l7"}
    - {id: general, name: General war, group: strategic_exchange, challenger_cost: 100,
       defender_cost: 100, loss_of_control: 0, nuclear_use: true, source: "l8"}
  rungs: {1: status_quo, 2: status_quo, 3: status_quo,
          4: signalling, 5: signalling, 6: signalling, 7: signalling, 8: signalling, 9: signalling,
          10: invasion, 11: invasion, 12: invasion, 13: invasion, 14: invasion,
          15: brink, 16: brink, 17: brink, 18: brink, 19: brink, 20: brink,
          21: limited, 22: limited, 23: theater, 24: theater, 25: theater,
          26: homeland, 27: homeland, 28: homeland, 29: homeland, 30: homeland, 31: homeland,
          32: counterforce, 33: counterforce, 34: counterforce, 35: counterforce,
          36: counterforce, 37: counterforce, 38: counterforce,
          39: general, 40: general, 41: general, 42: general, 43: general, 44: general}
  thresholds:
    - {name: dont_rock_the_boat, below: 3}
    - {name: nuclear_war_is_unthinkable, below: 9}
    - {name: no_nuclear_use, below: 20}
    - {name: central_sanctuary, below: 25}
    - {name: central_war, below: 31}
    - {name: city_targeting, below: 38}
)";

// The world above with every parameter and the ladder its flashpoint's crises climb.
std::string complete_scenario(const std::map<std::string, std::string>& special = {}) {
  return kWorld + parameters_section(special) + kLadder;
}

class Loader : public testing::Test {
 protected:
  Loader() {
    const testing::TestInfo* test = testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           fmt::format("umbrella-loader-{}-{}", test->name(), static_cast<long>(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~Loader() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  std::string write(const std::string& name, const std::string& text) const {
    const fs::path path = dir_ / name;
    std::ofstream(path) << text;
    return path.string();
  }

  fs::path dir_;
};

const State& state(const Scenario& s, const std::string& code) {
  const StateId id = s.world.find_state(code);
  EXPECT_NE(id, kNoState) << code;
  return s.world.states.at(static_cast<std::size_t>(id));
}

const Alliance& alliance(const Scenario& s, const std::string& patron, const std::string& ally) {
  const StateId p = s.world.find_state(patron), a = s.world.find_state(ally);
  auto it = std::find_if(s.world.alliances.begin(), s.world.alliances.end(),
                         [&](const Alliance& x) { return x.patron == p && x.ally == a; });
  EXPECT_NE(it, s.world.alliances.end()) << patron << "-" << ally;
  return *it;
}

const WorldUncertainty* uncertainty(const Scenario& s, const std::string& path) {
  auto it = std::find_if(s.uncertainties.begin(), s.uncertainties.end(),
                         [&](const WorldUncertainty& u) { return u.path == path; });
  return it == s.uncertainties.end() ? nullptr : &*it;
}

const ParamSpec& param(const Scenario& s, ParamId id) {
  return s.parameters[static_cast<std::size_t>(id)];
}

TEST_F(Loader, ReadsTheHeaderAndTheStates) {
  const std::string path = write("s.yaml", complete_scenario());
  const Scenario s = load_scenario(path);
  EXPECT_EQ(s.name, "Test scenario");
  EXPECT_EQ(s.description, "A small complete scenario");
  EXPECT_EQ(s.start_year, 2025);
  EXPECT_EQ(s.end_year, 2040);
  EXPECT_EQ(s.files, std::vector<std::string>{path});
  EXPECT_EQ(s.world.regions, (std::vector<std::string>{"east_asia", "europe"}));
  EXPECT_EQ(s.world.principal_patron, s.world.find_state("USA"));

  const State& kor = state(s, "KOR");
  EXPECT_EQ(kor.name, "South Korea");
  EXPECT_EQ(kor.region, 0);
  EXPECT_EQ(kor.stage, Stage::hedging);
  EXPECT_EQ(kor.npt, NptStatus::non_weapon_state);
  EXPECT_DOUBLE_EQ(kor.conventional, 150);
  EXPECT_DOUBLE_EQ(kor.latency, 0.6);
  EXPECT_DOUBLE_EQ(kor.breakout_years, 1.5);
  EXPECT_DOUBLE_EQ(kor.public_support, 0.76);
  EXPECT_DOUBLE_EQ(kor.norms, -0.5);
  EXPECT_DOUBLE_EQ(kor.dependence, 0.8);
  EXPECT_EQ(kor.reacts_to,
            (std::vector<StateId>{s.world.find_state("PRK"), s.world.find_state("CHN")}));
  EXPECT_EQ(kor.source, "kor");
  EXPECT_DOUBLE_EQ(kor.arsenal.total(), 0.0);

  const State& usa = state(s, "USA");
  EXPECT_EQ(usa.npt, NptStatus::weapon_state);
  EXPECT_DOUBLE_EQ(usa.arsenal.strategic.deployed, 1670);
  EXPECT_DOUBLE_EQ(usa.arsenal.strategic.reserve, 1930);
  EXPECT_DOUBLE_EQ(usa.arsenal.theater[1].deployed, 100);
  EXPECT_DOUBLE_EQ(usa.arsenal.theater[0].reserve, 20);
  EXPECT_DOUBLE_EQ(state(s, "PRK").arsenal.strategic.reserve, 50);
}

TEST_F(Loader, ReadsArsenalPathsAlliancesRivalriesFlashpointsAndTreaties) {
  const Scenario s = load_scenario(write("s.yaml", complete_scenario()));
  const World& w = s.world;
  ASSERT_EQ(w.arsenal_paths.size(), 2u);
  const ArsenalPath& theater = w.arsenal_paths[0];
  EXPECT_EQ(theater.state, w.find_state("USA"));
  EXPECT_EQ(theater.component, ArsenalComponent::theater);
  EXPECT_EQ(theater.region, 0);
  EXPECT_EQ(theater.source, "usa path");
  const ArsenalPath& stockpile = w.arsenal_paths[1];
  EXPECT_EQ(stockpile.component, ArsenalComponent::stockpile);
  ASSERT_EQ(stockpile.points.size(), 2u);
  EXPECT_DOUBLE_EQ(stockpile.points[0].year, 2023.4);
  EXPECT_DOUBLE_EQ(stockpile.points[1].value, 1000);

  const Alliance& usa_jpn = alliance(s, "USA", "JPN");
  EXPECT_EQ(usa_jpn.kind, AllianceKind::treaty);
  EXPECT_DOUBLE_EQ(usa_jpn.forward_presence, 0.8);
  EXPECT_EQ(usa_jpn.sharing, Sharing::none);
  EXPECT_FALSE(usa_jpn.introduction);
  EXPECT_TRUE(usa_jpn.primary);
  EXPECT_DOUBLE_EQ(usa_jpn.initial_credibility, 0.22);
  EXPECT_EQ(usa_jpn.source, "poll");
  const Alliance& usa_kor = alliance(s, "USA", "KOR");
  EXPECT_EQ(usa_kor.sharing, Sharing::bilateral);
  EXPECT_TRUE(usa_kor.introduction);
  EXPECT_EQ(alliance(s, "CHN", "PRK").kind, AllianceKind::ambiguous);

  ASSERT_EQ(w.rivalries.size(), 1u);
  EXPECT_EQ(w.rivalries[0].state, w.find_state("KOR"));
  EXPECT_EQ(w.rivalries[0].adversary, w.find_state("PRK"));
  EXPECT_DOUBLE_EQ(w.rivalries[0].threat, 0.8);

  ASSERT_EQ(w.flashpoints.size(), 1u);
  EXPECT_EQ(w.flashpoints[0].id, "korea");
  EXPECT_EQ(w.flashpoints[0].patron, w.find_state("USA"));
  EXPECT_DOUBLE_EQ(w.flashpoints[0].stakes, 0.6);
  EXPECT_DOUBLE_EQ(w.flashpoints[0].eruption_rate, 0.07);

  ASSERT_EQ(w.treaties.size(), 1u);
  const Treaty& treaty = w.treaties[0];
  EXPECT_EQ(treaty.name, "New START");
  EXPECT_EQ(treaty.parties, (std::vector<StateId>{w.find_state("USA"), w.find_state("CHN")}));
  EXPECT_DOUBLE_EQ(treaty.cap_strategic_deployed, 1550);
  EXPECT_EQ(treaty.in_force, (Date{2011, 2, 5}));
  EXPECT_EQ(treaty.expires, (Date{2026, 2, 5}));
  EXPECT_EQ(treaty.withdrawal_notice_months, 3);
}

TEST_F(Loader, ReadsEveryKindOfEvent) {
  const Scenario s = load_scenario(write("s.yaml", complete_scenario()));
  const World& w = s.world;
  ASSERT_EQ(s.timeline.size(), 7u);
  const Event& statement = s.timeline[0];
  EXPECT_EQ(statement.id, "speech");
  EXPECT_EQ(statement.kind, EventKind::statement);
  EXPECT_EQ(statement.date, (Date{2025, 1, 0}));
  EXPECT_EQ(statement.text, "a speech");
  const std::string before_speech =
      std::string(kWorld).substr(0, std::string(kWorld).find("{id: speech"));
  EXPECT_EQ(statement.where.line, std::count(before_speech.begin(), before_speech.end(), '\n') + 1);
  EXPECT_EQ(statement.where.column, 5);

  const Event& act = s.timeline[1];
  EXPECT_EQ(act.act, ActType::coercion);
  EXPECT_EQ(act.actor, w.find_state("USA"));
  EXPECT_EQ(act.target, w.find_state("KOR"));
  EXPECT_DOUBLE_EQ(act.strength, 2);

  EXPECT_EQ(s.timeline[2].measure, PollMeasure::credibility);
  EXPECT_EQ(s.timeline[2].actor, w.find_state("USA"));
  EXPECT_DOUBLE_EQ(s.timeline[2].value, 0.4);
  EXPECT_EQ(s.timeline[3].measure, PollMeasure::support);
  EXPECT_EQ(s.timeline[3].actor, kNoState);

  const AllianceChange& change = s.timeline[4].alliance_change;
  EXPECT_EQ(&w.alliances[static_cast<std::size_t>(change.alliance)], &alliance(s, "USA", "KOR"));
  EXPECT_EQ(change.kind, AllianceKind::partner);
  EXPECT_EQ(change.forward_presence, 0.5);
  EXPECT_FALSE(change.sharing.has_value());

  const StateChange& state_change = s.timeline[5].state_change;
  EXPECT_EQ(state_change.latency, 0.7);
  EXPECT_EQ(state_change.norms, 1.0);
  EXPECT_FALSE(state_change.breakout_years.has_value());

  EXPECT_EQ(s.timeline[6].kind, EventKind::npt_withdrawal);
  EXPECT_EQ(s.timeline[6].source, "e7");
}

TEST_F(Loader, ReadsAssumptionsAndLevers) {
  const Scenario s = load_scenario(write("s.yaml", complete_scenario()));
  const Assumption* forward = s.find_assumption("forward_weapons");
  ASSERT_NE(forward, nullptr);
  EXPECT_EQ(forward->description, "Do forward-deployed weapons reassure?");
  ASSERT_EQ(forward->views.size(), 2u);
  EXPECT_EQ(forward->views[0].name, "reassure");
  EXPECT_EQ(forward->views[0].source, "Reiter 2014");
  EXPECT_EQ(forward->views[1].set[0].param, ParamId::cap_sharing_nato);
  EXPECT_EQ(forward->default_view, 0);
  EXPECT_DOUBLE_EQ(s.parameter_values()[ParamId::cap_sharing_nato], 0.6);

  const Lever* lever = s.find_lever("bilateral_sharing");
  ASSERT_NE(lever, nullptr);
  EXPECT_EQ(lever->description, "sharing with Japan");
  EXPECT_EQ(lever->from_year, 2027);
  ASSERT_EQ(lever->set.size(), 1u);
  EXPECT_EQ(lever->set[0].param, ParamId::patron_neglect_rate);
  EXPECT_DOUBLE_EQ(lever->set[0].value, 1.0);
  ASSERT_EQ(lever->events.size(), 2u);
  EXPECT_EQ(lever->events[0].id, "share_jpn");  // sorted by date
  EXPECT_EQ(lever->events[0].alliance_change.sharing, Sharing::bilateral);
  ASSERT_EQ(lever->arsenal_paths.size(), 1u);
  EXPECT_EQ(lever->arsenal_paths[0].state, s.world.find_state("USA"));
  EXPECT_EQ(lever->arsenal_paths[0].region, 0);
  EXPECT_DOUBLE_EQ(lever->arsenal_paths[0].points[0].value, 100);
}

TEST_F(Loader, ReadsEveryKindOfDistribution) {
  using Kind = Distribution::Kind;
  const Scenario s = load_scenario(write(
      "s.yaml",
      complete_scenario({
          {"credibility.memory", "{value: 0.9, source: \"fact\"}"},
          {"credibility.shock_discount", "{value: 0.5, range: [0.2, 0.8], source: \"u\"}"},
          {"credibility.spillover_same_region",
           "{value: 0.5, range: [0.2, 0.8], dist: {kind: triangular, mode: 0.4}, source: \"t\"}"},
          {"credibility.spillover_other_region",
           "{value: 0.3, range: [0, 1], dist: {kind: normal, mean: 0.3, sd: 0.1}, source: \"n\"}"},
          {"credibility.capability_weight",
           "{value: 0.5, range: [0, 1], dist: {kind: beta, alpha: 2, beta: 3}, source: \"b\"}"},
          {"credibility.poll_assimilation",
           "{value: 0.5, dist: {kind: discrete, values: [0.25, 0.5, 1]}, source: \"d\"}"},
      })));

  const ParamSpec& fixed = param(s, ParamId::memory);
  EXPECT_DOUBLE_EQ(fixed.value, 0.9);
  EXPECT_EQ(fixed.source, "fact");
  EXPECT_TRUE(fixed.defined);
  EXPECT_EQ(fixed.uncertainty.kind, Kind::fixed);
  EXPECT_DOUBLE_EQ(fixed.uncertainty.a, 0.9);
  EXPECT_DOUBLE_EQ(fixed.uncertainty.lower, 0.9);
  EXPECT_DOUBLE_EQ(fixed.uncertainty.upper, 0.9);

  const Distribution& uniform = param(s, ParamId::shock_discount).uncertainty;
  EXPECT_EQ(uniform.kind, Kind::uniform);
  EXPECT_DOUBLE_EQ(uniform.lower, 0.2);
  EXPECT_DOUBLE_EQ(uniform.upper, 0.8);

  const Distribution& triangular = param(s, ParamId::spillover_same_region).uncertainty;
  EXPECT_EQ(triangular.kind, Kind::triangular);
  EXPECT_DOUBLE_EQ(triangular.c, 0.4);
  EXPECT_DOUBLE_EQ(triangular.lower, 0.2);

  const Distribution& normal = param(s, ParamId::spillover_other_region).uncertainty;
  EXPECT_EQ(normal.kind, Kind::normal);
  EXPECT_DOUBLE_EQ(normal.a, 0.3);
  EXPECT_DOUBLE_EQ(normal.b, 0.1);
  EXPECT_DOUBLE_EQ(normal.upper, 1.0);

  const Distribution& beta = param(s, ParamId::capability_weight).uncertainty;
  EXPECT_EQ(beta.kind, Kind::beta);
  EXPECT_DOUBLE_EQ(beta.a, 2);
  EXPECT_DOUBLE_EQ(beta.b, 3);

  const Distribution& discrete = param(s, ParamId::poll_assimilation).uncertainty;
  EXPECT_EQ(discrete.kind, Kind::discrete);
  EXPECT_EQ(discrete.values, (std::vector<double>{0.25, 0.5, 1}));
  EXPECT_DOUBLE_EQ(discrete.lower, 0.25);
  EXPECT_DOUBLE_EQ(discrete.upper, 1);
}

TEST_F(Loader, IncludingFileReplacesObjectsFieldByField) {
  write("base.yaml", complete_scenario());
  const std::string policy = write("policy.yaml", R"(
include: [base.yaml]
states:
  - code: KOR
    latency: 0.3
    arsenal_paths: []
  - code: CHN
    arsenal_paths:
      - {component: stockpile, points: [{year: 2035, value: 1500}], source: "new estimate"}
  - {code: AUS, name: Australia, region: east_asia, stage: none, npt: non_weapon_state,
     conventional: 60, latency: 0.2, breakout_years: 10, public_support: 0.3, source: "aus"}
alliances:
  - {patron: USA, ally: JPN, sharing: nato}
)");
  const Scenario s = load_scenario(policy);
  EXPECT_EQ(s.files, (std::vector<std::string>{(dir_ / "base.yaml").string(), policy}));
  const State& kor = state(s, "KOR");
  EXPECT_DOUBLE_EQ(kor.latency, 0.3);
  EXPECT_EQ(kor.name, "South Korea");
  EXPECT_DOUBLE_EQ(kor.breakout_years, 1.5);
  EXPECT_EQ(kor.reacts_to.size(), 2u);
  EXPECT_EQ(state(s, "AUS").source, "aus");
  EXPECT_EQ(s.world.states.size(), 6u);

  // The stockpile path is replaced in place; the uncertain point of the old one is gone.
  ASSERT_EQ(s.world.arsenal_paths.size(), 2u);
  EXPECT_EQ(s.world.arsenal_paths[1].source, "new estimate");
  ASSERT_EQ(s.world.arsenal_paths[1].points.size(), 1u);
  EXPECT_EQ(uncertainty(s, "states.CHN.arsenal_paths.stockpile.points[1].value"), nullptr);

  const Alliance& usa_jpn = alliance(s, "USA", "JPN");
  EXPECT_EQ(usa_jpn.sharing, Sharing::nato);
  EXPECT_DOUBLE_EQ(usa_jpn.forward_presence, 0.8);
  EXPECT_EQ(usa_jpn.source, "poll");
}

TEST_F(Loader, ParameterOverrideKeepsTheKeysItDoesNotGive) {
  write("base.yaml",
        complete_scenario({{"credibility.memory",
                            "{value: 0.9, range: [0.8, 1], dist: {kind: triangular, mode: 0.9}, "
                            "source: \"Donahue & Crescenzi 2023\"}"}}));
  const std::string policy = write("policy.yaml", R"(
include: [base.yaml]
parameters:
  credibility.memory: {value: 0.95}
  credibility.shock_discount: {range: [0.4, 0.6], source: "narrower"}
)");
  const Scenario s = load_scenario(policy);
  const ParamSpec& memory = param(s, ParamId::memory);
  EXPECT_DOUBLE_EQ(memory.value, 0.95);
  EXPECT_EQ(memory.uncertainty.kind, Distribution::Kind::triangular);
  EXPECT_DOUBLE_EQ(memory.uncertainty.lower, 0.8);
  EXPECT_DOUBLE_EQ(memory.uncertainty.c, 0.9);
  EXPECT_EQ(memory.source, "Donahue & Crescenzi 2023");
  EXPECT_EQ(memory.where.file, policy);

  const ParamSpec& discount = param(s, ParamId::shock_discount);
  EXPECT_DOUBLE_EQ(discount.value, 0.5);
  EXPECT_DOUBLE_EQ(discount.uncertainty.lower, 0.4);
  EXPECT_EQ(discount.source, "narrower");
}

TEST_F(Loader, EventsOfAllFilesMergeByDateStably) {
  write("base.yaml", complete_scenario());
  const std::string policy = write("policy.yaml", R"(
include: [base.yaml]
events:
  - {id: early, date: 2024, kind: statement, actor: CHN, source: "p1"}
  - {id: same_day, date: 2025-03, kind: statement, actor: CHN, source: "p2"}
  - {id: late, date: 2030, kind: statement, actor: CHN, source: "p3"}
)");
  const Scenario s = load_scenario(policy);
  std::vector<std::string> sources;
  for (const Event& event : s.timeline) sources.push_back(event.source);
  EXPECT_EQ(sources,
            (std::vector<std::string>{"p1", "e1", "e2", "e3", "e4", "p2", "e5", "e6", "e7", "p3"}));
}

TEST_F(Loader, LeversAndAssumptionsAreReplacedWhole) {
  write("base.yaml", complete_scenario());
  const std::string policy = write("policy.yaml", R"(
include: [base.yaml]
assumptions:
  forward_weapons:
    default: only
    views:
      only: {source: "one view", set: {credibility.capability.sharing_nato: 0.1}}
levers:
  bilateral_sharing:
    from: 2030
    source: "replaced"
    events:
      - {id: share_jpn, date: 2031, kind: statement, actor: USA, source: "reused id"}
)");
  const Scenario s = load_scenario(policy);
  ASSERT_EQ(s.levers.size(), 1u);
  const Lever& lever = s.levers[0];
  EXPECT_EQ(lever.from_year, 2030);
  EXPECT_EQ(lever.description, "");
  EXPECT_TRUE(lever.set.empty());
  EXPECT_TRUE(lever.arsenal_paths.empty());
  ASSERT_EQ(lever.events.size(), 1u);
  EXPECT_EQ(lever.events[0].source, "reused id");

  ASSERT_EQ(s.assumptions.size(), 1u);
  EXPECT_EQ(s.assumptions[0].views.size(), 1u);
  EXPECT_DOUBLE_EQ(s.parameter_values()[ParamId::cap_sharing_nato], 0.1);
}

TEST_F(Loader, OverlaysApplyInOrderOnEverythingLoadedSoFar) {
  const std::string base = write("base.yaml", complete_scenario());
  const std::string first = write("first.yaml", R"(
states:
  - {code: KOR, latency: 0.3}
events:
  - {date: 2026, kind: act, actor: USA, target: KOR, act: neglect, source: "overlay"}
)");
  const std::string second = write("second.yaml", R"(
states:
  - {code: KOR, latency: 0.4}
scenario: {name: With overlays}
)");
  const Scenario s = load_scenario(base, {first, second});
  EXPECT_EQ(s.files, (std::vector<std::string>{base, first, second}));
  EXPECT_DOUBLE_EQ(state(s, "KOR").latency, 0.4);
  EXPECT_EQ(s.name, "With overlays");
  EXPECT_EQ(s.timeline.back().source, "overlay");
}

TEST_F(Loader, UseSwitchesAnAssumptionsView) {
  const std::string base = write("base.yaml", complete_scenario());
  const std::string overlay = write("overlay.yaml", "use: {forward_weapons: no_added_effect}\n");
  const Scenario s = load_scenario(base, {overlay});
  EXPECT_EQ(s.find_assumption("forward_weapons")->default_view, 1);
  EXPECT_DOUBLE_EQ(s.parameter_values()[ParamId::cap_sharing_nato], 0.0);
}

TEST_F(Loader, RegistersUncertainNumbersOfTheWorld) {
  const Scenario s = load_scenario(write("s.yaml", complete_scenario()));
  std::vector<std::string> paths;
  for (const WorldUncertainty& u : s.uncertainties) paths.push_back(u.path);
  EXPECT_EQ(paths, (std::vector<std::string>{
                       "states.KOR.breakout_years",
                       "states.USA.arsenal.strategic.reserve",
                       "states.CHN.arsenal_paths.stockpile.points[1].value",
                       "alliances.USA-JPN.credibility",
                       "rivalries.KOR-PRK.threat",
                       "ladder.levels.signalling.defender_cost",
                       "ladder.levels.brink.loss_of_control",
                   }));

  const WorldUncertainty& breakout = *uncertainty(s, "states.KOR.breakout_years");
  EXPECT_DOUBLE_EQ(breakout.value, 1.5);
  EXPECT_EQ(breakout.distribution.kind, Distribution::Kind::uniform);
  EXPECT_DOUBLE_EQ(breakout.distribution.lower, 0.5);
  EXPECT_DOUBLE_EQ(breakout.distribution.upper, 3);
  EXPECT_EQ(breakout.source, "judgment: enrichment");
  // Without a source of its own, an uncertain number has its object's.
  EXPECT_EQ(uncertainty(s, "rivalries.KOR-PRK.threat")->source, "kor-prk");
  EXPECT_EQ(uncertainty(s, "alliances.USA-JPN.credibility")->distribution.kind,
            Distribution::Kind::triangular);

  // `apply` writes by index into any copy of the World, not into the loaded one.
  World copy = s.world;
  for (const WorldUncertainty& u : s.uncertainties) u.apply(copy, 0.75);
  const auto kor = static_cast<std::size_t>(s.world.find_state("KOR"));
  const auto usa = static_cast<std::size_t>(s.world.find_state("USA"));
  EXPECT_DOUBLE_EQ(copy.states[kor].breakout_years, 0.75);
  EXPECT_DOUBLE_EQ(copy.states[usa].arsenal.strategic.reserve, 0.75);
  EXPECT_DOUBLE_EQ(copy.arsenal_paths[1].points[1].value, 0.75);
  EXPECT_DOUBLE_EQ(copy.alliances[0].initial_credibility, 0.75);
  EXPECT_DOUBLE_EQ(copy.rivalries[0].threat, 0.75);
  EXPECT_DOUBLE_EQ(s.world.states[kor].breakout_years, 1.5);
}

TEST_F(Loader, APlainOverrideMakesANumberCertain) {
  const std::string base = write("base.yaml", complete_scenario());
  const std::string overlay = write("overlay.yaml", R"(
states:
  - {code: KOR, breakout_years: 2}
rivalries:
  - {state: KOR, adversary: PRK, threat: {value: 0.7, range: [0.5, 0.9], source: "new"}}
)");
  const Scenario s = load_scenario(base, {overlay});
  EXPECT_EQ(uncertainty(s, "states.KOR.breakout_years"), nullptr);
  EXPECT_DOUBLE_EQ(state(s, "KOR").breakout_years, 2);
  const WorldUncertainty* threat = uncertainty(s, "rivalries.KOR-PRK.threat");
  ASSERT_NE(threat, nullptr);
  EXPECT_DOUBLE_EQ(threat->distribution.upper, 0.9);
  EXPECT_EQ(threat->source, "new");
}

TEST_F(Loader, AFileIncludedTwiceIsLoadedOnce) {
  const std::string base = write("base.yaml", complete_scenario());
  const std::string left = write("left.yaml", "include: [base.yaml]\n");
  const std::string right = write("right.yaml", "include: [./base.yaml]\n");
  const std::string top = write("top.yaml", "include: [left.yaml, right.yaml]\n");
  const Scenario s = load_scenario(top);
  EXPECT_EQ(s.files, (std::vector<std::string>{base, left, right, top}));
  EXPECT_EQ(s.timeline.size(), 7u);
}

TEST_F(Loader, AMissingTopLevelFileIsAnInputError) {
  const std::string missing = (dir_ / "missing.yaml").string();
  try {
    load_scenario(missing);
    FAIL() << "loaded a missing file";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), missing + ": cannot open the file");
  }
}

TEST_F(Loader, TheMalformedCataloguesBaseIsValidOnceParametersAndALadderAreAdded) {
  const fs::path base = fs::path(UMBRELLA_SOURCE_DIR) / "tests" / "scenario" / "malformed" / "base";
  const std::string top =
      write("top.yaml", "include: [" + (base / "world.yaml").string() + ", " +
                            (base / "ladder.yaml").string() + "]\n" + parameters_section());
  EXPECT_NO_THROW(load_scenario(top));
}

// A file that includes nothing and defines no new state is an overlay (events-2026.yaml, the
// counterfactuals) or a fragment the baseline includes (model-2025.yaml): it is loaded on top of
// the baseline.
bool is_overlay(const fs::path& file) {
  try {
    const YAML::Node root = YAML::LoadFile(file.string());
    if (!root.IsMap() || root["include"]) return false;
    for (const YAML::Node& state : root["states"]) {
      if (state["name"]) return false;
    }
    return true;
  } catch (const YAML::Exception&) {
    return false;  // load_scenario() reports what is wrong with it
  }
}

// Every scenario shipped under scenarios/ loads.
TEST(ShippedScenarios, AllLoad) {
  const fs::path folder = fs::path(UMBRELLA_SOURCE_DIR) / "scenarios";
  std::vector<fs::path> files;
  if (fs::is_directory(folder)) {
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(folder)) {
      // Experiment files have their own format and test (experiment_loader_test.cc).
      const bool experiment = entry.path().parent_path().filename() == "experiments";
      if (entry.path().extension() == ".yaml" && !experiment) files.push_back(entry.path());
    }
  }
  if (files.empty()) GTEST_SKIP() << "no scenario files under " << folder << " yet";
  std::sort(files.begin(), files.end());
  const std::string baseline = (folder / "baseline-2025.yaml").string();
  const std::string history = (folder / "history-1945.yaml").string();
  for (const fs::path& file : files) {
    const bool overlay = is_overlay(file);
    // The history's own overlays (scenarios/history/) go on the history.
    const bool of_history = file.parent_path().filename() == "history";
    try {
      if (overlay) {
        load_scenario(of_history ? history : baseline, {file.string()});
      } else {
        load_scenario(file.string());
      }
    } catch (const InputError& error) {
      ADD_FAILURE() << file << (overlay ? " (as an overlay)" : "") << ": " << error.what();
    }
  }
}

const fs::path kMalformedBase =
    fs::path(UMBRELLA_SOURCE_DIR) / "tests" / "scenario" / "malformed" / "base";

std::vector<std::string> level_ids(const Ladder& ladder) {
  std::vector<std::string> ids;
  for (const LadderLevel& level : ladder.levels) ids.push_back(level.id);
  return ids;
}

TEST_F(Loader, AScenarioWithoutFlashpointsNeedsNoLadder) {
  std::string text = complete_scenario();
  text.erase(text.find("\nladder:"));
  const auto flashpoints = text.find("flashpoints:\n");
  text.erase(flashpoints, text.find("treaties:") - flashpoints);
  EXPECT_FALSE(load_scenario(write("s.yaml", text)).world.ladder.defined());
}

TEST_F(Loader, ReadsTheLadder) {
  const Scenario s = load_scenario(write("s.yaml", complete_scenario()));
  const Ladder& ladder = s.world.ladder;
  ASSERT_TRUE(ladder.defined());
  EXPECT_EQ(ladder.source, "kahn");
  EXPECT_EQ(level_ids(ladder),
            (std::vector<std::string>{"status_quo", "signalling", "invasion", "brink", "limited",
                                      "theater", "homeland", "counterforce", "general"}));
  const LadderLevel& brink = ladder.levels[3];
  EXPECT_EQ(brink.name, "Brink");
  EXPECT_EQ(brink.group, LadderGroup::nuclear_threshold);
  EXPECT_DOUBLE_EQ(brink.challenger_cost, 0.7);
  EXPECT_DOUBLE_EQ(brink.defender_cost, 0.6);
  EXPECT_DOUBLE_EQ(brink.loss_of_control, 0.3);
  EXPECT_FALSE(brink.nuclear_use);
  EXPECT_TRUE(ladder.levels[4].nuclear_use);
  EXPECT_EQ(ladder.levels[8].group, LadderGroup::strategic_exchange);

  EXPECT_EQ(ladder.rung_level[1], 0);
  EXPECT_EQ(ladder.rung_level[14], 2);
  EXPECT_EQ(ladder.rung_level[15], 3);
  EXPECT_EQ(ladder.rung_level[20], 3);
  EXPECT_EQ(ladder.rung_level[21], 4);
  EXPECT_EQ(ladder.rung_level[kKahnRungs], 8);

  ASSERT_EQ(ladder.thresholds.size(), 6u);
  EXPECT_EQ(ladder.thresholds[2].name, "no_nuclear_use");
  EXPECT_EQ(ladder.thresholds[2].below, 20);
  EXPECT_EQ(ladder.thresholds[5].name, "city_targeting");
  EXPECT_EQ(ladder.thresholds[5].below, 38);
}

TEST_F(Loader, RegistersTheLaddersUncertainNumbers) {
  const Scenario s = load_scenario(write("s.yaml", complete_scenario()));
  const WorldUncertainty* defender = uncertainty(s, "ladder.levels.signalling.defender_cost");
  ASSERT_NE(defender, nullptr);
  EXPECT_DOUBLE_EQ(defender->value, 0.04);
  EXPECT_DOUBLE_EQ(defender->distribution.upper, 0.1);
  EXPECT_EQ(defender->source, "l1");  // the level's own, as it gives none
  const WorldUncertainty* loss = uncertainty(s, "ladder.levels.brink.loss_of_control");
  ASSERT_NE(loss, nullptr);
  EXPECT_EQ(loss->distribution.kind, Distribution::Kind::uniform);
  EXPECT_DOUBLE_EQ(loss->distribution.lower, 0.1);
  EXPECT_EQ(loss->source, "dixit");
  EXPECT_EQ(uncertainty(s, "ladder.levels.brink.challenger_cost"), nullptr);

  World copy = s.world;
  defender->apply(copy, 0.09);
  loss->apply(copy, 0.5);
  EXPECT_DOUBLE_EQ(copy.ladder.levels[1].defender_cost, 0.09);
  EXPECT_DOUBLE_EQ(copy.ladder.levels[3].loss_of_control, 0.5);
  EXPECT_DOUBLE_EQ(s.world.ladder.levels[3].loss_of_control, 0.3);
}

TEST_F(Loader, AnIncludingFilesLadderReplacesTheWholeLadder) {
  write("base.yaml", complete_scenario());
  std::ifstream fixture(kMalformedBase / "ladder.yaml");
  std::stringstream ladder;
  ladder << fixture.rdbuf();
  const Scenario s = load_scenario(write("top.yaml", "include: [base.yaml]\n" + ladder.str()));
  EXPECT_EQ(s.world.ladder.source, "test");
  EXPECT_EQ(level_ids(s.world.ladder),
            (std::vector<std::string>{"calm", "crisis", "war", "brink", "limited", "theater",
                                      "homeland", "counterforce", "general"}));
  EXPECT_DOUBLE_EQ(s.world.ladder.levels[3].loss_of_control, 0.3);
  // The replaced ladder's uncertain numbers went with it.
  for (const WorldUncertainty& u : s.uncertainties) EXPECT_FALSE(u.path.starts_with("ladder."));
}

TEST_F(Loader, TheMalformedCataloguesLadderIsValid) {
  const std::string top = write(
      "top.yaml", "include: [" + (kMalformedBase / "world.yaml").string() + ", " +
                      (kMalformedBase / "ladder.yaml").string() + "]\n" + parameters_section());
  EXPECT_TRUE(load_scenario(top).world.ladder.defined());
}

// The baseline includes ladder-kahn.yaml: the 14 levels of literature.md b4, L0..L13.
TEST(ShippedScenarios, TheBaselineHasKahnsLadder) {
  const Scenario s = load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  const Ladder& ladder = s.world.ladder;
  ASSERT_EQ(ladder.levels.size(), 14u);
  EXPECT_EQ(ladder.levels.front().id, "peacetime_competition");
  EXPECT_EQ(ladder.rung_level[1], 0);
  EXPECT_EQ(ladder.levels[static_cast<std::size_t>(ladder.rung_level[20])].id, "brink");
  EXPECT_EQ(ladder.levels.back().group, LadderGroup::strategic_exchange);
}

}  // namespace
}  // namespace umbrella
