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

namespace {
// The marks around a mentioned option: control characters, which no message text holds.
constexpr char kMentionStart = '\x1d';
constexpr char kMentionEnd = '\x1e';

std::string spell_mentions(const std::string& message, const OptionSpelling& spell) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t start; (start = message.find(kMentionStart, from)) != std::string::npos;) {
    const std::size_t end = message.find(kMentionEnd, start);
    if (end == std::string::npos) break;
    out.append(message, from, start - from);
    out += spell(std::string_view(message).substr(start + 1, end - start - 1));
    from = end + 1;
  }
  return out.append(message, from);
}

// The option the message starts by mentioning, or "".
std::string leading_mention(const std::string& message) {
  if (message.empty() || message[0] != kMentionStart) return "";
  const std::size_t end = message.find(kMentionEnd);
  return end == std::string::npos ? "" : message.substr(1, end - 1);
}

std::string bare_name(std::string_view option) {
  return std::string(option);
}

std::string usage_text(const std::string& option, const std::string& message,
                       const OptionSpelling& spell) {
  const std::string text = spell_mentions(message, spell);
  return option.empty() ? text : spell(option) + ": " + text;
}
}  // namespace

std::string mention(std::string_view option) {
  return kMentionStart + std::string(option) + kMentionEnd;
}

UsageError::UsageError(std::string message)
    : std::runtime_error(spell_mentions(message, bare_name)),
      option_(leading_mention(message)),
      message_(std::move(message)) {}

UsageError::UsageError(std::string option, std::string message)
    : std::runtime_error(usage_text(option, message, bare_name)),
      option_(std::move(option)),
      message_(std::move(message)),
      prefixed_(true) {}

std::string UsageError::message(const OptionSpelling& spell) const {
  return spell_mentions(message_, spell);
}

std::string UsageError::text(const OptionSpelling& spell) const {
  return usage_text(prefixed_ ? option_ : std::string(), message_, spell);
}

FileError::FileError(const std::string& path, const std::string& what, int error_number)
    : std::runtime_error(
          path + ": " + what +
          (error_number == 0 ? std::string() : ": " + std::string(std::strerror(error_number)))) {}

}  // namespace umbrella
