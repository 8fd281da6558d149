#pragma once
// The results of an experiment in one SQLite file, DIR/results.sqlite (schema in
// docs/experiments.md): the experiment's definition text, the scenario files' texts and the
// program version; the policies, outcomes, uncertainties and the design; one row per run with
// its outcome values; and every policy's streaming aggregate. Runs are committed a chunk at a
// time, each chunk's rows and aggregate states in one transaction, so a store killed at any
// moment holds whole chunks only, and a resumed run continues after the last of them.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "analysis/problem.h"
#include "experiment/experiment.h"
#include "experiment/sqlite_db.h"

namespace umbrella::experiment {

class Plan;
class PolicyAggregate;

struct StoredOutcome {
  std::string name;
  std::string description;  // "p_pursuit KOR in 2035"
  Reduction reduction = Reduction::value;
  // What it reduces, so that readers of `compare --json` (the report) can name it for people.
  std::string series;   // p_pursuit
  std::string subject;  // KOR
  int year = 0;         // Reduction::value
};

// What `compare` and `sensitivity` read back, without the scenario.
struct StoredExperiment {
  std::string name;
  sa::SampleMethod sampler = sa::SampleMethod::monte_carlo;
  std::uint64_t samples = 0;  // as the file gives it: points, base points or trajectories
  std::uint32_t design_rows = 0;
  std::uint32_t replicates = 0;
  std::vector<std::string> policies;
  std::vector<StoredOutcome> outcomes;
  sa::Problem uncertainties;  // names and distributions, in design column order
  sa::Table design;           // one row per sample; no columns without uncertainties
  std::uint64_t chunks = 0;
  std::uint64_t committed_chunks = 0;
};

class ResultsStore {
 public:
  // The sizes every reader relies on, checked against the limits.
  struct Shape {
    std::uint32_t design_rows = 0;
    std::uint32_t replicates = 0;
    std::size_t policies = 0;
    std::size_t outcomes = 0;
  };

  // Creates a store for `plan` at `file`, committing runs `units_per_chunk` (sample, replicate)
  // pairs at a time. It is built in memory and written as one atomic file: a store either
  // holds the whole definition or does not exist.
  static void create(const std::filesystem::path& file, const Plan& plan,
                     const std::string& program_version, std::uint64_t units_per_chunk);
  // Opens an existing store; UsageError when it is not one.
  explicit ResultsStore(const std::filesystem::path& file);

  // UsageError naming what differs when the store was written for another experiment file,
  // other scenario files or another program version: resuming it would mix two experiments.
  // InputError when its design or chunks do not fit `plan`, as in a damaged store.
  void check_definition(const Plan& plan, const std::string& program_version);
  std::uint64_t units_per_chunk();
  std::uint64_t committed_chunks();
  // Puts policy `policy`'s aggregate back to its state after the last committed chunk (leaves
  // it alone before the first). After check_definition(); InputError when the state is missing,
  // does not fit the plan or does not sum the committed runs.
  void restore_aggregate(std::size_t policy, PolicyAggregate& aggregate);

  // Writes chunk `chunk`: its runs, whose results lie run after run as Plan::run() writes them
  // (units from `first_unit` on, every policy for each unit), and every policy's aggregate
  // state, in one transaction.
  void commit_chunk(std::uint64_t chunk, std::uint64_t first_unit, std::span<const double> results,
                    const Plan& plan, const std::vector<PolicyAggregate>& aggregates);

  // Everything but the runs, checked to hang together (names known, every number a reader relies
  // on within core/limits.h, one design row per sample): a damaged or hand-edited store is an
  // InputError naming the table and key.
  StoredExperiment read();

  // The runs of one policy in (sample, replicate) order, with one value per outcome (NaN for
  // a first year that never came). InputError for a run outside the design, or repeated.
  class Runs {
   public:
    Runs(ResultsStore& store, std::size_t policy);
    // Only the units [first_unit, end_unit), unit u being replicate u % replicates of sample
    // u / replicates.
    Runs(ResultsStore& store, std::size_t policy, std::uint64_t first_unit, std::uint64_t end_unit,
         std::uint32_t replicates);
    bool next();
    std::uint32_t sample() const { return sample_; }
    std::uint32_t replicate() const { return replicate_; }
    const std::vector<double>& values() const { return values_; }

   private:
    // Checks that the runs table has a column per outcome.
    Runs(ResultsStore& store, Statement statement);

    const ResultsStore& store_;
    Shape shape_;
    Statement statement_;
    bool started_ = false;
    std::uint32_t sample_ = 0;
    std::uint32_t replicate_ = 0;
    std::vector<double> values_;
  };

  // The store does not hang together: the InputError "FILE: FIELD: MESSAGE".
  [[noreturn]] void fail(const std::string& field, const std::string& message) const;

 private:
  std::string metadata(const std::string& key);
  // A metadata value that must be a whole number in [1, highest].
  std::uint64_t metadata_count(const std::string& key, std::uint64_t highest);
  void check_integrity();
  Shape shape();
  void check_layout(const Plan& plan);
  void read_uncertainties(StoredExperiment& out);
  void read_design(StoredExperiment& out);

  std::filesystem::path file_;
  Database db_;
};

}  // namespace umbrella::experiment
