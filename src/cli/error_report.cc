#include "cli/error_report.h"

#include <fmt/core.h>

#include <cstdio>

#include "cli/option_spelling.h"
#include "core/error.h"

namespace umbrella::cli {

int report_error(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const InputError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const UsageError& e) {
    fmt::print(stderr, "error: {}\n", e.text(command_line_option));
    return 2;
  } catch (const FileError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    fmt::print(stderr, "internal error: {}\n", e.what());
    return 1;
  }
}

}  // namespace umbrella::cli
