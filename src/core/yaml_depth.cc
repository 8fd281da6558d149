#include "core/yaml_depth.h"

#include <fmt/format.h>

#include <string_view>

#include "core/error.h"
#include "core/limits.h"

namespace umbrella {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool is_flow_indicator(char c) {
  return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

// Walks the text token by token as YAML's scanner does, as far as it decides what a bracket
// is: comments, quoted, plain and block scalars are skipped whole, so a quote inside a plain
// scalar (it's) is a character, and a quote or '#' in a scalar cannot hide a real bracket.
class FlowDepth {
 public:
  FlowDepth(const std::string& text, const std::string& file) : text_(text), file_(file) {}

  void check() {
    while (i_ < text_.size()) {
      const char c = text_[i_];
      if (c == '\n') {
        newline();
      } else if (is_blank(c)) {
        step();
      } else if (indent_ < 0 && in_block_scalar()) {
        skip_line();
      } else {
        token(c);
      }
    }
  }

 private:
  char at(std::size_t k) const { return k < text_.size() ? text_[k] : '\n'; }

  void step() {
    ++i_;
    ++column_;
  }

  void newline() {
    ++i_;
    ++line_;
    column_ = 0;
    indent_ = -1;
  }

  void skip_line() {
    while (i_ < text_.size() && text_[i_] != '\n') step();
  }

  // The first non-blank character of a line fixes its indentation; a block scalar's lines are
  // those indented more than the line that opened it (blank lines included).
  bool in_block_scalar() {
    indent_ = column_;
    if (block_parent_ < 0) return false;
    if (column_ > block_parent_) return true;
    block_parent_ = -1;
    return false;
  }

  void token(char c) {
    if (indent_ < 0) indent_ = column_;
    if (c == '#') {
      skip_line();
    } else if (c == '\'' || c == '"') {
      quoted(c);
    } else if (c == '[' || c == '{') {
      open();
    } else if (c == ']' || c == '}') {
      if (depth_ > 0) --depth_;
      step();
    } else if (c == ',' || ((c == '-' || c == '?' || c == ':') && is_blank(at(i_ + 1))) ||
               (c == ':' && depth_ > 0)) {
      step();  // the last: a JSON-like key's value indicator ("a":1)
    } else if ((c == '|' || c == '>') && depth_ == 0) {
      block_scalar_header();
    } else if (c == '&' || c == '*' || c == '!') {
      while (i_ < text_.size() && !is_blank(text_[i_]) && !is_flow_indicator(text_[i_])) step();
    } else {
      plain();
    }
  }

  void quoted(char quote) {
    step();
    while (i_ < text_.size()) {
      const char c = text_[i_];
      if (c == '\n') {
        newline();
        indent_ = 0;  // a quoted scalar's lines do not set the indentation
        continue;
      }
      if (quote == '"' && c == '\\' && at(i_ + 1) != '\n') {
        step();
        step();
        continue;
      }
      step();
      if (c == quote) {
        if (quote == '\'' && at(i_) == '\'') {
          step();
          continue;
        }
        return;
      }
    }
  }

  // A plain scalar ends at ": ", " #" and, in a flow collection, at a flow indicator; in a
  // block it ends with its line, and continues on the lines indented more than its own.
  void plain() {
    const int own_indent = indent_;
    for (;;) {
      while (i_ < text_.size() && text_[i_] != '\n') {
        const char c = text_[i_];
        if (c == ':' && (is_blank(at(i_ + 1)) || (depth_ > 0 && is_flow_indicator(at(i_ + 1)))))
          return;
        if (c == '#' && i_ > 0 && is_blank(text_[i_ - 1])) return;
        if (depth_ > 0 && is_flow_indicator(c)) return;
        step();
      }
      if (depth_ > 0 || i_ == text_.size() || !continues_on_next_line(own_indent)) return;
      newline();
    }
  }

  bool continues_on_next_line(int own_indent) const {
    std::size_t j = i_ + 1;
    int spaces = 0;
    while (j < text_.size() && text_[j] == ' ') {
      ++j;
      ++spaces;
    }
    const char next = at(j);
    return next != '\n' && next != '\r' && next != '#' && spaces > own_indent;
  }

  // `|` or `>` with its indicators and nothing else on the line.
  void block_scalar_header() {
    const int parent = indent_;
    step();
    while (i_ < text_.size() &&
           (text_[i_] == '+' || text_[i_] == '-' || (text_[i_] >= '0' && text_[i_] <= '9'))) {
      step();
    }
    while (i_ < text_.size() && (text_[i_] == ' ' || text_[i_] == '\t' || text_[i_] == '\r'))
      step();
    if (at(i_) == '\n' || at(i_) == '#') {
      block_parent_ = parent;
      skip_line();
    }
  }

  void open() {
    if (++depth_ > limits::kMaxYamlFlowDepth) {
      throw InputError({file_, line_, column_ + 1}, "",
                       fmt::format("expected lists and maps nested at most {} deep, got deeper",
                                   limits::kMaxYamlDepth));
    }
    step();
  }

  const std::string& text_;
  const std::string& file_;
  std::size_t i_ = 0;
  int line_ = 1;
  int column_ = 0;         // 0-based
  int indent_ = -1;        // of the current line, once its first non-blank character is seen
  int block_parent_ = -1;  // the indentation of the line that opened a block scalar
  int depth_ = 0;
};

}  // namespace

void check_flow_depth(const std::string& text, const std::string& file) {
  FlowDepth(text, file).check();
}

}  // namespace umbrella
