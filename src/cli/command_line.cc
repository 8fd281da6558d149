#include "cli/command_line.h"

#include <stdexcept>

#include "cli/option_checks.h"

namespace umbrella::cli {

CommandLine::CommandLine()
    : app_("umbrella: extended deterrence, allied proliferation, the NPT regime and crises") {
  app_.require_subcommand(1);
  app_.set_version_flag("--version", UMBRELLA_VERSION);
  add_validate_command(app_, commands_);
  add_list_command(app_, commands_);
  add_run_command(app_, commands_);
  add_explain_command(app_, commands_);
  add_game_command(app_, commands_);
  add_crisis_command(app_, commands_);
  add_crisis_record_command(app_, commands_);
  add_sample_command(app_, commands_);
  add_analyze_command(app_, commands_);
  add_experiment_command(app_, commands_);
  add_compare_command(app_, commands_);
  add_sensitivity_command(app_, commands_);
  add_report_command(app_, commands_);
  add_discover_command(app_, commands_);
  add_calibrate_command(app_, commands_);
  add_calibrate_eruption_command(app_, commands_);
  add_backcast_command(app_, commands_);
}

const Command& CommandLine::parse(int argc, const char* const* argv) {
  app_.parse(argc, argv);
  check_option_values(app_);
  for (const Command& command : commands_) {
    if (command.app->parsed()) return command;
  }
  // Every level that holds commands requires one, so CLI11 has refused argv already.
  throw std::logic_error("the command line parsed without a command");
}

}  // namespace umbrella::cli
