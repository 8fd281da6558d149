// A results store is an input too: `compare`, `sensitivity`, `discover` and `--resume` read
// stores that may be damaged or edited by hand. Every number a reader relies on is checked, and
// a bad one is an InputError naming the table and key (docs/errors.md), never a crash.
#include "experiment/results_store.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <string>

#include "../error_catalogue.h"
#include "experiment/paired_comparison.h"
#include "experiment/plan.h"
#include "experiment/runner.h"
#include "experiment/sample_means.h"
#include "experiment_files.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;
using testing::TemporaryFolder;

class DamagedStore : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path file = testing::write_file(folder_.path() / "tiny.yaml",
                                              "scenario: " + testing::kBaselineScenario + R"(
uncertainties: {parameters: {credibility.memory: {range: [0.8, 1.0]}}}
levers: [restore_trust]
policies: {trust: {restore_trust: 1}}
outcomes: {cred: {series: credibility KOR, reduce: value, year: 2026}}
samples: 2
replicates: 3
seed: 1
years: {from: 2025, to: 2026}
)");
    experiment_ = load_experiment(file.string());
    const Plan plan(experiment_);
    RunnerOptions options;
    options.chunk_runs = 4;  // three chunks of two units
    run_experiment(plan, folder_.path(), options);
  }

  // Changes the store with SQL, then expects `read` to fail with `message` after the file name.
  void expect_error(const std::string& sql, const std::function<void(ResultsStore&)>& read,
                    const std::string& message) {
    Database(store_file(), Database::Mode::open).exec(sql);
    ResultsStore store(store_file());
    testing::expect_quoted_error<InputError>([&] { read(store); }, "results.sqlite: " + message,
                                             folder_.path());
  }

  fs::path store_file() const { return folder_.path() / "results.sqlite"; }

  TemporaryFolder folder_{"umbrella-damaged-store"};
  Experiment experiment_;
};

void read_definition(ResultsStore& store) {
  store.read();
}

void read_sample_means(ResultsStore& store) {
  sample_means(store, store.read(), 0);
}

void compare(ResultsStore& store) {
  compare_policies(store, store.read(), "baseline");
}

TEST_F(DamagedStore, ANumberThatIsNotOne) {
  expect_error("UPDATE experiment SET value = 'many' WHERE key = 'design_rows'", read_definition,
               "experiment.design_rows: expected a whole number in [1, 16777216], got 'many'");
}

TEST_F(DamagedStore, AnAbsurdSize) {
  expect_error("UPDATE experiment SET value = '4000000000' WHERE key = 'replicates'",
               read_definition,
               "experiment.replicates: expected a whole number in [1, 1000000000], got "
               "'4000000000'");
}

TEST_F(DamagedStore, AMissingKey) {
  expect_error("DELETE FROM experiment WHERE key = 'chunks'", read_definition,
               "experiment.chunks: missing from the store");
}

TEST_F(DamagedStore, AnUnknownSampler) {
  expect_error("UPDATE experiment SET value = 'grid' WHERE key = 'sampler'", read_definition,
               "experiment.sampler: expected mc, lhs, saltelli or morris, got 'grid'");
}

TEST_F(DamagedStore, AnUnknownReduction) {
  expect_error("UPDATE outcomes SET reduction = 'median'", read_definition,
               "outcomes.cred: expected a reduction value, first_year, max or mean, got 'median'");
}

TEST_F(DamagedStore, AnUnknownDistribution) {
  expect_error("UPDATE uncertainties SET kind = 'cauchy'", read_definition,
               "uncertainties.credibility.memory: expected a distribution uniform, triangular, "
               "normal, beta or discrete, got 'cauchy'");
}

TEST_F(DamagedStore, ADistributionThatIsNotOne) {
  expect_error("UPDATE uncertainties SET \"values\" = '[1, \"x\"]'", read_definition,
               "uncertainties.credibility.memory: expected a finite range lower <= upper and "
               "JSON lists of at most 1000 numbers");
}

TEST_F(DamagedStore, AMissingSample) {
  expect_error("DELETE FROM samples WHERE sample = 1", read_definition,
               "samples: expected 2 rows, one per sample, got 1");
}

TEST_F(DamagedStore, ChunksWithAGap) {
  expect_error("UPDATE chunks SET chunk = chunk + 5", read_definition,
               "chunks: expected chunks 0 to n-1, got 3 chunks up to 7");
}

TEST_F(DamagedStore, MoreChunksThanPlanned) {
  expect_error("UPDATE experiment SET value = '1' WHERE key = 'chunks'", read_definition,
               "chunks: expected at most 1 chunks, got 3");
}

TEST_F(DamagedStore, NoPolicies) {
  expect_error("DELETE FROM policies", read_definition,
               "policies: expected 1 to 256 policies, got 0");
}

TEST_F(DamagedStore, NoOutcomes) {
  expect_error("DELETE FROM outcomes", read_definition,
               "outcomes: expected 1 to 500 outcomes, got 0");
}

TEST_F(DamagedStore, ADesignWithoutItsColumn) {
  expect_error("ALTER TABLE samples DROP COLUMN \"credibility.memory\"", read_definition,
               "samples: expected a column per uncertainty (1), got 0");
}

TEST_F(DamagedStore, AnExtraSample) {
  expect_error("INSERT INTO samples VALUES (2, 0.9)", read_definition,
               "samples: expected 2 rows, one per sample, got 2 and more");
}

TEST_F(DamagedStore, RunsWithoutAnOutcomesColumn) {
  expect_error("ALTER TABLE runs DROP COLUMN cred", read_sample_means,
               "runs: expected policy, sample, replicate and a column per outcome (4), got 3 "
               "columns");
}

TEST_F(DamagedStore, ARunOutsideTheDesign) {
  expect_error("UPDATE runs SET sample = 7 WHERE policy = 0 AND sample = 1 AND replicate = 2",
               read_sample_means,
               "runs: expected samples below 2 and replicates below 3, got sample 7 and "
               "replicate 2");
}

TEST_F(DamagedStore, RunsThatDoNotPairUp) {
  expect_error("DELETE FROM runs WHERE policy = 1 AND sample = 0 AND replicate = 1", compare,
               "runs: expected the runs of every policy to pair up by sample and replicate, got "
               "runs of baseline and trust that do not");
}

TEST_F(DamagedStore, AMissingTable) {
  expect_error("DROP TABLE policies", read_definition,
               "expected an umbrella results store, got a damaged or different database "
               "(SQLite: no such table: policies)");
}

// Changes the store, then resumes it with `options`; the InputError must carry `message`.
void expect_resume_error(const fs::path& store, const Experiment& experiment,
                         const std::string& sql, const std::string& message) {
  Database(store, Database::Mode::open).exec(sql);
  const Plan plan(experiment);
  RunnerOptions options;
  options.resume = true;
  testing::expect_quoted_error<InputError>(
      [&] { run_experiment(plan, store.parent_path(), options); }, "results.sqlite: " + message,
      store.parent_path());
}

TEST_F(DamagedStore, AnAggregateStateOfAnotherBuild) {
  expect_resume_error(store_file(), experiment_, "UPDATE aggregates SET state = x'00'",
                      "aggregates[0]: expected the state this build writes: the stored aggregate "
                      "state is truncated");
}

TEST_F(DamagedStore, AChunkSizeTooLargeToResume) {
  expect_resume_error(store_file(), experiment_,
                      "UPDATE experiment SET value = '900000000' WHERE key = 'units_per_chunk'",
                      "experiment.units_per_chunk: expected at most the experiment's 6 units, got "
                      "900000000");
}

// An experiment without uncertainties, of one outcome, in `folder`.
Experiment plain_experiment(const TemporaryFolder& folder, int samples, int replicates) {
  const fs::path file = testing::write_file(
      folder.path() / "plain.yaml",
      fmt::format(
          "scenario: {}\noutcomes: {{armed: {{series: nuclear_armed_states world, reduce: "
          "max}}}}\nsamples: {}\nreplicates: {}\nseed: 1\nyears: {{from: 2025, to: 2026}}\n",
          testing::kBaselineScenario, samples, replicates));
  return load_experiment(file.string());
}

// Without uncertainties the design has no rows to store: a store can claim any number of
// samples, and the means of all of them would not fit.
TEST(AbsurdStore, TooManySampleMeansToAnalyse) {
  TemporaryFolder folder("umbrella-absurd-store");
  const Experiment experiment = plain_experiment(folder, 2, 1);
  run_experiment(Plan(experiment), folder.path(), {});
  const fs::path store_file = folder.path() / "results.sqlite";
  Database(store_file, Database::Mode::open)
      .exec(
          "UPDATE experiment SET value = '16777216' WHERE key = 'design_rows'; "
          "INSERT INTO outcomes SELECT outcome + 1, name || 'b', series, subject, reduction, "
          "year, condition, description FROM outcomes; "
          "INSERT INTO outcomes SELECT outcome + 2, name || 'c', series, subject, reduction, "
          "year, condition, description FROM outcomes; "
          "INSERT INTO outcomes SELECT outcome + 4, name || 'd', series, subject, reduction, "
          "year, condition, description FROM outcomes; "
          "INSERT INTO outcomes SELECT outcome + 8, name || 'e', series, subject, reduction, "
          "year, condition, description FROM outcomes WHERE outcome = 0");
  ResultsStore store(store_file);
  testing::expect_quoted_error<UsageError>(
      [&] { sample_means(store, store.read(), 0); },
      "expected at most 134217728 sample means (samples x outcomes) to analyse, got 16777216 x 9");
}

// A store whose chunks would not fit in memory, though they fit its experiment: resuming it would
// allocate two chunks of 100 million runs.
TEST(AbsurdStore, ChunksTooLargeForMemory) {
  TemporaryFolder folder("umbrella-absurd-store");
  const Experiment experiment = plain_experiment(folder, 1, 100'000'000);
  const Plan plan(experiment);
  ResultsStore::create(folder.path() / "results.sqlite", plan, "test", 100'000'000);
  RunnerOptions options;
  options.resume = true;
  options.program_version = "test";
  testing::expect_quoted_error<InputError>(
      [&] { run_experiment(plan, folder.path(), options); },
      "results.sqlite: experiment.units_per_chunk: expected at most 22369621 for this experiment, "
      "got 100000000",
      folder.path());
}

// Found by results_store_fuzz: a header whose write version (byte 18) is above 2 makes SQLite
// treat the file as read-only, and the first commit of a resumed run failed as if the disk had.
// The file is at fault, not the machine.
TEST(AbsurdStore, AHeaderThatSaysReadOnlyIsAnInputError) {
  TemporaryFolder folder("umbrella-absurd-store");
  const Experiment experiment = plain_experiment(folder, 2, 4);
  const Plan plan(experiment);
  RunnerOptions options;
  options.chunk_runs = 2;  // four chunks
  options.after_commit = [](std::uint64_t committed) {
    if (committed == 1) throw std::runtime_error("interrupted");
  };
  EXPECT_THROW(run_experiment(plan, folder.path(), options), std::runtime_error);
  const fs::path store_file = folder.path() / "results.sqlite";
  {
    std::fstream store(store_file, std::ios::in | std::ios::out | std::ios::binary);
    store.seekp(18);
    store.put(3);
  }
  options.after_commit = nullptr;
  options.resume = true;
  testing::expect_quoted_error<InputError>(
      [&] { run_experiment(plan, folder.path(), options); },
      "results.sqlite: expected an umbrella results store, got a damaged or different database "
      "(SQLite: attempt to write a readonly database)",
      folder.path());
}

// A full disk, made by a file size limit in a child process: SQLite's failure to write is the
// machine's, not the store's.
TEST_F(DamagedStore, AStoreThatCannotGrowIsAFileError) {
  const pid_t child = ::fork();
  if (child == 0) {
    ::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{4096, 4096};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    try {
      Database(store_file(), Database::Mode::open)
          .exec("INSERT INTO experiment VALUES ('padding', printf('%.*c', 100000, 'x'))");
    } catch (const FileError& error) {
      const std::string expected =
          store_file().string() + ": cannot use the results store (SQLite: disk I/O error)";
      if (std::string(error.what()) == expected) ::_exit(3);
      std::fprintf(stderr, "got: %s\n", error.what());
      ::_exit(4);
    }
    ::_exit(5);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 3);
  testing::expect_catalogued(
      "results.sqlite: cannot use the results store (SQLite: disk I/O error)");
}

TEST(AbsurdStore, AStoreThatCannotBeOpenedIsAFileError) {
  testing::expect_quoted_error<FileError>(
      [] { Database("/nonexistent/results.sqlite", Database::Mode::open); },
      "/nonexistent/results.sqlite: cannot open the results store (SQLite: unable to open "
      "database file)");
}

}  // namespace
}  // namespace umbrella::experiment
