#pragma once
// The command line up to the moment a command starts its work: every command registered, argv
// parsed by CLI11 and every value checked. main runs the command it returns; the options fuzz
// target (fuzz/options_fuzz.cc) stops there, so that it can try any argv without simulating.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace umbrella::cli {

class CommandLine {
 public:
  CommandLine();
  CommandLine(const CommandLine&) = delete;
  CommandLine& operator=(const CommandLine&) = delete;

  // Parses and checks argv (argv[0] is the program); runs no command. Throws CLI::ParseError
  // (--help and --version too, with exit code 0: app().exit() prints them) or UsageError.
  const Command& parse(int argc, const char* const* argv);

  const CLI::App& app() const { return app_; }

 private:
  CLI::App app_;
  Commands commands_;
};

}  // namespace umbrella::cli
