#include "game/efg_lexer.h"

#include <fmt/format.h>

#include <utility>

#include "core/text.h"

namespace umbrella::game {
namespace {

// The <cctype> functions are undefined for negative char values; the format is ASCII.
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool ends_word(char c) {
  return is_space(c) || c == '{' || c == '}' || c == ',' || c == '"';
}

}  // namespace

std::string describe(const Token& token) {
  switch (token.kind) {
    case TokenKind::number:
      return "number " + token.text;
    case TokenKind::text:
      return "text \"" + token.text + "\"";
    case TokenKind::symbol:
      return "'" + token.text + "'";
    case TokenKind::left_brace:
      return "'{'";
    case TokenKind::right_brace:
      return "'}'";
    case TokenKind::comma:
      return "','";
    case TokenKind::end:
      return "end of file";
  }
  return "token";
}

EfgLexer::EfgLexer(std::string_view input, std::string file)
    : input_(input), file_(std::move(file)) {}

char EfgLexer::peek(std::size_t ahead) const {
  return position_ + ahead < input_.size() ? input_[position_ + ahead] : '\0';
}

void EfgLexer::advance() {
  if (input_[position_] == '\n') {
    ++line_;
    column_ = 1;
  } else {
    ++column_;
  }
  ++position_;
}

void EfgLexer::skip_whitespace() {
  while (!at_end() && is_space(peek())) advance();
}

Token EfgLexer::next() {
  skip_whitespace();
  Token token;
  token.line = line_;
  token.column = column_;
  if (at_end()) return token;
  const char c = peek();
  if (c == '{' || c == '}' || c == ',') {
    token.kind =
        c == '{' ? TokenKind::left_brace : (c == '}' ? TokenKind::right_brace : TokenKind::comma);
    token.text = std::string(1, c);
    advance();
    return token;
  }
  if (c == '"') return read_text(std::move(token));
  if (is_digit(c) || c == '+' || c == '-' || c == '.') return read_number(std::move(token));
  return read_symbol(std::move(token));
}

// Labels end up in JSON (game solve --format json, the Python module), whose writer throws on
// bytes that are not UTF-8.
void EfgLexer::check_utf8(const Token& token) const {
  if (const std::size_t at = invalid_utf8_at(token.text); at != std::string::npos) {
    throw InputError(where(token), "text",
                     fmt::format("expected UTF-8 text in quotes, got the byte 0x{:02X} at byte {} "
                                 "of the text, which is not UTF-8",
                                 static_cast<unsigned char>(token.text[at]), at + 1));
  }
}

Token EfgLexer::read_text(Token token) {
  token.kind = TokenKind::text;
  advance();  // opening quote
  while (true) {
    if (at_end()) {
      throw InputError(where(token), "text",
                       "unterminated string: expected a closing '\"' before the end of file");
    }
    if (peek() == '\\' && peek(1) == '"') {
      token.text += '"';
      advance();
      advance();
      continue;
    }
    if (peek() == '"') {
      advance();
      check_utf8(token);
      return token;
    }
    token.text += peek();
    advance();
  }
}

std::string EfgLexer::rest_of_word() {
  std::string word;
  while (!at_end() && !ends_word(peek())) {
    word += peek();
    advance();
  }
  return word;
}

Token EfgLexer::read_number(Token token) {
  token.kind = TokenKind::number;
  const std::size_t start = position_;
  auto take_digits = [&] {
    std::size_t count = 0;
    while (!at_end() && is_digit(peek())) {
      advance();
      ++count;
    }
    return count;
  };
  if (peek() == '+' || peek() == '-') advance();
  std::size_t digits = take_digits();
  if (peek() == '/' && digits > 0) {
    advance();
    if (take_digits() == 0) digits = 0;
  } else {
    if (peek() == '.') {
      advance();
      digits += take_digits();
    }
    const bool exponent =
        (peek() == 'e' || peek() == 'E') &&
        (is_digit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && is_digit(peek(2))));
    if (exponent && digits > 0) {
      advance();
      if (peek() == '+' || peek() == '-') advance();
      take_digits();
    }
  }
  token.text = std::string(input_.substr(start, position_ - start));
  if (digits == 0 || (!at_end() && !ends_word(peek()))) {
    token.text += rest_of_word();
    throw InputError(where(token), "number",
                     "malformed number '" + token.text +
                         "': expected an integer, a decimal such as 0.25 or 1e-3, or a "
                         "fraction such as 1/3");
  }
  return token;
}

Token EfgLexer::read_symbol(Token token) {
  token.kind = TokenKind::symbol;
  token.text = rest_of_word();
  return token;
}

}  // namespace umbrella::game
