#pragma once
// Designs and model outputs as CSV: a header row of names, then one row of numbers per run,
// comma-separated. Numbers are written in their shortest form that reads back to the same
// double, so a design survives the round trip through a file exactly.
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/problem.h"
#include "core/error.h"

namespace umbrella::sa {

struct Table {
  std::vector<std::string> columns;
  std::vector<double> values;  // row-major: row r, column c at r * columns.size() + c
  // Where the table was read from, for messages: the file and each row's line in it.
  std::string file;
  std::vector<int> lines;

  std::size_t rows() const { return columns.empty() ? 0 : values.size() / columns.size(); }
  double at(std::size_t row, std::size_t column) const {
    return values[row * columns.size() + column];
  }
  std::vector<double> column(std::size_t index) const;
  // file:line of a row, for messages about a whole row.
  SourceLocation row_location(std::size_t row) const;
};

std::string format_table(const Table& table);

// Parses CSV text; a non-empty `expected` header must be matched name for name (a design must
// name the problem's parameters in order). Ragged rows, non-numbers and header mismatches throw
// InputError naming file:line:column.
Table parse_table(std::string_view text, const std::string& file,
                  std::span<const std::string> expected = {},
                  const std::string& expected_from = {});
Table read_table(const std::filesystem::path& file);
Table read_design(const std::filesystem::path& file, const Problem& problem);

// Outputs must have one row per design row.
void check_same_rows(const Table& outputs, const Table& design);

}  // namespace umbrella::sa
