// umbrella: a simulator of the nuclear umbrella. See README.md.
#include <cstdio>
#include <exception>

#include "cli/command_line.h"
#include "cli/error_report.h"

namespace {

int run(int argc, char** argv) {
  umbrella::cli::CommandLine command_line;
  const umbrella::cli::Command* command = nullptr;
  try {
    command = &command_line.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = command_line.app().exit(e);
    return code == 0 ? 0 : 2;
  } catch (const std::exception&) {
    return umbrella::cli::report_error(std::current_exception());
  }
  try {
    return command->action();
  } catch (const std::exception&) {
    return umbrella::cli::report_error(std::current_exception());
  }
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (...) {
    // Printing an exception's text could itself throw; this last line of defence does not.
    std::fputs("internal error: unexpected exception\n", stderr);
    return 1;
  }
}
