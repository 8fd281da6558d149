#pragma once
// How every command reports an error: one line on stderr and the exit code (2 for bad input or
// usage, 1 for a file the machine would not let us read or write, or an internal failure).
#include <exception>

namespace umbrella::cli {

int report_error(const std::exception_ptr& error);

}  // namespace umbrella::cli
