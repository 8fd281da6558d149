#include "cli/option_checks.h"

#include <fmt/core.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/error.h"

namespace umbrella::cli {
namespace {

bool is_unsigned_integer(const std::string& text) {
  std::uint64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  return !text.empty() && ec == std::errc() && ptr == end;
}

bool is_finite_number(const std::string& text) {
  if (text.empty()) return false;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size() && std::isfinite(value);
}

// The name the option is given by, as CLI11's get_name() would say it, but also for an option
// hidden from the help (which get_name() leaves nameless).
std::string option_name(const CLI::Option& option) {
  if (!option.get_lnames().empty()) return "--" + option.get_lnames().front();
  if (!option.get_snames().empty()) return "-" + option.get_snames().front();
  return option.get_single_name();
}

void check_option(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  for (const std::string& text : option.results()) {
    if (type == "UINT" && !is_unsigned_integer(text)) {
      throw UsageError(
          fmt::format("{}: expected a decimal integer in [0, 18446744073709551615], "
                      "got '{}'",
                      option_name(option), text));
    }
    if (type == "FLOAT" && !is_finite_number(text)) {
      throw UsageError(
          fmt::format("{}: expected a finite number, got '{}'", option_name(option), text));
    }
  }
}

}  // namespace

void check_option_values(const CLI::App& app) {
  for (const CLI::Option* option : app.get_options()) check_option(*option);
  for (const CLI::App* sub : app.get_subcommands()) check_option_values(*sub);
}

}  // namespace umbrella::cli
