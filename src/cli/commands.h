#pragma once
// Each subcommand lives in its own file and registers itself here. A command's action returns
// the process exit code: 0 on success, 2 for bad input or usage, 1 for a file the machine would
// not let us read or write, or an internal failure.
#include <CLI/CLI.hpp>
#include <functional>
#include <vector>

namespace umbrella::cli {

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> action;
};

using Commands = std::vector<Command>;

void add_validate_command(CLI::App& app, Commands& commands);
void add_list_command(CLI::App& app, Commands& commands);
void add_run_command(CLI::App& app, Commands& commands);
void add_explain_command(CLI::App& app, Commands& commands);
void add_game_command(CLI::App& app, Commands& commands);
void add_crisis_command(CLI::App& app, Commands& commands);
void add_crisis_record_command(CLI::App& app, Commands& commands);
void add_sample_command(CLI::App& app, Commands& commands);
void add_analyze_command(CLI::App& app, Commands& commands);
void add_calibrate_command(CLI::App& app, Commands& commands);
void add_calibrate_eruption_command(CLI::App& app, Commands& commands);
void add_backcast_command(CLI::App& app, Commands& commands);
void add_experiment_command(CLI::App& app, Commands& commands);
void add_compare_command(CLI::App& app, Commands& commands);
void add_sensitivity_command(CLI::App& app, Commands& commands);
void add_report_command(CLI::App& app, Commands& commands);
void add_discover_command(CLI::App& app, Commands& commands);

}  // namespace umbrella::cli
