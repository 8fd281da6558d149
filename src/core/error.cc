#include "core/error.h"

#include <cstring>

namespace umbrella {

std::string to_string(const SourceLocation& where) {
  std::string out = where.file.empty() ? std::string("<input>") : where.file;
  if (where.line > 0) {
    out += ':' + std::to_string(where.line);
    if (where.column > 0) out += ':' + std::to_string(where.column);
  }
  return out;
}

namespace {
std::string compose(const SourceLocation& where, const std::string& field,
                    const std::string& message) {
  std::string out = to_string(where) + ": ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}
}  // namespace

InputError::InputError(SourceLocation where, std::string field, std::string message)
    : std::runtime_error(compose(where, field, message)),
      where_(std::move(where)),
      field_(std::move(field)),
      message_(std::move(message)) {}

FileError::FileError(const std::string& path, const std::string& what, int error_number)
    : std::runtime_error(
          path + ": " + what +
          (error_number == 0 ? std::string() : ": " + std::string(std::strerror(error_number)))) {}

}  // namespace umbrella
