#pragma once
// One line of a CSV record file (RFC 4180 quoting, no line breaks inside fields) split into its
// fields, each with the column where it starts, for the records of data/record/.
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace umbrella {

struct CsvField {
  std::string text;
  int column = 0;  // 1-based, where the field starts
};

// InputError at `where`'s file and line, field `field`, for an unclosed quote or a quoted field
// not followed by a comma.
std::vector<CsvField> split_csv_line(std::string_view line, const SourceLocation& where,
                                     const std::string& field);

}  // namespace umbrella
