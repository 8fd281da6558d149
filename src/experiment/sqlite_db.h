#pragma once
// A thin owner of SQLite's C API: a connection, prepared statements and transactions, each
// released by its destructor. A failure names the database file and SQLite's own message: a
// FileError when the machine failed (disk full, no such folder), else an InputError (the file is
// damaged, or not a store: the program's own SQL is tested).
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace umbrella::experiment {

class Statement;

class Database {
 public:
  enum class Mode {
    open,    // an existing file, for reading and writing
    memory,  // a new database in memory, named `file` in messages; serialize() gives its bytes
  };
  // A connection is for one thread at a time.
  Database(const std::filesystem::path& file, Mode mode);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const std::string& sql);
  Statement prepare(const std::string& sql);
  // The whole database file as bytes.
  std::string serialize() const;
  [[noreturn]] void fail() const;

 private:
  std::filesystem::path file_;
  sqlite3* db_ = nullptr;
};

class Statement {
 public:
  Statement(Database& database, sqlite3* db, const std::string& sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;

  // Parameters count from 1, as in SQL's ?1; a NaN double binds NULL.
  Statement& bind(int index, double value);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view text);
  Statement& bind_blob(int index, std::string_view bytes);
  // Moves to the next row; false when there is none.
  bool step();
  // Runs a statement that returns no rows, then readies it to run again.
  void run();
  void reset();

  // Columns count from 0. A NULL reads as NaN.
  double real(int column) const;
  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
  int type(int column) const;
  std::int64_t integer(int column) const;
  std::string text(int column) const;
  std::string blob(int column) const;
  int columns() const;

 private:
  Database* database_;
  sqlite3_stmt* statement_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolled back if destroyed before commit().
class Transaction {
 public:
  explicit Transaction(Database& database);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& database_;
  bool done_ = false;
};

// "name" quoted as an SQL identifier.
std::string sql_name(std::string_view name);

}  // namespace umbrella::experiment
