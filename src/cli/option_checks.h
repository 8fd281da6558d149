#pragma once
// Checks every number given on the command line once CLI11 has parsed it, whatever the command:
// an unsigned option (a seed, a count) must be a decimal integer in [0, 2^64-1] (CLI11 wraps
// "-1" and clamps a 24-digit number), a floating one a finite number. Throws UsageError.
#include <CLI/CLI.hpp>

namespace umbrella::cli {

void check_option_values(const CLI::App& app);

}  // namespace umbrella::cli
