#pragma once
// An extensive-form game as immutable flat arrays: nodes in pre-order, each node's children a
// contiguous range of a shared child list, information sets numbered 0.. with players' sets in
// contiguous blocks, and actions numbered so that one player's actions are contiguous too. A
// behaviour profile is then a flat vector over all actions, and solvers index arrays by integer
// ids instead of looking anything up by name.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace umbrella::game {

inline constexpr int kChancePlayer = -1;
inline constexpr int kNone = -1;

enum class NodeKind : std::uint8_t { terminal, chance, decision };

// A number as the file wrote it ("1/3", "-0.5", "2e-3") and its value: the text keeps a
// written file exact and lets repeated definitions be compared as Gambit does.
struct Number {
  double value = 0.0;
  std::string text;
  friend bool operator==(const Number&, const Number&) = default;
};

struct Node {
  NodeKind kind = NodeKind::terminal;
  int player = kNone;   // 0-based; kChancePlayer at chance nodes; kNone at terminal nodes
  int infoset = kNone;  // into Game::infoset() for decisions, Game::chance_infoset() for chance
  int outcome = kNone;  // into Game::outcomes(); kNone for the null outcome
  int parent = kNone;
  int action_from_parent = kNone;  // which of the parent's actions leads here
  int first_child = 0;             // into the child list; children follow in action order
  int num_children = 0;
  friend bool operator==(const Node&, const Node&) = default;
};

struct Infoset {
  int player = kNone;  // kChancePlayer for chance information sets
  int number = 0;      // the file's id: unique per player, or among chance information sets
  std::string label;
  int first_action = 0;  // into the decision or chance action arrays
  int num_actions = 0;
  friend bool operator==(const Infoset&, const Infoset&) = default;
};

struct Outcome {
  int number = 0;  // the file's id (never 0: that is the null outcome)
  std::string label;
  std::vector<Number> payoffs;  // one per player
  friend bool operator==(const Outcome&, const Outcome&) = default;
};

struct IdRange {
  int begin = 0;
  int end = 0;
  int size() const { return end - begin; }
};

class Game {
 public:
  static constexpr int root() { return 0; }

  const std::string& title() const { return title_; }
  const std::string& comment() const { return comment_; }
  int num_players() const { return static_cast<int>(player_labels_.size()); }
  const std::string& player_label(int player) const { return player_labels_[player]; }

  int num_nodes() const { return static_cast<int>(nodes_.size()); }
  const Node& node(int id) const { return nodes_[id]; }
  const std::string& node_label(int id) const { return node_labels_[id]; }
  int child(int node, int action) const { return children_[nodes_[node].first_child + action]; }
  std::span<const int> children(int node) const {
    return {children_.data() + nodes_[node].first_child,
            static_cast<std::size_t>(nodes_[node].num_children)};
  }

  // Decision information sets; player p owns the ids in infosets_of(p), in order of first
  // appearance in the tree (Gambit's order), and the action ids in actions_of(p).
  int num_infosets() const { return static_cast<int>(infosets_.size()); }
  const Infoset& infoset(int id) const { return infosets_[id]; }
  IdRange infosets_of(int player) const {
    return {player_infoset_begin_[player], player_infoset_begin_[player + 1]};
  }
  IdRange actions_of(int player) const {
    return {player_action_begin_[player], player_action_begin_[player + 1]};
  }
  std::span<const int> infoset_nodes(int id) const {
    return {infoset_nodes_.data() + infoset_node_begin_[id],
            static_cast<std::size_t>(infoset_node_begin_[id + 1] - infoset_node_begin_[id])};
  }
  int num_actions() const { return static_cast<int>(action_labels_.size()); }
  const std::string& action_label(int action) const { return action_labels_[action]; }
  int action_infoset(int action) const { return action_infoset_[action]; }

  int num_chance_infosets() const { return static_cast<int>(chance_infosets_.size()); }
  const Infoset& chance_infoset(int id) const { return chance_infosets_[id]; }
  const std::string& chance_action_label(int action) const { return chance_action_labels_[action]; }
  const Number& chance_probability(int action) const { return chance_probabilities_[action]; }
  std::span<const double> chance_probability_values() const { return chance_probability_values_; }

  std::span<const Outcome> outcomes() const { return outcomes_; }

  // The sum of every outcome on the path from the root to `node`, the node's own included: at
  // a terminal node, the payoff of that play.
  double path_payoff(int node, int player) const {
    return path_payoffs_[static_cast<std::size_t>(node) * player_labels_.size() + player];
  }

  // Each information set's nodes share the player's own history of information sets and
  // actions. Sequence-form and regret solvers need it; recall_violation() says where it fails.
  bool has_perfect_recall() const { return recall_violation_.empty(); }
  const std::string& recall_violation() const { return recall_violation_; }
  bool is_perfect_information() const;
  // Every play pays the players the same total (zero-sum after a shift).
  bool is_constant_sum() const;

  friend bool operator==(const Game&, const Game&) = default;

 private:
  friend class GameBuilder;
  void derive();
  void derive_path_payoffs();
  void derive_infoset_nodes();
  void derive_recall_violation();

  std::string title_;
  std::string comment_;
  std::vector<std::string> player_labels_;

  std::vector<Node> nodes_;
  std::vector<std::string> node_labels_;
  std::vector<int> children_;

  std::vector<Infoset> infosets_;
  std::vector<int> player_infoset_begin_;
  std::vector<int> player_action_begin_;
  std::vector<std::string> action_labels_;
  std::vector<int> action_infoset_;

  std::vector<Infoset> chance_infosets_;
  std::vector<std::string> chance_action_labels_;
  std::vector<Number> chance_probabilities_;
  std::vector<double> chance_probability_values_;

  std::vector<Outcome> outcomes_;

  std::vector<double> path_payoffs_;
  std::vector<int> infoset_node_begin_;
  std::vector<int> infoset_nodes_;
  std::string recall_violation_;
};

}  // namespace umbrella::game
