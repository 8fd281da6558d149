#pragma once
// docs/errors.md catalogues every error message with an example input. A test that produces a
// message checks that the catalogue holds it, word for word, so that the two cannot drift apart.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/option_spelling.h"
#include "core/error.h"

namespace umbrella::testing {

// An error's message as the command line prints it: a UsageError with its options spelled so.
inline std::string printed(const std::exception& error) {
  return error.what();
}
inline std::string printed(const UsageError& error) {
  return error.text(cli::command_line_option);
}

inline const std::string& error_catalogue() {
  static const std::string text = [] {
    std::ifstream in(UMBRELLA_SOURCE_DIR "/docs/errors.md");
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }();
  return text;
}

// The message, as the catalogue quotes it: `message` in backticks.
inline void expect_catalogued(const std::string& message) {
  EXPECT_NE(error_catalogue().find("`" + message + "`"), std::string::npos)
      << "docs/errors.md does not quote this message:\n  " << message;
}

// `message` with `folder/` taken out of the file names it holds.
inline std::string relative_to(const std::filesystem::path& folder, std::string message) {
  const std::string prefix = folder.string() + "/";
  for (auto at = message.find(prefix); at != std::string::npos; at = message.find(prefix, at)) {
    message.erase(at, prefix.size());
  }
  return message;
}

// `call()` must throw an `Error` whose message, relative to `folder` when one is given, is
// `expected`, and the catalogue must quote it.
template <typename Error, typename Call>
void expect_quoted_error(const Call& call, const std::string& expected,
                         const std::filesystem::path& folder = {}) {
  try {
    call();
  } catch (const Error& error) {
    const std::string message =
        folder.empty() ? printed(error) : relative_to(folder, printed(error));
    EXPECT_EQ(message, expected);
    expect_catalogued(message);
    return;
  }
  ADD_FAILURE() << "no error; expected: " << expected;
}

}  // namespace umbrella::testing
