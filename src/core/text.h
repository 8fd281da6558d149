#pragma once
// Small text helpers shared by the readers of plain files (CSV designs, parameter lists) and the
// error messages that list what was expected.
#include <string>
#include <string_view>

namespace umbrella {

// Walks a text line by line (LF or CRLF endings), numbering lines from 1 for error messages.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}
  // Moves to the next line; false once the text is exhausted.
  bool next() {
    if (at_ >= text_.size()) return false;
    std::size_t end = text_.find('\n', at_);
    if (end == std::string_view::npos) end = text_.size();
    line_ = text_.substr(at_, end - at_);
    if (!line_.empty() && line_.back() == '\r') line_.remove_suffix(1);
    at_ = end + 1;
    ++number_;
    return true;
  }
  std::string_view line() const { return line_; }
  int number() const { return number_; }

 private:
  std::string_view text_;
  std::string_view line_;
  std::size_t at_ = 0;
  int number_ = 0;
};

// The offset of the first byte that is not part of well-formed UTF-8 (an overlong form, a
// surrogate, a code point past U+10FFFF or a cut sequence), or npos when the text is UTF-8.
// Text that reaches JSON must be UTF-8: the JSON writer throws on anything else.
std::size_t invalid_utf8_at(std::string_view text);

// "a, b, c": names joined for a message; any range of things convertible to string_view.
template <typename Names>
std::string join(const Names& names) {
  std::string out;
  for (const auto& name : names) {
    if (!out.empty()) out += ", ";
    out += std::string_view(name);
  }
  return out;
}

}  // namespace umbrella
