// A finished store altered after it was written, as a damaged disk, a hand edit or a hostile file
// leaves it: resuming or reading it is an InputError naming the store and the part that does not
// hang together, where it used to crash, loop or print an internal error (docs/hardening.md lists
// which results_store_fuzz found). results_store_test.cc damages the definition's numbers.
#include <gtest/gtest.h>

#include <memory>

#include "../error_catalogue.h"
#include "experiment/paired_comparison.h"
#include "experiment/policy_aggregate.h"
#include "experiment/results_store.h"
#include "experiment/runner.h"
#include "experiment/sample_means.h"
#include "experiment_files.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;
using testing::TemporaryFolder;

// 2 policies x 4 samples x 3 replicates, committed 2 units (4 runs) a chunk: 6 chunks.
const char* const kDefinition = R"(
uncertainties:
  parameters:
    credibility.memory: {range: [0.8, 1.0]}
levers: [restore_trust]
policies:
  trust: {restore_trust: 1}
outcomes:
  cred_JPN: {series: credibility JPN, reduce: value, year: 2027}
  kor_pursues: {series: p_pursuit KOR, reduce: first_year, when: ">= 1"}
sampler: lhs
samples: 4
replicates: 3
seed: 5
years: {from: 2025, to: 2027}
)";

RunnerOptions runner_options(bool resume) {
  RunnerOptions options;
  options.resume = resume;
  options.chunk_runs = 4;
  options.program_version = "test";
  return options;
}

// One finished store, written once; each test damages a copy of it.
class FinishedStore : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = std::make_unique<TemporaryFolder>("umbrella-damaged-store");
    const fs::path file =
        testing::write_file(folder_->path() / "experiment.yaml",
                            "scenario: " + testing::kBaselineScenario + "\n" + kDefinition);
    experiment_ = std::make_unique<Experiment>(load_experiment(file.string()));
    plan_ = std::make_unique<Plan>(*experiment_);
    run_experiment(*plan_, folder_->path() / "finished", runner_options(false));
  }
  static void TearDownTestSuite() {
    plan_.reset();
    experiment_.reset();
    folder_.reset();
  }

  // A copy of the finished store, in a folder of its own, with `sql` run on it.
  static fs::path damaged(const std::string& name, const std::string& sql) {
    fs::path out = folder_->path() / name;
    fs::create_directories(out);
    fs::copy_file(folder_->path() / "finished" / "results.sqlite", out / "results.sqlite");
    Database(out / "results.sqlite", Database::Mode::open).exec(sql);
    return out;
  }

  // The InputError that `read` throws, expected to name the store and `field`, and to be quoted
  // in docs/errors.md.
  template <typename Read>
  static std::string error_of(const fs::path& out, const std::string& field, const Read& read) {
    try {
      read();
    } catch (const InputError& error) {
      EXPECT_EQ(error.where().file, (out / "results.sqlite").string());
      EXPECT_EQ(error.field(), field) << error.what();
      testing::expect_catalogued("results.sqlite: " + (field.empty() ? "" : field + ": ") +
                                 error.message());
      return error.message();
    }
    ADD_FAILURE() << "the damaged store was read without an error";
    return "";
  }

  static void resume(const fs::path& out) { run_experiment(*plan_, out, runner_options(true)); }

  static std::unique_ptr<TemporaryFolder> folder_;
  static std::unique_ptr<Experiment> experiment_;
  static std::unique_ptr<Plan> plan_;
};

std::unique_ptr<TemporaryFolder> FinishedStore::folder_;
std::unique_ptr<Experiment> FinishedStore::experiment_;
std::unique_ptr<Plan> FinishedStore::plan_;

TEST_F(FinishedStore, TheUndamagedStoreResumesAndReads) {
  const fs::path out = damaged("intact", "SELECT 1");
  resume(out);
  ResultsStore store(out / "results.sqlite");
  const StoredExperiment stored = store.read();
  EXPECT_EQ(stored.committed_chunks, 6U);
  EXPECT_EQ(compare_policies(store, stored, kBaselinePolicy).pairs, 12U);
  EXPECT_EQ(sample_means(store, stored, 1).rows(), 4U);
}

// Found by results_store_fuzz: the summaries read past the end of an empty histogram.
TEST_F(FinishedStore, ResumeRefusesAggregatesThatAreMissing) {
  const fs::path out = damaged("no-aggregates", "DELETE FROM aggregates");
  EXPECT_EQ(error_of(out, "aggregates[0]", [&] { resume(out); }),
            "missing, with 12 runs committed");
}

TEST_F(FinishedStore, ResumeRefusesAggregatesOfOtherRuns) {
  const fs::path out = damaged("lost-chunk", "DELETE FROM chunks WHERE chunk = 5");
  EXPECT_EQ(error_of(out, "aggregates[0]", [&] { resume(out); }),
            "sums 12 runs, but 10 are committed");
}

// A chunk of 0 units never ends (results_store_test.cc refuses one larger than the experiment).
TEST_F(FinishedStore, ResumeRefusesAChunkSizeOfZero) {
  const fs::path out =
      damaged("zero-chunk", "UPDATE experiment SET value = '0' WHERE key = 'units_per_chunk'");
  EXPECT_EQ(error_of(out, "experiment.units_per_chunk", [&] { resume(out); }),
            "expected a whole number in [1, 1000000000], got '0'");
}

TEST_F(FinishedStore, ResumeRefusesADesignOfAnotherSize) {
  const fs::path out =
      damaged("more-rows", "UPDATE experiment SET value = '5' WHERE key = 'design_rows'");
  EXPECT_EQ(error_of(out, "experiment.design_rows", [&] { resume(out); }),
            "5 does not fit the experiment, which has 4");
}

// A table rebuilt without its key can hold a run twice: the paired means would count it twice.
TEST_F(FinishedStore, ReadersRefuseARunStoredTwice) {
  const fs::path out = damaged("twice",
                               "CREATE TABLE kept AS SELECT * FROM runs; DROP TABLE runs; "
                               "CREATE TABLE runs AS SELECT * FROM kept UNION ALL SELECT * FROM "
                               "kept WHERE sample = 2 AND replicate = 1; DROP TABLE kept");
  ResultsStore store(out / "results.sqlite");
  const StoredExperiment stored = store.read();
  EXPECT_EQ(error_of(out, "runs", [&] { sample_means(store, stored, 0); }),
            "expected each run once, got sample 2, replicate 1 twice");
}

// Chunks commit every policy of a unit together: a policy with runs left over does not pair up.
TEST_F(FinishedStore, ComparisonRefusesRunsLeftOver) {
  const fs::path out = damaged("left-over", "DELETE FROM runs WHERE policy = 0 AND sample = 3");
  ResultsStore store(out / "results.sqlite");
  const StoredExperiment stored = store.read();
  EXPECT_EQ(error_of(out, "runs", [&] { compare_policies(store, stored, kBaselinePolicy); }),
            "expected the runs of every policy to pair up by sample and replicate, got runs of "
            "baseline and trust that do not");
}

TEST_F(FinishedStore, ReadersRefuseADesignValueThatIsNotFinite) {
  const fs::path out = damaged(
      "infinite-design", "UPDATE samples SET \"credibility.memory\" = 9e999 WHERE sample = 2");
  EXPECT_EQ(error_of(out, "samples", [&] { ResultsStore(out / "results.sqlite").read(); }),
            "expected finite numbers, got inf");
}

// The first histogram's count, right after the run count, the cell count and the sums, made
// one more than its bins hold: its quantiles would have walked past the last bin.
TEST_F(FinishedStore, RestoreRefusesAHistogramThatDoesNotAddUp) {
  PolicyAggregate aggregate(*plan_, 0);
  std::vector<double> cells(plan_->summary_cells(), 0.5);
  aggregate.add(cells);
  std::string state = aggregate.save();
  const std::size_t count_at = 16 + 8 * cells.size();
  ASSERT_EQ(state[count_at], 1);
  state[count_at] = 2;
  PolicyAggregate restored(*plan_, 0);
  EXPECT_THROW(restored.restore(state), std::runtime_error);
}

}  // namespace
}  // namespace umbrella::experiment
