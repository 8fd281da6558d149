#include "analysis/design_csv.h"

#include <fmt/format.h>

#include "core/input_file.h"
#include "core/text.h"

namespace umbrella::sa {
namespace {

struct Cell {
  std::string_view text;
  int column = 0;  // 1-based column of the cell's first character after leading blanks
};

std::vector<Cell> split_cells(std::string_view line) {
  std::vector<Cell> cells;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = line.find(',', start);
    std::string_view cell =
        line.substr(start, comma == std::string_view::npos ? line.npos : comma - start);
    const std::size_t first = cell.find_first_not_of(" \t");
    const std::size_t skipped = first == std::string_view::npos ? cell.size() : first;
    cell.remove_prefix(skipped);
    const std::size_t last = cell.find_last_not_of(" \t");
    cell = cell.substr(0, last == std::string_view::npos ? 0 : last + 1);
    cells.push_back({cell, static_cast<int>(start + skipped) + 1});
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return cells;
}

std::string ordinal(std::size_t n) {
  const std::size_t tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                       : n % 10 == 1              ? "st"
                       : n % 10 == 2              ? "nd"
                       : n % 10 == 3              ? "rd"
                                                  : "th";
  return std::to_string(n) + suffix;
}

void check_header(const std::vector<Cell>& header, const std::string& file,
                  std::span<const std::string> expected, const std::string& expected_from) {
  if (header.size() != expected.size()) {
    const int column = header.size() > expected.size()
                           ? header[expected.size()].column
                           : header.back().column + static_cast<int>(header.back().text.size());
    throw InputError({file, 1, column}, "header",
                     fmt::format("expected {} columns, the parameters of {} ({}), got {}",
                                 expected.size(), expected_from, join(expected), header.size()));
  }
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (header[c].text != expected[c]) {
      throw InputError(
          {file, 1, header[c].column}, "header",
          fmt::format("expected column {} to be {}, the {} parameter of {}, got '{}'", c + 1,
                      expected[c], ordinal(c + 1), expected_from, header[c].text));
    }
  }
}

}  // namespace

std::vector<double> Table::column(std::size_t index) const {
  std::vector<double> out(rows());
  for (std::size_t r = 0; r < out.size(); ++r) out[r] = at(r, index);
  return out;
}

SourceLocation Table::row_location(std::size_t row) const {
  return {file, row < lines.size() ? lines[row] : 0, 0};
}

std::string format_table(const Table& table) {
  std::string out;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    out += (c ? "," : "") + table.columns[c];
  }
  out += '\n';
  auto appender = std::back_inserter(out);
  for (std::size_t r = 0; r < table.rows(); ++r) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      // fmt's default for a double is the shortest text that reads back to the same value.
      if (c) out += ',';
      fmt::format_to(appender, "{}", table.at(r, c));
    }
    out += '\n';
  }
  return out;
}

Table parse_table(std::string_view text, const std::string& file,
                  std::span<const std::string> expected, const std::string& expected_from) {
  Table table;
  table.file = file;
  Lines lines(text);
  while (lines.next()) {
    const std::string_view line = lines.line();
    const int number = lines.number();
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const std::vector<Cell> cells = split_cells(line);
    if (table.columns.empty()) {
      if (!expected.empty()) check_header(cells, file, expected, expected_from);
      for (const Cell& cell : cells) {
        if (cell.text.empty()) {
          throw InputError({file, number, cell.column}, "header",
                           "expected a column name, got nothing");
        }
        for (const std::string& earlier : table.columns) {
          if (earlier == cell.text) {
            throw InputError({file, number, cell.column}, "header",
                             fmt::format("duplicate column {}", cell.text));
          }
        }
        table.columns.emplace_back(cell.text);
      }
      continue;
    }
    const std::size_t width = table.columns.size();
    if (cells.size() != width) {
      const int column =
          cells.size() > width ? cells[width].column : static_cast<int>(line.size()) + 1;
      throw InputError({file, number, column}, "",
                       fmt::format("expected {} comma-separated values, one per column of the "
                                   "header, got {}",
                                   width, cells.size()));
    }
    for (std::size_t c = 0; c < width; ++c) {
      const std::optional<double> value = parse_number(cells[c].text);
      if (!value) {
        throw InputError(
            {file, number, cells[c].column}, table.columns[c],
            fmt::format("expected a finite number, got {}",
                        cells[c].text.empty() ? std::string("nothing")
                                              : "'" + std::string(cells[c].text) + "'"));
      }
      table.values.push_back(*value);
    }
    table.lines.push_back(number);
  }
  if (table.columns.empty()) {
    throw InputError({file, 0, 0}, "", "expected a header row of column names, got an empty file");
  }
  return table;
}

Table read_table(const std::filesystem::path& file) {
  return parse_table(read_input_file(file.string()), file.string());
}

Table read_design(const std::filesystem::path& file, const Problem& problem) {
  const std::vector<std::string> names = problem.names();
  return parse_table(read_input_file(file.string()), file.string(), names, problem.file);
}

void check_same_rows(const Table& outputs, const Table& design) {
  if (outputs.rows() == design.rows()) return;
  const SourceLocation where = outputs.rows() > design.rows() ? outputs.row_location(design.rows())
                                                              : SourceLocation{outputs.file, 0, 0};
  throw InputError(where, "",
                   fmt::format("expected {} rows of outputs, one per row of {}, got {}",
                               design.rows(), design.file, outputs.rows()));
}

}  // namespace umbrella::sa
