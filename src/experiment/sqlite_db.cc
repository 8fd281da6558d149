#include "experiment/sqlite_db.h"

#include <unistd.h>

#include <cmath>
#include <limits>
#include <new>
#include <stdexcept>

#include "core/error.h"

namespace umbrella::experiment {

namespace {

constexpr int kBusyTimeoutMs = 10000;

// What SQLite's error says about the file: the machine failed to read or write it, or the file
// is not (or no longer) what the program wrote.
bool is_file_failure(int code, const std::filesystem::path& file) {
  // SQLite also refuses to write a file whose header says it is read-only (a write version
  // above 2): the file's contents are at fault when the machine would let us write it.
  if (code == SQLITE_READONLY) return ::access(file.c_str(), W_OK) != 0;
  switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_NOMEM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return true;
    default:
      return false;
  }
}

}  // namespace

Database::Database(const std::filesystem::path& file, Mode mode) : file_(file) {
  // One thread uses a connection, so SQLite need not lock it around every call.
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                    (mode == Mode::memory ? SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY : 0);
  const int rc =
      sqlite3_open_v2(mode == Mode::memory ? ":memory:" : file.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw FileError(file.string(), "cannot open the results store (SQLite: " + message + ")", 0);
  }
  // A run opens the store more than once (its writer, the exports' and the resume check's
  // readers); one may find the file briefly locked by another (in WAL mode while the log is set
  // up or checkpointed). Wait for it rather than fail: another process is kept out by the --out
  // lock file, not by SQLite.
  if (mode != Mode::memory) sqlite3_busy_timeout(db_, kBusyTimeoutMs);
}

Database::~Database() {
  sqlite3_close(db_);
}

void Database::fail() const {
  const std::string message = sqlite3_errmsg(db_);
  if (is_file_failure(sqlite3_extended_errcode(db_), file_)) {
    throw FileError(file_.string(), "cannot use the results store (SQLite: " + message + ")", 0);
  }
  throw InputError({file_.string(), 0, 0}, "",
                   "expected an umbrella results store, got a damaged or different database "
                   "(SQLite: " +
                       message + ")");
}

void Database::exec(const std::string& sql) {
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail();
}

std::string Database::serialize() const {
  sqlite3_int64 size = 0;
  unsigned char* bytes = sqlite3_serialize(db_, "main", &size, 0);
  if (bytes == nullptr) throw std::bad_alloc();
  std::string out(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
  sqlite3_free(bytes);
  return out;
}

Statement Database::prepare(const std::string& sql) {
  return Statement(*this, db_, sql);
}

Statement::Statement(Database& database, sqlite3* db, const std::string& sql)
    : database_(&database) {
  if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &statement_, nullptr) !=
      SQLITE_OK) {
    database.fail();
  }
}

Statement::~Statement() {
  sqlite3_finalize(statement_);
}

Statement::Statement(Statement&& other) noexcept
    : database_(other.database_), statement_(other.statement_) {
  other.statement_ = nullptr;
}

Statement& Statement::bind(int index, double value) {
  const int rc = std::isnan(value) ? sqlite3_bind_null(statement_, index)
                                   : sqlite3_bind_double(statement_, index, value);
  if (rc != SQLITE_OK) database_->fail();
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(statement_, index, value) != SQLITE_OK) database_->fail();
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  if (sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK) {
    database_->fail();
  }
  return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
  if (sqlite3_bind_blob(statement_, index, bytes.data(), static_cast<int>(bytes.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK) {
    database_->fail();
  }
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) database_->fail();
  return false;
}

void Statement::run() {
  step();
  reset();
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

int Statement::type(int column) const {
  return sqlite3_column_type(statement_, column);
}

double Statement::real(int column) const {
  if (sqlite3_column_type(statement_, column) == SQLITE_NULL) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  return sqlite3_column_double(statement_, column);
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(statement_, column);
}

std::string Statement::text(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
  return text
             ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
             : std::string();
}

std::string Statement::blob(int column) const {
  const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement_, column));
  return bytes ? std::string(bytes,
                             static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
               : std::string();
}

int Statement::columns() const {
  return sqlite3_column_count(statement_);
}

Transaction::Transaction(Database& database) : database_(database) {
  database_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (done_) return;
  try {
    database_.exec("ROLLBACK");
  } catch (const std::exception&) {
    // A failed rollback leaves SQLite to roll back on the next open; nothing more to do here.
  }
}

void Transaction::commit() {
  database_.exec("COMMIT");
  done_ = true;
}

std::string sql_name(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace umbrella::experiment
