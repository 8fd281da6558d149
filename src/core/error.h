#pragma once
// Errors that reach the user. An InputError names where the bad input is (file:line:column),
// which field it concerns, and what was expected, so it can be fixed without reading code.
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace umbrella {

struct SourceLocation {
  std::string file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown
};

std::string to_string(const SourceLocation& where);

class InputError : public std::runtime_error {
 public:
  InputError(SourceLocation where, std::string field, std::string message);

  const SourceLocation& where() const { return where_; }
  const std::string& field() const { return field_; }
  const std::string& message() const { return message_; }

 private:
  SourceLocation where_;
  std::string field_;
  std::string message_;
};

// How a front end writes an option's name (given without dashes, e.g. "replicates"): the command
// line as "--replicates", Python as its keyword.
using OptionSpelling = std::function<std::string(std::string_view option)>;

// An option named inside a UsageError's message ("pass " + mention("resume") + " to continue
// it"): the library does not know how the front end spells it, so it leaves a mark that
// UsageError::text replaces.
std::string mention(std::string_view option);

// A bad argument (an unknown lever, a year outside the run, a folder that cannot be made): exit
// code 2 as well. The library names options without a front end's spelling; the command line
// prints "--replicates: MESSAGE", Python "replicates: MESSAGE" (src/python/errors.cc).
class UsageError : public std::runtime_error {
 public:
  // About no single option, or about the option the message starts by mentioning
  // (mention("to") + " 2300 is past ...").
  explicit UsageError(std::string message);
  // About `option`: its front end prints "OPTION: MESSAGE".
  UsageError(std::string option, std::string message);

  // The option the error is about, without dashes; empty when it is about no single one.
  const std::string& option() const { return option_; }
  // The message without the leading option, its mentions spelled by `spell`.
  std::string message(const OptionSpelling& spell) const;
  // The whole text as the front end prints it.
  std::string text(const OptionSpelling& spell) const;

 private:
  std::string option_;
  std::string message_;    // with mention() marks
  bool prefixed_ = false;  // printed as "OPTION: MESSAGE"
};

// A file the machine would not let us read or write (no space left, no such folder): not the
// input's fault nor a bug. "PATH: cannot write the file: No space left on device" (the system's
// reason for `error_number`, left out when it is 0); exit code 1.
class FileError : public std::runtime_error {
 public:
  FileError(const std::string& path, const std::string& what, int error_number);
};

}  // namespace umbrella
