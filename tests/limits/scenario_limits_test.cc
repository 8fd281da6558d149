// Each limit of core/limits.h on a scenario's files and contents: an input one past the limit
// is refused early with the catalogued message (docs/errors.md), one at the limit is not.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <functional>
#include <string>

#include "../error_catalogue.h"
#include "../experiment/experiment_files.h"
#include "../malformed_catalogue.h"
#include "core/error.h"
#include "core/limits.h"
#include "engine/ensemble.h"
#include "game/efg_reader.h"
#include "scenario/loader.h"

namespace umbrella::testing {
namespace {

// The error loading `file` gives, relative to the folder; empty when it loads.
std::string load_error(const TemporaryFolder& folder, const std::string& file) {
  try {
    load_scenario(file);
  } catch (const InputError& error) {
    return relative_to(folder.path(), error.what());
  }
  return "";
}

// A three-letter state code for each number: AAA, AAB, ...
std::string code(std::size_t n) {
  return {static_cast<char>('A' + n / 676 % 26), static_cast<char>('A' + n / 26 % 26),
          static_cast<char>('A' + n % 26)};
}

// `head`, then `line(i)` on a line of its own for each i below `count`.
std::string lines(std::string head, std::size_t count,
                  const std::function<std::string(std::size_t)>& line) {
  for (std::size_t i = 0; i < count; ++i) head += line(i) + "\n";
  return head;
}

std::string states(std::size_t count) {
  return lines("regions: [r]\nstates:\n", count, [](std::size_t s) {
    return fmt::format(
        "  - {{code: {}, name: s, region: r, stage: acquired, npt: weapon_state, "
        "arsenal: {{strategic: {{deployed: 1}}}}, conventional: 1, source: x}}",
        code(s));
  });
}

// `count` list entries made by `entry(i)` under `section`, after `prefix`.
std::string listed(const std::string& prefix, const std::string& section, std::size_t count,
                   const std::function<std::string(std::size_t)>& entry) {
  return lines(prefix + section + ":\n", count,
               [&entry](std::size_t i) { return "  - " + entry(i); });
}

// The scenario with `limit` entries loads past the section; with one more it fails as expected.
void expect_limit(const std::function<std::string(std::size_t)>& scenario, std::size_t limit,
                  const std::string& expected) {
  TemporaryFolder folder("umbrella-limits");
  const std::string at_limit =
      load_error(folder, write_file(folder.path() / "at.yaml", scenario(limit)));
  EXPECT_EQ(at_limit.find("expected at most"), std::string::npos) << at_limit;
  EXPECT_EQ(load_error(folder, write_file(folder.path() / "limits.yaml", scenario(limit + 1))),
            expected);
  expect_catalogued(expected);
}

TEST(ScenarioLimits, States) {
  expect_limit(states, limits::kMaxStates,
               "limits.yaml:303:5: states[ALO]: expected at most 300 states in all, got one more: "
               "ALO");
}

TEST(ScenarioLimits, Alliances) {
  expect_limit(
      [](std::size_t n) {
        return listed(states(40), "alliances", n, [](std::size_t i) {
          return fmt::format(
              "{{patron: {}, ally: {}, kind: treaty, region: r, forward_presence: "
              "0, credibility: 0.5, source: x}}",
              code(i / 39), code(i % 39 + (i % 39 >= i / 39 ? 1 : 0)));
        });
      },
      limits::kMaxAlliances,
      "limits.yaml:1044:5: alliances[AAZ-ABA]: expected at most 1000 alliances in all, got one "
      "more: AAZ-ABA");
}

TEST(ScenarioLimits, Rivalries) {
  expect_limit(
      [](std::size_t n) {
        return listed(states(60), "rivalries", n, [](std::size_t i) {
          return fmt::format("{{state: {}, adversary: {}, threat: 0.5, source: x}}", code(i / 59),
                             code(i % 59 + (i % 59 >= i / 59 ? 1 : 0)));
        });
      },
      limits::kMaxRivalries,
      "limits.yaml:2064:5: rivalries[ABH-ACC]: expected at most 2000 rivalries in all, got one "
      "more: ABH-ACC");
}

TEST(ScenarioLimits, Flashpoints) {
  const std::string world = states(3) +
                            "alliances:\n  - {patron: AAA, ally: AAB, kind: treaty, region: r, "
                            "forward_presence: 0, credibility: 0.5, source: x}\n";
  expect_limit(
      [&](std::size_t n) {
        return listed(world, "flashpoints", n, [](std::size_t i) {
          return fmt::format(
              "{{id: F{}, adversary: AAC, ally: AAB, patron: AAA, region: r, "
              "stakes: 0.5, eruption_rate: 0.1, source: x}}",
              i);
        });
      },
      limits::kMaxFlashpoints,
      "limits.yaml:109:5: flashpoints[F100]: expected at most 100 flashpoints in all, got one "
      "more: F100");
}

// `run`'s one summary holds a histogram per quantity series and year: 300 states, each armed and
// an ally, hold 2.4 million bins a year, 422 million from 2025 to 2200, past the 1 GiB of bins
// (limits::kMaxSummaryBins); to 2120 they fit, and the run goes ahead.
TEST(RunLimits, HistogramBinsOfTheSummary) {
  TemporaryFolder folder("umbrella-limits");
  const std::string header =
      "include: [" UMBRELLA_SOURCE_DIR "/scenarios/model-2025.yaml, " UMBRELLA_SOURCE_DIR
      "/scenarios/ladder-kahn.yaml]\n"
      "scenario: {name: big, description: d, start: 2025, end: 2045, "
      "patron: AAA}\n";
  const std::string path = write_file(
      folder.path() / "big.yaml",
      listed(header + states(limits::kMaxStates), "alliances", limits::kMaxStates - 1,
             [](std::size_t i) {
               return fmt::format(
                   "{{patron: AAA, ally: {}, kind: treaty, region: r, forward_presence: 0, "
                   "credibility: 0.5, source: x}}",
                   code(i + 1));
             }));
  const Scenario scenario = load_scenario(path);
  RunOptions options;
  options.replicates = 1;
  options.to_year = 2200;
  expect_quoted_error<UsageError>(
      [&] { run_ensemble(Simulation(scenario, options), "big"); },
      "expected a summary of at most 268435456 histogram bins (the bins of every quantity "
      "series x years), got 422100976: use fewer years (--to)");
  options.to_year = 2120;
  EXPECT_EQ(run_ensemble(Simulation(scenario, options), "big").years.size(), 96U);
}

TEST(ScenarioLimits, Treaties) {
  expect_limit(
      [](std::size_t n) {
        return listed(states(1), "treaties", n, [](std::size_t i) {
          return fmt::format(
              "{{id: T{}, name: t, parties: [AAA], in_force: 2000, "
              "withdrawal_notice_months: 0, source: x}}",
              i);
        });
      },
      limits::kMaxTreaties,
      "limits.yaml:105:5: treaties[T100]: expected at most 100 treaties in all, got one more: "
      "T100");
}

TEST(ScenarioLimits, EventsOfTheTimelineAndLevers) {
  expect_limit(
      [](std::size_t n) {
        return listed(states(1), "events", n, [](std::size_t) {
          return std::string("{date: 2025, kind: statement, actor: AAA, source: x}");
        });
      },
      limits::kMaxEvents,
      "limits.yaml:10005:5: events[10000]: expected at most 10000 events of the timeline and "
      "levers in all, got one more");
}

// Aliases cannot multiply work past the limits: six levers share one list of 2,000 events.
TEST(ScenarioLimits, AliasesCountEveryTimeTheyAreRead) {
  TemporaryFolder folder("umbrella-limits");
  const std::string events = lines(states(1) + "events: &shared\n", 2000, [](std::size_t) {
    return std::string("  - {date: 2030, kind: statement, actor: AAA, source: x}");
  });
  const std::string text = lines(events + "levers:\n", 6, [](std::size_t l) {
    return fmt::format("  l{}: {{from: 2030, source: x, events: *shared}}", l);
  });
  const std::string expected =
      "limits.yaml:5:5: levers[l4].events[0]: expected at most 10000 events of the timeline and "
      "levers in all, got one more";
  EXPECT_EQ(load_error(folder, write_file(folder.path() / "limits.yaml", text)), expected);
  expect_catalogued(expected);
}

TEST(ScenarioLimits, Levers) {
  expect_limit(
      [](std::size_t n) {
        return lines("levers:\n", n, [](std::size_t i) {
          return fmt::format("  lever{}: {{from: 2030, source: x}}", i);
        });
      },
      limits::kMaxLevers,
      "limits.yaml:102:3: levers[lever100]: expected at most 100 levers in all, got one more: "
      "lever100");
}

TEST(ScenarioLimits, Assumptions) {
  expect_limit(
      [](std::size_t n) {
        return lines("assumptions:\n", n, [](std::size_t i) {
          return fmt::format("  a{}: {{default: v, views: {{v: {{source: x, set: {{}}}}}}}}", i);
        });
      },
      limits::kMaxAssumptions,
      "limits.yaml:102:3: assumptions[a100]: expected at most 100 assumptions in all, got one "
      "more: a100");
}

TEST(ScenarioLimits, ViewsOfOneAssumption) {
  expect_limit(
      [](std::size_t n) {
        return lines("assumptions:\n  a:\n    default: v0\n    views:\n", n, [](std::size_t i) {
          return fmt::format("      v{}: {{source: x, set: {{}}}}", i);
        });
      },
      limits::kMaxViews,
      "limits.yaml:25:7: assumptions[a].views[v20]: expected at most 20 views of one assumption "
      "in all, got one more: v20");
}

TEST(ScenarioLimits, PointsOfAnArsenalPath) {
  expect_limit(
      [](std::size_t n) {
        std::string points;
        for (std::size_t i = 0; i < n; ++i) {
          points += fmt::format("{}{{year: {}, value: 1}}", i == 0 ? "" : ", ",
                                2000 + static_cast<double>(i) / 10);
        }
        return "regions: [r]\nstates:\n  - code: AAA\n    name: s\n    region: r\n    stage: "
               "acquired\n    npt: weapon_state\n    arsenal: {strategic: {deployed: 1}}\n    "
               "conventional: 1\n    source: x\n    arsenal_paths: [{component: stockpile, "
               "source: x, points: [" +
               points + "]}]\n";
      },
      limits::kMaxArsenalPathPoints,
      "limits.yaml:11:63: states[AAA].arsenal_paths[0].points: expected at most 500 points, got "
      "501");
}

TEST(ScenarioLimits, ValuesOfADiscreteDistribution) {
  expect_limit(
      [](std::size_t n) {
        std::string values;
        for (std::size_t i = 0; i < n; ++i) values += i == 0 ? "0.9" : ", 0.9";
        return "parameters:\n  credibility.memory: {value: 0.9, source: x, dist: {kind: discrete, "
               "values: [" +
               values + "]}}\n";
      },
      limits::kMaxDiscreteValues,
      "limits.yaml:2:78: parameters[credibility.memory].dist.values: expected at most 1000 "
      "values, got 1001");
}

TEST(ScenarioLimits, LevelsOfTheLadder) {
  expect_limit(
      [](std::size_t n) {
        return lines("ladder:\n  source: x\n  rungs: {}\n  thresholds: []\n  levels:\n", n,
                     [](std::size_t i) {
                       return fmt::format(
                           "    - {{id: l{}, name: l, group: sub_crisis, challenger_cost: 0, "
                           "defender_cost: 0, loss_of_control: 0, nuclear_use: false, "
                           "source: x}}",
                           i);
                     });
      },
      static_cast<std::size_t>(kKahnRungs),
      "limits.yaml:50:7: ladder.levels[l44]: expected at most 44 levels (one per rung at most) in "
      "all, got one more: l44");
}

TEST(ScenarioLimits, NestedIncludes) {
  TemporaryFolder folder("umbrella-limits");
  const int deepest = limits::kMaxIncludeDepth + 1;
  for (int i = 0; i < deepest; ++i) {
    write_file(folder.path() / fmt::format("f{}.yaml", i),
               fmt::format("include: [f{}.yaml]\n", i + 1));
  }
  write_file(folder.path() / fmt::format("f{}.yaml", deepest), "regions: [r]\n");
  const std::string expected =
      "f15.yaml:1:11: include[0]: expected includes nested at most 16 deep, got a deeper chain: "
      "f0.yaml -> f1.yaml -> f2.yaml -> f3.yaml -> f4.yaml -> f5.yaml -> f6.yaml -> f7.yaml -> "
      "f8.yaml -> f9.yaml -> f10.yaml -> f11.yaml -> f12.yaml -> f13.yaml -> f14.yaml -> "
      "f15.yaml -> f16.yaml";
  EXPECT_EQ(load_error(folder, (folder.path() / "f0.yaml").string()), expected);
  expect_catalogued(expected);
}

TEST(ScenarioLimits, FilesOfOneScenario) {
  TemporaryFolder folder("umbrella-limits");
  std::string includes;
  for (std::size_t i = 0; i < limits::kMaxScenarioFiles; ++i) {
    write_file(folder.path() / fmt::format("f{}.yaml", i), "regions: []\n");
    includes += fmt::format("{}f{}.yaml", i == 0 ? "" : ", ", i);
  }
  const std::string expected =
      "top.yaml:1:2706: include[255]: expected at most 256 files in one scenario, got one more: "
      "f255.yaml";
  EXPECT_EQ(
      load_error(folder, write_file(folder.path() / "top.yaml", "include: [" + includes + "]\n")),
      expected);
  expect_catalogued(expected);
}

TEST(ScenarioLimits, NodesOfAYamlFile) {
  TemporaryFolder folder("umbrella-limits");
  std::string text = "regions: [";
  for (std::size_t i = 0; i < limits::kMaxYamlNodes; ++i) text += i == 0 ? "r" : ",r";
  const std::string expected =
      "limits.yaml:1:500005: expected at most 250000 YAML values, lists and maps in one file, "
      "got more";
  EXPECT_EQ(load_error(folder, write_file(folder.path() / "limits.yaml", text + "]\n")), expected);
  expect_catalogued(expected);
}

TEST(ScenarioLimits, NestingOfAYamlFile) {
  TemporaryFolder folder("umbrella-limits");
  const std::string deep(static_cast<std::size_t>(limits::kMaxYamlDepth), '[');
  const std::string expected =
      "limits.yaml:1:73: expected lists and maps nested at most 64 deep, got deeper";
  EXPECT_EQ(
      load_error(folder, write_file(folder.path() / "limits.yaml",
                                    "regions: " + deep + "[]" + std::string(deep.size(), ']'))),
      expected);
  expect_catalogued(expected);
}

// libyaml reads little ahead of its events: ten thousand unclosed brackets are refused at the
// 65th, as nested lists are. (A parser that scans to the end of unclosed brackets first, as
// yaml-cpp does, took 15.7 GB on a 64 MiB file of '['.)
TEST(ScenarioLimits, BracketsOfAYamlFileAtTheFirstTooDeep) {
  TemporaryFolder folder("umbrella-limits");
  const std::string expected =
      "limits.yaml:1:65: expected lists and maps nested at most 64 deep, got deeper";
  EXPECT_EQ(load_error(folder, write_file(folder.path() / "limits.yaml", std::string(10'000, '['))),
            expected);
  expect_catalogued(expected);
}

TEST(ScenarioLimits, SizeOfAFile) {
  TemporaryFolder folder("umbrella-limits");
  const std::filesystem::path big = folder.path() / "big.yaml";
  write_file(big, "");
  std::filesystem::resize_file(big, limits::kMaxInputBytes + 1);  // sparse: no disk used
  const std::string expected = "big.yaml: expected a file of at most 64 MiB, got a larger one";
  EXPECT_EQ(load_error(folder, big.string()), expected);
  expect_catalogued(expected);
}

// A FIFO, a device or a socket is refused before it is opened for reading (issue 15): a FIFO
// named as the scenario, an include or a game used to block forever, /dev/zero to run on.
TEST(ScenarioLimits, NonRegularFiles) {
  TemporaryFolder folder("umbrella-limits");
  const std::filesystem::path fifo = folder.path() / "fifo.yaml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const std::string expected = "fifo.yaml: expected a regular file, got a named pipe (FIFO)";
  EXPECT_EQ(load_error(folder, fifo.string()), expected);
  expect_catalogued(expected);
  const std::string top = write_file(folder.path() / "top.yaml", "include:\n  - fifo.yaml\n");
  EXPECT_EQ(load_error(folder, top), expected);
  expect_quoted_error<InputError>([&fifo] { game::read_efg_file(fifo.string()); },
                                  "fifo.yaml: expected a regular file, got a named pipe (FIFO)",
                                  folder.path());
  const std::string device = "/dev/zero: expected a regular file, got a device";
  EXPECT_EQ(load_error(folder, "/dev/zero"), device);
  expect_catalogued(device);
}

}  // namespace
}  // namespace umbrella::testing
