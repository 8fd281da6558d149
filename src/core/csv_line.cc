#include "core/csv_line.h"

namespace umbrella {

std::vector<CsvField> split_csv_line(std::string_view line, const SourceLocation& where,
                                     const std::string& field) {
  std::vector<CsvField> fields;
  std::size_t i = 0;
  while (true) {
    CsvField cell;
    cell.column = static_cast<int>(i) + 1;
    if (i < line.size() && line[i] == '"') {
      ++i;
      while (true) {
        if (i >= line.size()) {
          throw InputError({where.file, where.line, cell.column}, field,
                           "expected a closing quote, got the end of the line");
        }
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            cell.text += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        cell.text += line[i++];
      }
      if (i < line.size() && line[i] != ',') {
        throw InputError({where.file, where.line, static_cast<int>(i) + 1}, field,
                         "expected a comma after a quoted field, got " + std::string(1, line[i]));
      }
    } else {
      const std::size_t comma = std::min(line.find(',', i), line.size());
      cell.text = std::string(line.substr(i, comma - i));
      i = comma;
    }
    fields.push_back(std::move(cell));
    if (i >= line.size()) return fields;
    ++i;  // the comma
  }
}

}  // namespace umbrella
