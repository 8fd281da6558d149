// docs/errors.md cannot fall behind the code: every message the code base can print (the text
// given to an InputError, UsageError or FileError, to a fail() or warn() of the readers, to a
// std::invalid_argument, and every warning) is found in the catalogue, word for word, in each
// stretch of text between the values it inserts.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "../error_catalogue.h"
#include "../experiment/experiment_files.h"

namespace umbrella::testing {
namespace {

namespace fs = std::filesystem;

// Where a message starts: a call that throws or reports one.
const std::regex kMessageSite(
    R"(\bfail\(|\bfail_expected\(|\bwarn\(|\bInputError\(|\bUsageError\(|\bFileError\(|)"
    R"(std::invalid_argument\(|"warning: )");
const std::regex kLiteral(R"re("((?:[^"\\]|\\.)*)")re");
// Where a message inserts a value: fmt's {} or {:.2f}.
const std::regex kPlaceholder(R"(\{[^{}]*\})");

std::string unescape(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) ++i;
    out += text[i];
  }
  return out;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" :,.()'");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" :,.()'") - first + 1);
}

// The fixed stretches of the messages a statement builds: its string literals, adjacent ones
// joined, split at fmt placeholders. Single words (field names such as "header") are left out.
std::vector<std::string> stretches(const std::string& statement) {
  std::vector<std::string> literals;
  std::size_t last_end = std::string::npos;
  for (std::sregex_iterator it(statement.begin(), statement.end(), kLiteral), end; it != end;
       ++it) {
    const auto position = static_cast<std::size_t>(it->position());
    const bool adjacent =
        last_end != std::string::npos && statement.find_first_not_of(" \n", last_end) == position;
    if (adjacent) {
      literals.back() += (*it)[1].str();
    } else {
      literals.push_back((*it)[1].str());
    }
    last_end = position + static_cast<std::size_t>(it->length());
  }
  std::vector<std::string> out;
  for (const std::string& literal : literals) {
    for (std::sregex_token_iterator part(literal.begin(), literal.end(), kPlaceholder, -1), end;
         part != end; ++part) {
      const std::string text = trimmed(unescape(part->str()));
      if (text.find(' ') != std::string::npos) out.push_back(text);
    }
  }
  return out;
}

bool is_declaration(const std::string& line) {
  for (const char* marker : {"//", "void fail(", "void fail_expected(", "[[noreturn]]"}) {
    if (line.find(marker) != std::string::npos) return true;
  }
  return false;
}

TEST(ErrorCatalogue, HoldsEveryMessageOfTheCode) {
  std::vector<std::string> missing;
  for (const auto& entry : fs::recursive_directory_iterator(UMBRELLA_SOURCE_DIR "/src")) {
    const std::string extension = entry.path().extension().string();
    if (extension != ".cc" && extension != ".h") continue;
    const std::string text = read_file(entry.path());
    for (std::sregex_iterator it(text.begin(), text.end(), kMessageSite), end; it != end; ++it) {
      const auto start = static_cast<std::size_t>(it->position());
      const std::size_t line_start = text.rfind('\n', start) + 1;
      if (is_declaration(text.substr(line_start, text.find('\n', start) - line_start))) continue;
      const std::string statement = text.substr(start, text.find(';', start) - start);
      for (const std::string& stretch : stretches(statement)) {
        if (error_catalogue().find(stretch) == std::string::npos) {
          const auto line = std::count(text.begin(), text.begin() + static_cast<long>(start), '\n');
          missing.push_back(fs::relative(entry.path(), UMBRELLA_SOURCE_DIR).string() + ":" +
                            std::to_string(line + 1) + ": " + stretch);
        }
      }
    }
  }
  std::string list;
  for (const std::string& m : missing) list += "\n  " + m;
  EXPECT_TRUE(missing.empty()) << "docs/errors.md lacks these messages:" << list;
}

}  // namespace
}  // namespace umbrella::testing
