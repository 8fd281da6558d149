// The output forms of a SolveResult declared in solve.h.
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "game/solve.h"

namespace umbrella::game {
namespace {

// Labels become keys only where they tell siblings apart; otherwise the number does.
std::vector<std::string> keys(const std::vector<std::string>& labels,
                              const std::vector<int>& numbers) {
  std::vector<std::string> result;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const bool unique =
        !labels[i].empty() && std::count(labels.begin(), labels.end(), labels[i]) == 1;
    result.push_back(unique ? labels[i] : std::to_string(numbers[i]));
  }
  return result;
}

std::vector<std::string> player_keys(const Game& game) {
  std::vector<std::string> labels;
  std::vector<int> numbers;
  for (int p = 0; p < game.num_players(); ++p) {
    labels.push_back(game.player_label(p));
    numbers.push_back(p + 1);
  }
  return keys(labels, numbers);
}

std::vector<std::string> infoset_keys(const Game& game, int player) {
  std::vector<std::string> labels;
  std::vector<int> numbers;
  const IdRange own = game.infosets_of(player);
  for (int id = own.begin; id < own.end; ++id) {
    labels.push_back(game.infoset(id).label);
    numbers.push_back(game.infoset(id).number);
  }
  return keys(labels, numbers);
}

std::vector<std::string> action_keys(const Game& game, int infoset) {
  std::vector<std::string> labels;
  std::vector<int> numbers;
  const Infoset& set = game.infoset(infoset);
  for (int a = 0; a < set.num_actions; ++a) {
    labels.push_back(game.action_label(set.first_action + a));
    numbers.push_back(a + 1);
  }
  return keys(labels, numbers);
}

}  // namespace

std::string to_json(const SolveResult& result, const Game& game) {
  nlohmann::ordered_json strategies = nlohmann::ordered_json::object();
  const std::vector<std::string> players = player_keys(game);
  for (int p = 0; p < game.num_players(); ++p) {
    nlohmann::ordered_json sets = nlohmann::ordered_json::object();
    const IdRange own = game.infosets_of(p);
    const std::vector<std::string> set_names = infoset_keys(game, p);
    for (int id = own.begin; id < own.end; ++id) {
      nlohmann::ordered_json actions = nlohmann::ordered_json::object();
      const std::vector<std::string> action_names = action_keys(game, id);
      const Infoset& set = game.infoset(id);
      for (int a = 0; a < set.num_actions; ++a) {
        actions[action_names[a]] = result.profile[set.first_action + a];
      }
      sets[set_names[id - own.begin]] = std::move(actions);
    }
    strategies[players[p]] = std::move(sets);
  }
  nlohmann::ordered_json out;
  out["method"] = std::string(to_string(result.method));
  out["payoffs"] = result.payoffs;
  out["exploitability"] = result.exploitability;
  out["strategies"] = std::move(strategies);
  return out.dump(2);
}

std::string to_gambit_line(const SolveResult& result, const Game& game) {
  // Action ids already run player by player, set by set, action by action.
  std::string line = "NE";
  for (int action = 0; action < game.num_actions(); ++action) {
    line += fmt::format(",{:.6f}", result.profile[action]);
  }
  return line;
}

std::string to_table(const SolveResult& result, const Game& game) {
  const std::vector<std::string> players = player_keys(game);
  std::string out = fmt::format("method: {}\n", to_string(result.method));
  for (int p = 0; p < game.num_players(); ++p) {
    out += fmt::format("payoff of {}: {:.9f}\n", players[p], result.payoffs[p]);
  }
  out += fmt::format("NashConv: {:.3e}\n", result.nash_conv);
  out += fmt::format(
      "exploitability: {:.3e}{}\n", result.exploitability,
      game.num_players() == 2 && game.is_constant_sum() ? " (NashConv / 2)" : " (NashConv)");
  if (result.iterations > 0) out += fmt::format("iterations: {}\n", result.iterations);

  struct Row {
    std::string player, infoset, action, probability;
  };
  std::vector<Row> rows{{"player", "information set", "action", "probability"}};
  for (int p = 0; p < game.num_players(); ++p) {
    const IdRange own = game.infosets_of(p);
    const std::vector<std::string> set_names = infoset_keys(game, p);
    for (int id = own.begin; id < own.end; ++id) {
      const std::vector<std::string> action_names = action_keys(game, id);
      const Infoset& set = game.infoset(id);
      for (int a = 0; a < set.num_actions; ++a) {
        rows.push_back({players[p], set_names[id - own.begin], action_names[a],
                        fmt::format("{:.6f}", result.profile[set.first_action + a])});
      }
    }
  }
  std::size_t widths[3] = {0, 0, 0};
  for (const Row& row : rows) {
    widths[0] = std::max(widths[0], row.player.size());
    widths[1] = std::max(widths[1], row.infoset.size());
    widths[2] = std::max(widths[2], row.action.size());
  }
  out += '\n';
  for (const Row& row : rows) {
    out += fmt::format("{:<{}}  {:<{}}  {:<{}}  {}\n", row.player, widths[0], row.infoset,
                       widths[1], row.action, widths[2], row.probability);
  }
  return out;
}

}  // namespace umbrella::game
