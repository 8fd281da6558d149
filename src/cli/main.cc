// umbrella: a simulator of the nuclear umbrella. See README.md.
#include <cstdio>
#include <exception>

#include "cli/commands.h"
#include "cli/error_report.h"
#include "cli/option_checks.h"

namespace {

int run(int argc, char** argv) {
  CLI::App app{"umbrella: extended deterrence, allied proliferation, the NPT regime and crises"};
  app.require_subcommand(1);
  app.set_version_flag("--version", UMBRELLA_VERSION);

  umbrella::cli::Commands commands;
  umbrella::cli::add_validate_command(app, commands);
  umbrella::cli::add_list_command(app, commands);
  umbrella::cli::add_run_command(app, commands);
  umbrella::cli::add_explain_command(app, commands);
  umbrella::cli::add_game_command(app, commands);
  umbrella::cli::add_crisis_command(app, commands);
  umbrella::cli::add_crisis_record_command(app, commands);
  umbrella::cli::add_sample_command(app, commands);
  umbrella::cli::add_analyze_command(app, commands);
  umbrella::cli::add_experiment_command(app, commands);
  umbrella::cli::add_compare_command(app, commands);
  umbrella::cli::add_sensitivity_command(app, commands);
  umbrella::cli::add_report_command(app, commands);
  umbrella::cli::add_discover_command(app, commands);
  umbrella::cli::add_calibrate_command(app, commands);
  umbrella::cli::add_calibrate_eruption_command(app, commands);
  umbrella::cli::add_backcast_command(app, commands);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  try {
    umbrella::cli::check_option_values(app);
    for (const auto& command : commands) {
      if (command.app->parsed()) return command.action();
    }
  } catch (const std::exception&) {
    return umbrella::cli::report_error(std::current_exception());
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
