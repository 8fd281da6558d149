#include "game/efg_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <utility>

#include "core/input_file.h"
#include "core/limits.h"
#include "game/efg_lexer.h"
#include "game/game_builder.h"

namespace umbrella::game {
namespace {

// Probabilities written as decimals are rounded (Gambit's own files print 1/3 as 0.333333),
// so their sum is accepted within this distance of 1.
constexpr double kProbabilitySumTolerance = 1e-6;

std::string format_value(double value) {
  std::ostringstream out;
  out.precision(12);
  out << value;
  return out.str();
}

std::string quote(const std::string& text) {
  return "\"" + text + "\"";
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out = "{";
  for (const auto& item : items) out += " " + quote(item);
  return out + " }";
}

struct OutcomeDefinition {
  int handle = kNone;
  int line = 0;
  std::string label;
  std::vector<Number> payoffs;
};

struct InfosetDefinition {
  int handle = kNone;
  int line = 0;
  std::string label;
  std::vector<std::string> actions;
  std::vector<Number> probabilities;  // chance only
};

class EfgParser {
 public:
  EfgParser(std::string_view text, const std::string& file) : lexer_(text, file) { advance(); }

  EfgReadResult parse() {
    parse_header();
    do {
      parse_node();
    } while (!builder_->complete());
    if (current_.kind != TokenKind::end) {
      fail(current_, "file",
           "unexpected " + describe(current_) +
               " after the end of the game tree: expected the end of the file");
    }
    return {std::move(*builder_).build(), std::move(warnings_)};
  }

 private:
  void advance() { current_ = lexer_.next(); }

  [[noreturn]] void fail(const Token& at, const std::string& field, const std::string& message) {
    throw InputError(lexer_.where(at), field, message);
  }

  [[noreturn]] void fail_expected(const std::string& field, const std::string& expected) {
    fail(current_, field, "expected " + expected + ", found " + describe(current_));
  }

  void warn(const Token& at, std::string message) {
    warnings_.push_back({lexer_.where(at), std::move(message)});
  }

  bool at_symbol(const char* symbol) const {
    return current_.kind == TokenKind::symbol && current_.text == symbol;
  }

  void expect(TokenKind kind, const std::string& field, const std::string& expected) {
    if (current_.kind != kind) fail_expected(field, expected);
    advance();
  }

  std::string expect_text(const std::string& field, const std::string& expected) {
    if (current_.kind != TokenKind::text) fail_expected(field, expected);
    std::string text = std::move(current_.text);
    advance();
    return text;
  }

  int expect_integer(const std::string& field, const std::string& expected) {
    int value = 0;
    if (current_.kind == TokenKind::number) {
      const std::string& text = current_.text;
      const char* first = text.data() + (text.front() == '+' ? 1 : 0);
      const char* last = text.data() + text.size();
      const auto [end, error] = std::from_chars(first, last, value);
      if (error == std::errc() && end == last) {
        advance();
        return value;
      }
    }
    fail_expected(field, expected);
  }

  Number expect_number(const std::string& field, const std::string& expected) {
    if (current_.kind != TokenKind::number) fail_expected(field, expected);
    Number number{0.0, current_.text};
    const std::string& text = current_.text;
    const auto slash = text.find('/');
    // The lexer checked the number's form, not its size: from_chars leaves the value at 0 for
    // 1e400, which was read as a payoff of 0; a fraction can overflow too (1e300/1e-300).
    const auto out_of_range = [&] {
      fail(current_, field,
           "number " + text +
               " is out of range: expected a magnitude between 1e-308 and 1e308, "
               "or 0");
    };
    auto to_double = [&](std::string_view part) {
      if (!part.empty() && part.front() == '+') part.remove_prefix(1);
      double value = 0.0;
      const auto result = std::from_chars(part.data(), part.data() + part.size(), value);
      if (result.ec == std::errc::result_out_of_range) out_of_range();
      return value;
    };
    if (slash == std::string::npos) {
      number.value = to_double(text);
    } else {
      const double denominator = to_double(std::string_view(text).substr(slash + 1));
      if (denominator == 0.0) fail(current_, field, "fraction " + text + " divides by zero");
      number.value = to_double(std::string_view(text).substr(0, slash)) / denominator;
    }
    if (!std::isfinite(number.value)) out_of_range();
    advance();
    return number;
  }

  void parse_header() {
    if (!at_symbol("EFG")) fail_expected("header", "'EFG' at the start of the file");
    advance();
    if (current_.kind != TokenKind::number || current_.text != "2") {
      fail_expected("header", "format version 2 after 'EFG'");
    }
    advance();
    if (!at_symbol("R") && !at_symbol("D")) fail_expected("header", "'R' or 'D' after 'EFG 2'");
    advance();
    std::string title = expect_text("header", "the game's title in quotes");
    expect(TokenKind::left_brace, "players", "'{' to open the list of players");
    std::vector<std::string> players;
    std::map<std::string, int> player_by_label;
    while (current_.kind == TokenKind::text) {
      if (players.size() == static_cast<std::size_t>(limits::kMaxGamePlayers)) {
        fail(current_, "players",
             "expected at most " + std::to_string(limits::kMaxGamePlayers) + " players, got more");
      }
      if (!current_.text.empty() &&
          !player_by_label.emplace(current_.text, players.size() + 1).second) {
        warn(current_, "player " + std::to_string(players.size() + 1) + " repeats the name " +
                           quote(current_.text) + " of player " +
                           std::to_string(player_by_label[current_.text]) +
                           ": players are told apart by number");
      }
      players.push_back(std::move(current_.text));
      advance();
    }
    if (current_.kind != TokenKind::right_brace) {
      fail_expected("players", "a player's name in quotes or '}' to close the list of players");
    }
    if (players.empty()) fail(current_, "players", "expected at least one player before '}'");
    advance();
    std::string comment;
    if (current_.kind == TokenKind::text) {
      comment = std::move(current_.text);
      advance();
    }
    num_players_ = static_cast<int>(players.size());
    infosets_.resize(players.size());
    infoset_labels_.resize(players.size());
    builder_.emplace(std::move(title), std::move(players), std::move(comment));
  }

  void parse_node() {
    // Every node holds a payoff per player.
    const auto most_nodes = static_cast<int>(std::min<std::uint64_t>(
        limits::kMaxGameNodes, limits::kMaxGamePayoffs / static_cast<std::uint64_t>(num_players_)));
    if (builder_->num_nodes() == most_nodes) {
      fail(current_, "node",
           "expected a game of at most " + std::to_string(most_nodes) + " nodes with " +
               std::to_string(num_players_) + " players, got more");
    }
    if (at_symbol("c")) {
      parse_chance_node();
    } else if (at_symbol("p")) {
      parse_player_node();
    } else if (at_symbol("t")) {
      advance();
      std::string label = expect_text("terminal node", "the node's label in quotes");
      const int outcome = parse_outcome("terminal node");
      builder_->add_terminal_node(std::move(label), outcome);
    } else {
      fail_expected("node", "a node ('c', 'p' or 't')");
    }
  }

  void parse_player_node() {
    const std::string field = "player node";
    advance();
    std::string label = expect_text(field, "the node's label in quotes");
    const Token player_token = current_;
    const int player = expect_integer(field, "the player's number");
    if (player < 1 || player > num_players_) {
      fail(player_token, field,
           "player " + std::to_string(player) +
               " is not declared: expected a player number from 1 to " +
               std::to_string(num_players_));
    }
    const Token infoset_token = current_;
    const int number = expect_integer(field, "the information set's number");
    const std::string name =
        "information set " + std::to_string(number) + " of player " + std::to_string(player);
    auto& known = infosets_[player - 1];
    const auto found = known.find(number);
    int handle = kNone;
    if (current_.kind == TokenKind::text) {
      Token brace;
      InfosetDefinition definition = read_definition(field, infoset_token, brace, "actions",
                                                     "an action's", [](InfosetDefinition&) {});
      if (found != known.end()) {
        const InfosetDefinition& first = found->second;
        if (first.label != definition.label || first.actions != definition.actions) {
          fail(infoset_token, field,
               name + " does not match its definition at line " + std::to_string(first.line) +
                   ": expected label " + quote(first.label) + " and actions " +
                   quoted_list(first.actions));
        }
        handle = first.handle;
      } else {
        warn_duplicate_labels(brace, player, number, definition);
        definition.handle =
            builder_->add_infoset(player - 1, number, definition.label, definition.actions);
        handle = definition.handle;
        known.emplace(number, std::move(definition));
      }
    } else if (found != known.end()) {
      handle = found->second.handle;
    } else {
      fail(infoset_token, field,
           name + " is used before it is defined: expected its label and list of actions");
    }
    const int outcome = parse_outcome(field);
    builder_->add_decision_node(std::move(label), handle, outcome);
  }

  // Reads an information set's `"label" { "action" ... }` block; `after_action` reads what
  // follows each action's label (a chance action's probability). `brace` is set to the '{'.
  template <typename AfterAction>
  InfosetDefinition read_definition(const std::string& field, const Token& infoset_token,
                                    Token& brace, const std::string& actions,
                                    const std::string& an_action, AfterAction after_action) {
    InfosetDefinition definition;
    definition.line = infoset_token.line;
    definition.label = expect_text(field, "the information set's label");
    brace = current_;
    expect(TokenKind::left_brace, field, "'{' to open the list of " + actions);
    while (current_.kind == TokenKind::text) {
      if (definition.actions.size() == limits::kMaxGameActions) {
        fail(current_, field,
             "expected at most " + std::to_string(limits::kMaxGameActions) + " actions, got more");
      }
      definition.actions.push_back(std::move(current_.text));
      advance();
      after_action(definition);
    }
    if (current_.kind != TokenKind::right_brace) {
      fail_expected(field, an_action + " label in quotes or '}' to close the list of actions");
    }
    if (definition.actions.empty())
      fail(current_, field, "expected at least one action before '}'");
    advance();
    return definition;
  }

  void warn_duplicate_labels(const Token& at, int player, int number,
                             const InfosetDefinition& definition) {
    const std::string name =
        "information set " + std::to_string(number) + " of player " + std::to_string(player);
    if (!definition.label.empty()) {
      auto [it, inserted] = infoset_labels_[player - 1].emplace(definition.label, number);
      if (!inserted) {
        warn(at, name + " repeats the label " + quote(definition.label) + " of information set " +
                     std::to_string(it->second) + ": information sets are told apart by number");
      }
    }
    warn_duplicate_actions(at, name, definition.actions);
  }

  void warn_duplicate_actions(const Token& at, const std::string& name,
                              const std::vector<std::string>& actions) {
    for (std::size_t a = 0; a < actions.size(); ++a) {
      for (std::size_t b = 0; b < a; ++b) {
        if (!actions[a].empty() && actions[a] == actions[b]) {
          warn(at, name + " has two actions labelled " + quote(actions[a]) +
                       ": actions are told apart by position");
        }
      }
    }
  }

  void parse_chance_node() {
    const std::string field = "chance node";
    advance();
    std::string label = expect_text(field, "the node's label in quotes");
    const Token infoset_token = current_;
    const int number = expect_integer(field, "the chance information set's number");
    const std::string name = "chance information set " + std::to_string(number);
    const auto found = chance_infosets_.find(number);
    int handle = kNone;
    if (current_.kind == TokenKind::text) {
      Token brace;
      double sum = 0.0;
      InfosetDefinition definition =
          read_definition(field, infoset_token, brace, "chance actions", "a chance action's",
                          [&](InfosetDefinition& d) {
                            const Token probability_token = current_;
                            Number probability = expect_number(
                                field, "the probability of action " + quote(d.actions.back()));
                            if (probability.value < 0.0 || probability.value > 1.0) {
                              fail(probability_token, field,
                                   "probability " + probability.text + " is outside [0, 1]");
                            }
                            sum += probability.value;
                            d.probabilities.push_back(std::move(probability));
                          });
      if (std::abs(sum - 1.0) > kProbabilitySumTolerance) {
        fail(brace, field,
             "the probabilities of " + name + " sum to " + format_value(sum) + ": expected 1");
      }
      if (found != chance_infosets_.end()) {
        const InfosetDefinition& first = found->second;
        if (first.label != definition.label || first.actions != definition.actions ||
            first.probabilities != definition.probabilities) {
          fail(infoset_token, field,
               name + " does not match its definition at line " + std::to_string(first.line) +
                   ": expected the same label, actions and probabilities as written there");
        }
        handle = first.handle;
      } else {
        warn_duplicate_actions(brace, name, definition.actions);
        definition.handle = builder_->add_chance_infoset(
            number, definition.label, definition.actions, definition.probabilities);
        handle = definition.handle;
        chance_infosets_.emplace(number, std::move(definition));
      }
    } else if (found != chance_infosets_.end()) {
      handle = found->second.handle;
    } else {
      fail(infoset_token, field,
           name +
               " is used before it is defined: expected its label and list of actions with "
               "probabilities");
    }
    const int outcome = parse_outcome(field);
    builder_->add_chance_node(std::move(label), handle, outcome);
  }

  int parse_outcome(const std::string& field) {
    const Token outcome_token = current_;
    const int number = expect_integer(field, "the outcome's number (0 for none)");
    if (number < 0) fail(outcome_token, field, "expected an outcome number of 0 or more");
    const std::string name = "outcome " + std::to_string(number);
    const auto found = outcomes_.find(number);
    if (current_.kind != TokenKind::text) {
      if (number == 0) return kNone;
      if (found == outcomes_.end()) {
        fail(outcome_token, field,
             name + " is not defined: expected its label and payoffs where it is first used");
      }
      return found->second.handle;
    }
    OutcomeDefinition definition;
    definition.line = outcome_token.line;
    definition.label = std::move(current_.text);
    advance();
    expect(TokenKind::left_brace, field, "'{' to open the payoffs of " + name);
    while (current_.kind == TokenKind::number) {
      definition.payoffs.push_back(expect_number(field, "a payoff"));
      if (current_.kind == TokenKind::comma) advance();
    }
    if (current_.kind != TokenKind::right_brace) {
      fail_expected(field, "a payoff or '}' to close the payoffs of " + name);
    }
    advance();
    if (number == 0) {
      fail(outcome_token, field,
           "outcome 0 is the null outcome and cannot have a label or payoffs");
    }
    if (static_cast<int>(definition.payoffs.size()) != num_players_) {
      fail(outcome_token, field,
           name + " has " + std::to_string(definition.payoffs.size()) + " payoffs: expected " +
               std::to_string(num_players_) + ", one per player");
    }
    if (found != outcomes_.end()) {
      const OutcomeDefinition& first = found->second;
      bool same = first.label == definition.label;
      for (std::size_t p = 0; same && p < first.payoffs.size(); ++p) {
        same = first.payoffs[p].value == definition.payoffs[p].value;
      }
      if (!same) {
        fail(outcome_token, field,
             name + " does not match its definition at line " + std::to_string(first.line) +
                 ": expected the same label and payoffs");
      }
      return first.handle;
    }
    definition.handle = builder_->add_outcome(number, definition.label, definition.payoffs);
    const int handle = definition.handle;
    outcomes_.emplace(number, std::move(definition));
    return handle;
  }

  EfgLexer lexer_;
  Token current_;
  int num_players_ = 0;
  std::optional<GameBuilder> builder_;
  std::vector<EfgWarning> warnings_;
  std::map<int, OutcomeDefinition> outcomes_;
  std::vector<std::map<int, InfosetDefinition>> infosets_;
  std::vector<std::map<std::string, int>> infoset_labels_;
  std::map<int, InfosetDefinition> chance_infosets_;
};

}  // namespace

std::string to_string(const EfgWarning& warning) {
  return to_string(warning.where) + ": " + warning.message;
}

EfgReadResult read_efg(std::string_view text, const std::string& file) {
  return EfgParser(text, file).parse();
}

EfgReadResult read_efg_file(const std::string& path) {
  return read_efg(read_input_file(path), path);
}

}  // namespace umbrella::game
