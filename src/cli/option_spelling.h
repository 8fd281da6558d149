#pragma once
// How the command line spells an option the library names without dashes (UsageError::option,
// mention): "--replicates", "-n". Header-only so that tests check messages as printed.
#include <string>
#include <string_view>

namespace umbrella::cli {

inline std::string command_line_option(std::string_view option) {
  return (option.size() == 1 ? "-" : "--") + std::string(option);
}

}  // namespace umbrella::cli
