#pragma once
// Tokens of Gambit's .efg format (anchors.md 2a): numbers (integer, decimal with optional
// exponent, or rational a/b), quoted text with \" for an embedded quote and free line breaks,
// braces, commas, and bare symbols (EFG, R, D, c, p, t). Every token carries its line and column.
#include <string>
#include <string_view>

#include "core/error.h"

namespace umbrella::game {

enum class TokenKind { number, text, symbol, left_brace, right_brace, comma, end };

struct Token {
  TokenKind kind = TokenKind::end;
  std::string text;  // a number's or symbol's spelling; a text's content without escapes
  int line = 1;
  int column = 1;
};

std::string describe(const Token& token);

class EfgLexer {
 public:
  EfgLexer(std::string_view input, std::string file);

  // Throws InputError for an unterminated string or a malformed number.
  Token next();
  SourceLocation where(const Token& token) const { return {file_, token.line, token.column}; }

 private:
  bool at_end() const { return position_ >= input_.size(); }
  char peek(std::size_t ahead = 0) const;
  void advance();
  void skip_whitespace();
  Token read_text(Token token);
  void check_utf8(const Token& token) const;
  Token read_number(Token token);
  Token read_symbol(Token token);
  std::string rest_of_word();

  std::string_view input_;
  std::string file_;
  std::size_t position_ = 0;
  int line_ = 1;
  int column_ = 1;
};

}  // namespace umbrella::game
