#pragma once
// Errors that reach the user. An InputError names where the bad input is (file:line:column),
// which field it concerns, and what was expected, so it can be fixed without reading code.
#include <stdexcept>
#include <string>

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

// A usage error on the command line (bad flag value, unknown lever): exit code 2 as well.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A file the machine would not let us read or write (no space left, no such folder): not the
// input's fault nor a bug. "PATH: cannot write the file: No space left on device" (the system's
// reason for `error_number`, left out when it is 0); exit code 1.
class FileError : public std::runtime_error {
 public:
  FileError(const std::string& path, const std::string& what, int error_number);
};

}  // namespace umbrella
