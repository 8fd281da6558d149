// The command line's parsing and checks on any argv, without running a command: the input's lines
// are the arguments. A bad argv must end in CLI11's error or a UsageError (both printed as one
// line, exit code 2) that names the option, the command or the argument at fault.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command_line.h"
#include "core/error.h"
#include "sandbox.h"

namespace {

namespace fs = std::filesystem;

// More than any real invocation needs; longer argvs only slow the search down.
constexpr std::size_t kMaxArguments = 16;

// Files the README's invocations name. No command runs, so they are empty: they are there for
// the checks that a file exists.
const char* const kFiles[] = {"baseline-2025.yaml",
                              "events-2026.yaml",
                              "history-1945.yaml",
                              "crises.yaml",
                              "counterfactual-china-frozen-2023.yaml",
                              "essay-remedies.yaml",
                              "essay-sobol.yaml",
                              "crisis-claims-map.yaml",
                              "proliferation.csv",
                              "kuhn_poker.efg",
                              "params.txt",
                              "design.csv",
                              "y.csv"};

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  return names;
}

// The input's lines, at most kMaxArguments. A first line that is neither an option nor a
// command becomes the command its first byte picks, so that nearly every input reaches a
// command's options. A line whose file name is one of the sandbox's files is that file's full
// path, so that the README's paths (scenarios/baseline-2025.yaml) exist from any folder.
std::vector<std::string> arguments(std::string_view text, const std::vector<std::string>& commands,
                                   const fs::path& sandbox) {
  std::vector<std::string> args;
  while (!text.empty() && args.size() < kMaxArguments) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    args.emplace_back(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  if (!args.empty() && !args[0].starts_with('-')) {
    bool known = false;
    for (const std::string& name : commands) known = known || name == args[0];
    if (!known) {
      const auto pick = static_cast<unsigned char>(args[0].empty() ? 0 : args[0][0]);
      args[0] = commands[pick % commands.size()];
    }
  }
  for (std::string& arg : args) {
    const fs::path name = fs::path(arg).filename();
    if (!name.empty() && fs::is_regular_file(sandbox / name)) arg = (sandbox / name).string();
  }
  return args;
}

// Every name by which an argv can refer to an option of `app` or its commands.
void option_names(const CLI::App& app, std::vector<std::string>& names) {
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) names.push_back("-" + name);
    if (option->get_lnames().empty() && option->get_snames().empty()) {
      names.push_back(option->get_single_name());
    }
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    option_names(*sub, names);
  }
}

// Whether an error's message says what to fix: an option by its name, a missing command, or the
// arguments that were not expected (CLI11 lists them).
bool names_the_culprit(const std::string& message, const CLI::App& app) {
  if (message.starts_with("A subcommand is required") ||
      message.starts_with("The following argument")) {
    return true;
  }
  std::vector<std::string> names;
  option_names(app, names);
  for (const std::string& name : names) {
    if (!name.empty() && message.starts_with(name)) return true;
    if (!name.empty() && message.find(" " + name) != std::string::npos) return true;
  }
  return false;
}

// A message that names nothing is a finding: it is printed and the input kept as a crash.
void expect_named(const std::string& message, const CLI::App& app) {
  if (names_the_culprit(message, app)) return;
  std::fprintf(stderr, "the error names no option: %s\n", message.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const umbrella::fuzz::Sandbox sandbox("options_fuzz", {});
  static const bool files_written = [] {
    for (const char* name : kFiles) sandbox.write(name, "");
    return true;
  }();
  static_cast<void>(files_written);

  // A command line of its own for each input: CLI11 keeps what it parsed in the options'
  // variables, so a reused one would make an input's outcome depend on the ones before it.
  umbrella::cli::CommandLine command_line;
  std::vector<std::string> args = arguments(umbrella::fuzz::as_text(data, size),
                                            command_names(command_line.app()), sandbox.path());
  args.insert(args.begin(), "umbrella");
  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  try {
    command_line.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& error) {
    // What main prints, --help included, into strings.
    std::ostringstream out;
    std::ostringstream err;
    if (command_line.app().exit(error, out, err) != 0) {
      expect_named(error.what(), command_line.app());
    }
  } catch (const umbrella::UsageError& error) {
    expect_named(error.what(), command_line.app());
  }
  return 0;
}
