#include "experiment/results_store.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/limits.h"
#include "experiment/plan.h"
#include "experiment/policy_aggregate.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;

// Changing the schema means changing docs/experiments.md and this number together.
constexpr const char* kFormat = "umbrella-experiment 1";

std::string column_list(const std::vector<std::string>& names, const char* type) {
  std::string out;
  for (const std::string& name : names) out += ", " + sql_name(name) + " " + type;
  return out;
}

std::vector<std::string> outcome_names(const Experiment& experiment) {
  std::vector<std::string> names;
  for (const OutcomeSpec& o : experiment.outcomes) names.push_back(o.name);
  return names;
}

void create_schema(Database& db, const Plan& plan) {
  const sa::Table& design = plan.design();
  db.exec(
      "CREATE TABLE experiment (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
      "CREATE TABLE sources (position INTEGER PRIMARY KEY, path TEXT NOT NULL, "
      "  text TEXT NOT NULL);"
      "CREATE TABLE policies (policy INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
      "  levers TEXT NOT NULL);"
      "CREATE TABLE outcomes (outcome INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
      "  series TEXT NOT NULL, subject TEXT NOT NULL, reduction TEXT NOT NULL, year INTEGER, "
      "  condition TEXT, description TEXT NOT NULL);"
      "CREATE TABLE uncertainties (uncertainty INTEGER PRIMARY KEY, parameter TEXT NOT NULL, "
      "  kind TEXT NOT NULL, lower REAL NOT NULL, upper REAL NOT NULL, a REAL NOT NULL, "
      "  b REAL NOT NULL, c REAL NOT NULL, \"values\" TEXT NOT NULL, weights TEXT NOT NULL);"
      "CREATE TABLE chunks (chunk INTEGER PRIMARY KEY, runs INTEGER NOT NULL);"
      "CREATE TABLE aggregates (policy INTEGER PRIMARY KEY, state BLOB NOT NULL);");
  db.exec("CREATE TABLE samples (sample INTEGER PRIMARY KEY" +
          column_list(design.columns, "REAL NOT NULL") + ")");
  db.exec(
      "CREATE TABLE runs (policy INTEGER NOT NULL, sample INTEGER NOT NULL, "
      "replicate INTEGER NOT NULL" +
      column_list(outcome_names(plan.experiment()), "REAL") +
      ", PRIMARY KEY (policy, sample, replicate)) WITHOUT ROWID");
  db.exec(
      "CREATE VIEW run_values AS SELECT policies.name AS policy_name, runs.* FROM runs "
      "JOIN policies USING (policy)");
}

// "INSERT INTO table VALUES (?1, ?2, ...)" for `columns` bound values.
std::string insert_statement(const std::string& table, std::size_t columns) {
  std::string sql = "INSERT INTO " + table + " VALUES (";
  for (std::size_t c = 0; c < columns; ++c) sql += fmt::format("{}?{}", c == 0 ? "" : ", ", c + 1);
  return sql + ")";
}

std::string lever_text(const Policy& policy) {
  std::string out;
  for (const LeverSetting& l : policy.levers) {
    out += fmt::format("{}{}={}", out.empty() ? "" : ",", l.name, l.intensity);
  }
  return out;
}

void write_definition(Database& db, const Plan& plan, const std::string& program_version,
                      std::uint64_t units_per_chunk) {
  const Experiment& e = plan.experiment();
  const std::uint64_t units = static_cast<std::uint64_t>(plan.samples()) * plan.replicates();
  const std::pair<std::string, std::string> metadata[] = {
      {"format", kFormat},
      {"program_version", program_version},
      {"name", e.name},
      {"file", e.file},
      {"definition", e.text},
      {"sampler", std::string(name(e.sampler))},
      {"samples", std::to_string(e.samples)},
      {"design_rows", std::to_string(plan.samples())},
      {"replicates", std::to_string(e.replicates)},
      {"seed", std::to_string(e.seed)},
      {"from_year", std::to_string(e.from_year)},
      {"to_year", std::to_string(e.to_year)},
      {"units_per_chunk", std::to_string(units_per_chunk)},
      {"chunks", std::to_string((units + units_per_chunk - 1) / units_per_chunk)},
      {"runs", std::to_string(plan.runs())},
  };
  Statement put = db.prepare("INSERT INTO experiment VALUES (?1, ?2)");
  for (const auto& [key, value] : metadata) put.bind(1, key).bind(2, value).run();

  Statement source = db.prepare("INSERT INTO sources VALUES (?1, ?2, ?3)");
  const std::vector<std::string> texts = scenario_texts(e);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    source.bind(1, static_cast<std::int64_t>(i))
        .bind(2, e.scenario.files[i])
        .bind(3, texts[i])
        .run();
  }
  Statement policy = db.prepare("INSERT INTO policies VALUES (?1, ?2, ?3)");
  for (std::size_t p = 0; p < e.policies.size(); ++p) {
    policy.bind(1, static_cast<std::int64_t>(p))
        .bind(2, e.policies[p].name)
        .bind(3, lever_text(e.policies[p]))
        .run();
  }
  Statement outcome = db.prepare("INSERT INTO outcomes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  for (std::size_t o = 0; o < e.outcomes.size(); ++o) {
    const OutcomeSpec& spec = e.outcomes[o];
    outcome.bind(1, static_cast<std::int64_t>(o)).bind(2, spec.name).bind(3, spec.series);
    outcome.bind(4, spec.subject).bind(5, std::string_view(name(spec.reduction)));
    if (spec.reduction == Reduction::value) outcome.bind(6, std::int64_t{spec.year});
    if (spec.reduction == Reduction::first_year) outcome.bind(7, spec.condition.text());
    outcome.bind(8, spec.describe()).run();
  }
  Statement uncertainty =
      db.prepare("INSERT INTO uncertainties VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  for (std::size_t u = 0; u < e.uncertainties.size(); ++u) {
    const Distribution& d = e.uncertainties[u].distribution;
    uncertainty.bind(1, static_cast<std::int64_t>(u))
        .bind(2, e.uncertainties[u].name)
        .bind(3, std::string_view(name(d.kind)))
        .bind(4, d.lower)
        .bind(5, d.upper)
        .bind(6, d.a)
        .bind(7, d.b)
        .bind(8, d.c)
        .bind(9, nlohmann::json(d.values).dump())
        .bind(10, nlohmann::json(d.weights).dump())
        .run();
  }
  const sa::Table& design = plan.design();
  Statement sample = db.prepare(insert_statement("samples", design.columns.size() + 1));
  for (std::size_t r = 0; r < design.rows(); ++r) {
    sample.bind(1, static_cast<std::int64_t>(r));
    for (std::size_t c = 0; c < design.columns.size(); ++c) {
      sample.bind(static_cast<int>(c + 2), design.at(r, c));
    }
    sample.run();
  }
}

// The enumerator of `options` whose name() is `text`, if any.
template <typename Enum>
std::optional<Enum> named(std::string_view text, std::initializer_list<Enum> options) {
  for (Enum option : options) {
    if (text == name(option)) return option;
  }
  return std::nullopt;
}

// A JSON array of numbers, as write_definition() stores a distribution's values and weights.
std::optional<std::vector<double>> numbers_in(const std::string& json) {
  const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
  if (!parsed.is_array()) return std::nullopt;
  std::vector<double> numbers;
  for (const nlohmann::json& x : parsed) {
    if (!x.is_number()) return std::nullopt;
    numbers.push_back(x.get<double>());
  }
  return numbers;
}

const fs::path& existing(const fs::path& file) {
  if (!fs::is_regular_file(file)) throw UsageError(file.string() + ": no such results store");
  return file;
}

}  // namespace

void ResultsStore::create(const fs::path& file, const Plan& plan,
                          const std::string& program_version, std::uint64_t units_per_chunk) {
  // Built in memory and written as one atomic file: a kill at any moment leaves the whole
  // definition or nothing, never a temporary file.
  {
    Database db(file, Database::Mode::memory);
    Transaction transaction(db);
    create_schema(db, plan);
    write_definition(db, plan, program_version, units_per_chunk);
    transaction.commit();
    write_file_atomically(file, db.serialize());
  }
  // Write-ahead logging: a chunk's commit appends to the log, and a killed process leaves the
  // log for the next open to replay or discard whole transactions. A store killed before this
  // line keeps SQLite's rollback journal, as safe and only slower.
  Database(file, Database::Mode::open).exec("PRAGMA journal_mode=WAL");
}

ResultsStore::ResultsStore(const fs::path& file)
    : file_(file), db_(existing(file), Database::Mode::open) {
  bool is_store = false;
  try {
    is_store = metadata("format") == kFormat;
  } catch (const InputError&) {
    // Not a database, or one without the experiment table: reported below.
  }
  if (!is_store) {
    throw UsageError(file.string() + " is not an umbrella experiment store (" + kFormat + ")");
  }
  check_integrity();
  db_.exec("PRAGMA synchronous=NORMAL");
}

// A bit flipped in a page or an edit that broke the file's structure: SQLite would read on and
// return whatever the damaged page holds.
void ResultsStore::check_integrity() {
  Statement check = db_.prepare("PRAGMA quick_check(1)");
  if (check.step() && check.text(0) != "ok") {
    fail("", "expected an intact SQLite file, got a damaged one (SQLite quick_check: " +
                 check.text(0) + ")");
  }
}

std::string ResultsStore::metadata(const std::string& key) {
  Statement get = db_.prepare("SELECT value FROM experiment WHERE key = ?1");
  get.bind(1, key);
  if (!get.step()) fail("experiment." + key, "missing from the store");
  return get.text(0);
}

std::uint64_t ResultsStore::metadata_count(const std::string& key, std::uint64_t highest) {
  const std::string text = metadata(key);
  std::uint64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || value < 1 || value > highest) {
    fail("experiment." + key,
         fmt::format("expected a whole number in [1, {}], got '{}'", highest, text));
  }
  return value;
}

void ResultsStore::fail(const std::string& field, const std::string& message) const {
  throw InputError(SourceLocation{file_.string(), 0, 0}, field, message);
}

void ResultsStore::check_definition(const Plan& plan, const std::string& program_version) {
  const Experiment& e = plan.experiment();
  const auto refuse = [&](const std::string& what) {
    throw UsageError("resume", fmt::format("{} holds the results of another definition ({}); "
                                           "resuming would mix two experiments. Run into another "
                                           "{}, or delete the store to start again.",
                                           file_.string(), what, mention("out")));
  };
  if (metadata("definition") != e.text) refuse("the experiment file " + e.file + " changed");
  std::vector<std::string> stored;
  Statement sources = db_.prepare("SELECT path, text FROM sources ORDER BY position");
  while (sources.step()) stored.push_back(sources.text(1));
  const std::vector<std::string> texts = scenario_texts(e);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (i >= stored.size() || stored[i] != texts[i]) {
      refuse("the scenario file " + e.scenario.files[i] + " changed");
    }
  }
  if (stored.size() != texts.size()) refuse("the scenario loads other files");
  // `umbrella experiment --seed/--replicates` override the file's values.
  if (metadata("seed") != std::to_string(e.seed)) {
    refuse("seed " + metadata("seed") + ", now " + std::to_string(e.seed));
  }
  if (metadata("replicates") != std::to_string(e.replicates)) {
    refuse(metadata("replicates") + " replicates, now " + std::to_string(e.replicates));
  }
  const std::string version = metadata("program_version");
  if (version != program_version) {
    refuse("written by umbrella " + version + ", this is " + program_version);
  }
  check_layout(plan);
}

void ResultsStore::check_layout(const Plan& plan) {
  // The same definition gives the same design; numbers that disagree were altered.
  const auto expect = [&](const char* key, std::uint64_t expected) {
    const std::uint64_t stored = metadata_count(key, limits::kMaxRuns);
    if (stored != expected) {
      fail(std::string("experiment.") + key,
           fmt::format("{} does not fit the experiment, which has {}", stored, expected));
    }
  };
  const std::uint64_t units = static_cast<std::uint64_t>(plan.samples()) * plan.replicates();
  expect("design_rows", plan.samples());
  const std::uint64_t per_chunk = units_per_chunk();
  if (per_chunk > units) {
    fail("experiment.units_per_chunk",
         fmt::format("expected at most the experiment's {} units, got {}", units, per_chunk));
  }
  expect("chunks", (units + per_chunk - 1) / per_chunk);
}

std::uint64_t ResultsStore::units_per_chunk() {
  return metadata_count("units_per_chunk", limits::kMaxRuns);
}

std::uint64_t ResultsStore::committed_chunks() {
  Statement count = db_.prepare("SELECT COUNT(*), COALESCE(MAX(chunk) + 1, 0) FROM chunks");
  count.step();
  // Chunks are committed in order, so the committed ones are always 0..n-1.
  const std::int64_t committed = count.integer(0);
  if (committed != count.integer(1) || committed < 0) {
    fail("chunks", fmt::format("expected chunks 0 to n-1, got {} chunks up to {}", committed,
                               count.integer(1) - 1));
  }
  const std::uint64_t chunks = metadata_count("chunks", limits::kMaxRuns);
  if (static_cast<std::uint64_t>(committed) > chunks) {
    fail("chunks", fmt::format("expected at most {} chunks, got {}", chunks, committed));
  }
  return static_cast<std::uint64_t>(committed);
}

ResultsStore::Shape ResultsStore::shape() {
  Shape out;
  out.design_rows = static_cast<std::uint32_t>(metadata_count(
      "design_rows", std::min<std::uint64_t>(limits::kMaxDesignNumbers,
                                             std::numeric_limits<std::uint32_t>::max())));
  out.replicates = static_cast<std::uint32_t>(metadata_count("replicates", limits::kMaxRuns));
  Statement count =
      db_.prepare("SELECT (SELECT COUNT(*) FROM policies), (SELECT COUNT(*) FROM outcomes)");
  count.step();
  out.policies = static_cast<std::size_t>(count.integer(0));
  out.outcomes = static_cast<std::size_t>(count.integer(1));
  if (out.policies < 1 || out.policies > limits::kMaxPolicies) {
    fail("policies",
         fmt::format("expected 1 to {} policies, got {}", limits::kMaxPolicies, out.policies));
  }
  if (out.outcomes < 1 || out.outcomes > limits::kMaxOutcomes) {
    fail("outcomes",
         fmt::format("expected 1 to {} outcomes, got {}", limits::kMaxOutcomes, out.outcomes));
  }
  return out;
}

void ResultsStore::restore_aggregate(std::size_t policy, PolicyAggregate& aggregate) {
  const Shape shape = this->shape();
  const std::uint64_t units = std::uint64_t{shape.design_rows} * shape.replicates;
  const std::uint64_t committed = std::min(committed_chunks() * units_per_chunk(), units);
  Statement get = db_.prepare("SELECT state FROM aggregates WHERE policy = ?1");
  get.bind(1, static_cast<std::int64_t>(policy));
  const std::string field = fmt::format("aggregates[{}]", policy);
  if (!get.step()) {
    if (committed > 0) fail(field, fmt::format("missing, with {} runs committed", committed));
    return;
  }
  try {
    aggregate.restore(get.blob(0));
  } catch (const std::runtime_error& error) {
    fail(field, std::string("expected the state this build writes: ") + error.what());
  }
  if (aggregate.runs() != committed) {
    fail(field, fmt::format("sums {} runs, but {} are committed", aggregate.runs(), committed));
  }
}

void ResultsStore::commit_chunk(std::uint64_t chunk, std::uint64_t first_unit,
                                std::span<const double> results, const Plan& plan,
                                const std::vector<PolicyAggregate>& aggregates) {
  const std::size_t outcomes = plan.experiment().outcomes.size();
  const std::size_t cells = plan.summary_cells();
  const std::size_t policies = plan.policies();
  const std::size_t runs = results.size() / plan.result_size();
  Transaction transaction(db_);
  Statement insert = db_.prepare(insert_statement("runs", outcomes + 3));
  for (std::size_t i = 0; i < runs; ++i) {
    const std::uint64_t unit = first_unit + i / policies;
    insert.bind(1, static_cast<std::int64_t>(i % policies))
        .bind(2, static_cast<std::int64_t>(unit / plan.replicates()))
        .bind(3, static_cast<std::int64_t>(unit % plan.replicates()));
    const double* values = &results[i * plan.result_size() + cells];
    for (std::size_t o = 0; o < outcomes; ++o) insert.bind(static_cast<int>(o + 4), values[o]);
    insert.run();
  }
  Statement state = db_.prepare("INSERT OR REPLACE INTO aggregates VALUES (?1, ?2)");
  for (std::size_t p = 0; p < policies; ++p) {
    state.bind(1, static_cast<std::int64_t>(p)).bind_blob(2, aggregates[p].save()).run();
  }
  db_.prepare("INSERT INTO chunks VALUES (?1, ?2)")
      .bind(1, static_cast<std::int64_t>(chunk))
      .bind(2, static_cast<std::int64_t>(runs))
      .run();
  transaction.commit();
}

StoredExperiment ResultsStore::read() {
  StoredExperiment out;
  const Shape shape = this->shape();
  out.name = metadata("name");
  const std::string sampler = metadata("sampler");
  const std::optional<sa::SampleMethod> method =
      named(sampler, {sa::SampleMethod::monte_carlo, sa::SampleMethod::latin_hypercube,
                      sa::SampleMethod::saltelli, sa::SampleMethod::morris});
  if (!method)
    fail("experiment.sampler", "expected mc, lhs, saltelli or morris, got '" + sampler + "'");
  out.sampler = *method;
  out.samples = metadata_count("samples", limits::kMaxRuns);
  out.design_rows = shape.design_rows;
  out.replicates = shape.replicates;
  out.chunks = metadata_count("chunks", limits::kMaxRuns);
  out.committed_chunks = committed_chunks();
  Statement policies = db_.prepare("SELECT name FROM policies ORDER BY policy");
  while (policies.step()) out.policies.push_back(policies.text(0));
  Statement outcomes = db_.prepare(
      "SELECT name, description, reduction, series, subject, COALESCE(year, 0) "
      "FROM outcomes ORDER BY outcome");
  while (outcomes.step()) {
    const std::optional<Reduction> reduction =
        named(outcomes.text(2),
              {Reduction::value, Reduction::first_year, Reduction::max, Reduction::mean});
    if (!reduction) {
      fail("outcomes." + outcomes.text(0),
           "expected a reduction value, first_year, max or mean, got '" + outcomes.text(2) + "'");
    }
    out.outcomes.push_back({outcomes.text(0), outcomes.text(1), *reduction, outcomes.text(3),
                            outcomes.text(4), static_cast<int>(outcomes.integer(5))});
  }
  read_uncertainties(out);
  read_design(out);
  return out;
}

void ResultsStore::read_uncertainties(StoredExperiment& out) {
  using Kind = Distribution::Kind;
  Statement uncertainties = db_.prepare(
      "SELECT parameter, kind, lower, upper, a, b, c, \"values\", weights FROM uncertainties "
      "ORDER BY uncertainty");
  out.uncertainties.file = file_.string();
  while (uncertainties.step()) {
    const std::string parameter = uncertainties.text(0);
    const std::string field = "uncertainties." + parameter;
    const std::optional<Kind> kind =
        named(uncertainties.text(1),
              {Kind::uniform, Kind::triangular, Kind::normal, Kind::beta, Kind::discrete});
    if (!kind) {
      fail(field, "expected a distribution uniform, triangular, normal, beta or discrete, got '" +
                      uncertainties.text(1) + "'");
    }
    Distribution d;
    d.kind = *kind;
    d.lower = uncertainties.real(2);
    d.upper = uncertainties.real(3);
    d.a = uncertainties.real(4);
    d.b = uncertainties.real(5);
    d.c = uncertainties.real(6);
    const std::optional<std::vector<double>> values = numbers_in(uncertainties.text(7));
    const std::optional<std::vector<double>> weights = numbers_in(uncertainties.text(8));
    if (values) d.values = *values;
    if (weights) d.weights = *weights;
    const auto finite = [](double x) { return std::isfinite(x); };
    if (!values || !weights || !std::isfinite(d.lower) || !std::isfinite(d.upper) ||
        !(d.lower <= d.upper) || !std::all_of(d.values.begin(), d.values.end(), finite) ||
        !std::all_of(d.weights.begin(), d.weights.end(), finite) ||
        d.values.size() > limits::kMaxDiscreteValues) {
      fail(field, "expected a finite range lower <= upper and JSON lists of at most " +
                      std::to_string(limits::kMaxDiscreteValues) + " numbers");
    }
    out.uncertainties.parameters.push_back({parameter, d, {}});
  }
}

void ResultsStore::read_design(StoredExperiment& out) {
  out.design.columns = out.uncertainties.names();
  out.design.file = file_.string();
  Statement samples = db_.prepare("SELECT * FROM samples ORDER BY sample");
  const auto columns = static_cast<std::size_t>(samples.columns() - 1);
  if (columns != out.design.columns.size()) {
    fail("samples", fmt::format("expected a column per uncertainty ({}), got {}",
                                out.design.columns.size(), columns));
  }
  // Without uncertainties the design has rows but no columns, and the table stays empty.
  const std::uint64_t rows = columns == 0 ? 0 : out.design_rows;
  bool more = false;
  while (samples.step()) {
    more = out.design.lines.size() == rows;
    if (more) break;
    for (std::size_t c = 1; c <= columns; ++c) {
      const double x = samples.real(static_cast<int>(c));
      if (!std::isfinite(x)) fail("samples", fmt::format("expected finite numbers, got {}", x));
      out.design.values.push_back(x);
    }
    out.design.lines.push_back(0);
  }
  if (more || out.design.lines.size() != rows) {
    fail("samples",
         fmt::format("expected {} rows, one per sample, got {}{}", rows, out.design.lines.size(),
                     out.design.lines.size() == rows ? " and more" : ""));
  }
}

ResultsStore::Runs::Runs(ResultsStore& store, std::size_t policy)
    : Runs(store,
           store.db_.prepare("SELECT * FROM runs WHERE policy = ?1 ORDER BY sample, replicate")) {
  statement_.bind(1, static_cast<std::int64_t>(policy));
}

ResultsStore::Runs::Runs(ResultsStore& store, std::size_t policy, std::uint64_t first_unit,
                         std::uint64_t end_unit, std::uint32_t replicates)
    : Runs(store, store.db_.prepare(
                      "SELECT * FROM runs WHERE policy = ?1 AND (sample, replicate) >= (?2, ?3) "
                      "AND (sample, replicate) < (?4, ?5) ORDER BY sample, replicate")) {
  statement_.bind(1, static_cast<std::int64_t>(policy))
      .bind(2, static_cast<std::int64_t>(first_unit / replicates))
      .bind(3, static_cast<std::int64_t>(first_unit % replicates))
      .bind(4, static_cast<std::int64_t>(end_unit / replicates))
      .bind(5, static_cast<std::int64_t>(end_unit % replicates));
}

ResultsStore::Runs::Runs(ResultsStore& store, Statement statement)
    : store_(store), shape_(store.shape()), statement_(std::move(statement)) {
  if (statement_.columns() != static_cast<int>(shape_.outcomes) + 3) {
    store.fail("runs", fmt::format("expected policy, sample, replicate and a column per outcome "
                                   "({}), got {} columns",
                                   shape_.outcomes + 3, statement_.columns()));
  }
  values_.resize(static_cast<std::size_t>(statement_.columns() - 3));
}

bool ResultsStore::Runs::next() {
  if (!statement_.step()) return false;
  const std::int64_t sample = statement_.integer(1);
  const std::int64_t replicate = statement_.integer(2);
  if (sample < 0 || sample >= shape_.design_rows || replicate < 0 ||
      replicate >= shape_.replicates) {
    store_.fail("runs", fmt::format("expected samples below {} and replicates below {}, got "
                                    "sample {} and replicate {}",
                                    shape_.design_rows, shape_.replicates, sample, replicate));
  }
  // In (sample, replicate) order, a run that does not come after the last one repeats it.
  if (started_ &&
      std::pair(sample, replicate) <= std::pair<std::int64_t, std::int64_t>(sample_, replicate_)) {
    store_.fail("runs", fmt::format("expected each run once, got sample {}, replicate {} twice",
                                    sample, replicate));
  }
  started_ = true;
  sample_ = static_cast<std::uint32_t>(sample);
  replicate_ = static_cast<std::uint32_t>(replicate);
  for (std::size_t o = 0; o < values_.size(); ++o) {
    const int column = static_cast<int>(o + 3);
    const int type = statement_.type(column);
    values_[o] = statement_.real(column);
    // The runner writes finite numbers, and NULL for a first year that never comes.
    if ((type != SQLITE_NULL && type != SQLITE_FLOAT && type != SQLITE_INTEGER) ||
        (type != SQLITE_NULL && !std::isfinite(values_[o]))) {
      store_.fail("runs", fmt::format("expected finite numbers, got '{}' at sample {}, replicate "
                                      "{}: the store was edited or damaged",
                                      statement_.text(column), sample, replicate));
    }
  }
  return true;
}

}  // namespace umbrella::experiment
