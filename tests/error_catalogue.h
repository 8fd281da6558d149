#pragma once
// docs/errors.md catalogues every error message with an example input. A test that produces a
// message checks that the catalogue holds it, word for word, so that the two cannot drift apart.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace umbrella::testing {

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

}  // namespace umbrella::testing
