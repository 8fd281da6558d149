#pragma once
// Every limit on the size of an input and on the work it asks for, in one place
// (docs/limits.md lists them with the error each gives). A limit refuses absurd or hostile input
// early, with a clear error, instead of letting it exhaust memory or run for days; each is far
// above what the shipped scenarios and experiments need, and the reason for its value is noted.
#include <cstddef>
#include <cstdint>
#include <limits>

namespace umbrella::limits {

// a x b, or the largest std::uint64_t when that overflows: sizes compared with a limit.
constexpr std::uint64_t times(std::uint64_t a, std::uint64_t b) {
  if (a != 0 && b > std::numeric_limits<std::uint64_t>::max() / a) {
    return std::numeric_limits<std::uint64_t>::max();
  }
  return a * b;
}

// Files. Any input file is read whole: the baseline scenario is 0.1 MiB, Leduc poker's .efg
// 0.1 MiB. The cap also stops reading /dev/zero or a runaway generator.
inline constexpr std::size_t kMaxInputBytes = std::size_t{64} << 20;
// A YAML file's values, lists and maps: each is a node of the document tree (core/yaml_tree.h)
// and microseconds of parsing, so the size cap alone would let 64 MiB of `- 1` lines build 20
// million nodes. The baseline scenario file has 3,300, its parameter file 900.
inline constexpr std::size_t kMaxYamlNodes = 250'000;
// Lists and maps inside each other, counted as the parser's events arrive. libyaml reads at most
// about 1,024 characters ahead of the event it returns, so a file of 64 MiB of '[' is refused at
// its 65th bracket.
inline constexpr int kMaxYamlDepth = 64;
// Nested includes: a chain of files each including the next (cycles are refused anyway).
inline constexpr int kMaxIncludeDepth = 16;
// Files loaded for one scenario: the top file, every include and every overlay.
inline constexpr std::size_t kMaxScenarioFiles = 256;

// Scenario contents. The World's hot loops walk states, alliances and rivalries every year of
// every replicate, and the rivalry index holds states^2 flags. 300 states cover every ISO code.
// Regions: at most 8, kMaxRegions of world/world.h, the size of the World's fixed arrays.
inline constexpr std::size_t kMaxStates = 300;
inline constexpr std::size_t kMaxAlliances = 1000;
inline constexpr std::size_t kMaxRivalries = 2000;
inline constexpr std::size_t kMaxFlashpoints = 100;
inline constexpr std::size_t kMaxTreaties = 100;
// Dated events of the timeline and of every lever together (aliases may repeat a list).
inline constexpr std::size_t kMaxEvents = 10'000;
inline constexpr std::size_t kMaxArsenalPathPoints = 500;  // points of one arsenal path
inline constexpr std::size_t kMaxLevers = 100;
inline constexpr std::size_t kMaxAssumptions = 100;
inline constexpr std::size_t kMaxViews = 20;             // views of one assumption
inline constexpr std::size_t kMaxDiscreteValues = 1000;  // values of one discrete distribution
// Warheads of one kind (deployed or reserve, strategic or one region's theater) of one state,
// given or as an arsenal path's target: the largest arsenal ever held was about 40,000 (the
// Soviet Union, 1986). 1e308 passed and overflowed the balances to infinity (null in
// summary.json, or no crisis equilibrium).
inline constexpr double kMaxWarheads = 100'000;
// Simulated years: the scenario's start and end lie in [kFirstYear, kLastYear].
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2200;

// Runs. `umbrella run` streams its replicates into its summary, so replicates cost time only:
// 10^7 of the baseline take about 3 minutes on two cores. Python's run_replicates() keeps every
// replicate's record (every series of every year): at most 2^29 numbers, 4 GiB. The baseline
// records 3,234 numbers a replicate, so about 166,000 replicates.
inline constexpr int kMaxReplicates = 10'000'000;
inline constexpr int kMaxThreads = 1024;
inline constexpr std::uint64_t kMaxRunNumbers = std::uint64_t{1} << 29;

// Experiments and designs. A design is held in memory and in the store: rows x uncertainties
// numbers, at most 2^24 (128 MiB). Runs: 10^9 take about 14 hours on two cores.
inline constexpr std::uint64_t kMaxDesignNumbers = std::uint64_t{1} << 24;
inline constexpr std::uint64_t kMaxRuns = 1'000'000'000;
// The store's runs table: runs x outcomes values (about 9 bytes each on disk).
inline constexpr std::uint64_t kMaxStoredValues = 10'000'000'000;
inline constexpr std::size_t kMaxPolicies = 256;
// Names of experiments, policies and outcomes: a policy's name is a folder of the exports, and
// a file name may have at most 255 bytes.
inline constexpr std::size_t kMaxNameLength = 64;
// Each outcome is a column of the store's runs table (SQLite allows 2,000 columns), and a run's
// results (its outcomes and each of their series' years) must leave room for a chunk of runs.
inline constexpr std::size_t kMaxOutcomes = 500;
// The streaming summaries: histogram bins over every policy (experiments) or of `run`'s one
// summary, series and year, 4 bytes each: at most 2^28 bins, 1 GiB.
inline constexpr std::uint64_t kMaxSummaryBins = std::uint64_t{1} << 28;
// Results held for the chunks being filled and committed (two at a time): 2^27 numbers, 1 GiB.
inline constexpr std::uint64_t kMaxChunkNumbers = std::uint64_t{1} << 27;
// The sample means `sensitivity` and `discover` analyse: samples x outcomes, at most 2^27 (1 GiB).
inline constexpr std::uint64_t kMaxAnalysisNumbers = std::uint64_t{1} << 27;
// Parameters of a problem file of `umbrella sample` and `analyze` (each is a design column).
inline constexpr std::size_t kMaxProblemParameters = 10'000;
// Bootstrap resamples of the sensitivity estimators.
inline constexpr std::size_t kMaxResamples = 100'000;

// Games. A node costs about 100 bytes, and every node holds one payoff per player.
inline constexpr int kMaxGameNodes = 1 << 22;
inline constexpr int kMaxGamePlayers = 64;
// Actions of one information set: their labels are read before the nodes that need them.
inline constexpr std::size_t kMaxGameActions = 10'000;
inline constexpr std::uint64_t kMaxGamePayoffs = std::uint64_t{1} << 26;  // nodes x players
// The sequence-form solvers hold dense matrices of sequences: Lemke's tableau has about
// 2 (|S1| + |S2|)^2 numbers, the payoff matrices |S1| x |S2|. At most 2^26 numbers, 512 MiB.
inline constexpr std::uint64_t kMaxSequenceFormNumbers = std::uint64_t{1} << 26;
// CFR+ visits every node twice per iteration: at most 2^38 visits, an hour or so.
inline constexpr std::uint64_t kMaxCfrNodeVisits = std::uint64_t{1} << 38;
// Challenger resolve types of `umbrella crisis`'s discrete game.
inline constexpr int kMaxCrisisTypes = 200;

}  // namespace umbrella::limits
