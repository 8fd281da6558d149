// umbrella: a simulator of the nuclear umbrella. See README.md.
#include <fmt/core.h>

#include <cstdio>
#include <exception>

#include "cli/commands.h"
#include "core/error.h"

namespace {

// Prints the one line of a refused command and returns its exit code.
int refused(const char* kind, const std::exception& e, int code) {
  fmt::print(stderr, "{}: {}\n", kind, e.what());
  return code;
}

int run(int argc, char** argv) {
  CLI::App app{"umbrella: extended deterrence, allied proliferation, the NPT regime and crises"};
  app.require_subcommand(1);
  app.set_version_flag("--version", UMBRELLA_VERSION);

  umbrella::cli::Commands commands;
  umbrella::cli::add_validate_command(app, commands);
  umbrella::cli::add_run_command(app, commands);
  umbrella::cli::add_explain_command(app, commands);
  umbrella::cli::add_game_command(app, commands);
  umbrella::cli::add_crisis_command(app, commands);
  umbrella::cli::add_sample_command(app, commands);
  umbrella::cli::add_analyze_command(app, commands);
  umbrella::cli::add_experiment_command(app, commands);
  umbrella::cli::add_compare_command(app, commands);
  umbrella::cli::add_sensitivity_command(app, commands);
  umbrella::cli::add_report_command(app, commands);
  umbrella::cli::add_discover_command(app, commands);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  try {
    for (const auto& command : commands) {
      if (command.app->parsed()) return command.action();
    }
  } catch (const umbrella::InputError& e) {
    return refused("error", e, 2);
  } catch (const umbrella::UsageError& e) {
    return refused("error", e, 2);
  } catch (const umbrella::FileError& e) {
    return refused("error", e, 1);
  } catch (const std::exception& e) {
    return refused("internal error", e, 1);
  }
  return 2;
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
