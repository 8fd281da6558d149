#include "core/yaml_tree.h"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>

#include "core/limits.h"
#include "core/yaml_depth.h"

namespace umbrella {

enum class YamlKind : std::uint8_t { null, scalar, sequence, map };

struct YamlNodeData {
  YamlKind kind = YamlKind::null;
  int line = -1;  // yaml-cpp's marks: 0-based, -1 when unknown
  int column = -1;
  std::string scalar;
  // A list's elements, or a map's keys and values alternating. An alias is the index of the node
  // it names, so a node may have several parents (as in yaml-cpp's own tree).
  std::vector<std::uint32_t> children;
};

struct YamlTreeData {
  std::vector<YamlNodeData> nodes;
  std::uint32_t root = 0;
};

namespace {

// yaml-cpp's marks are 0-based and -1 when unknown; messages are 1-based with 0 for unknown.
SourceLocation locate(const std::string& file, int line, int column) {
  return SourceLocation{file, line < 0 ? 0 : line + 1, column < 0 ? 0 : column + 1};
}

SourceLocation locate(const std::string& file, const YAML::Mark& mark) {
  return locate(file, mark.line, mark.column);
}

// Builds the first document's tree, refusing it as soon as it passes a limit: yaml-cpp's parser
// itself keeps little, so a hostile file well under the size limit cannot take gigabytes here.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& file, YamlTreeData& tree) : file_(file), tree_(tree) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    count(mark);
    attach(create(mark, YamlKind::null, {}, anchor));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    count(mark);
    // The parser refuses an alias to an anchor it has not seen.
    attach(anchors_.at(anchor));
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    count(mark);
    attach(create(mark, YamlKind::scalar, value, anchor));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, YamlKind::sequence, anchor);
  }
  void OnSequenceEnd() override { open_.pop_back(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, YamlKind::map, anchor);
  }
  void OnMapEnd() override { open_.pop_back(); }

 private:
  // Every event counts, an alias too: the limit is on what the file writes.
  void count(const YAML::Mark& mark) {
    if (++counted_ > limits::kMaxYamlNodes) {
      throw InputError(locate(file_, mark), "",
                       fmt::format("expected at most {} YAML values, lists and maps in one file, "
                                   "got more",
                                   limits::kMaxYamlNodes));
    }
  }

  void open(const YAML::Mark& mark, YamlKind kind, YAML::anchor_t anchor) {
    count(mark);
    if (open_.size() + 1 > static_cast<std::size_t>(limits::kMaxYamlDepth)) {
      throw InputError(locate(file_, mark), "",
                       fmt::format("expected lists and maps nested at most {} deep, got deeper",
                                   limits::kMaxYamlDepth));
    }
    const std::uint32_t index = create(mark, kind, {}, anchor);
    attach(index);
    open_.push_back(index);
  }

  std::uint32_t create(const YAML::Mark& mark, YamlKind kind, std::string scalar,
                       YAML::anchor_t anchor) {
    const auto index = static_cast<std::uint32_t>(tree_.nodes.size());
    tree_.nodes.push_back(YamlNodeData{kind, mark.line, mark.column, std::move(scalar), {}});
    if (anchor != YAML::NullAnchor) {
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
      anchors_[anchor] = index;
    }
    return index;
  }

  void attach(std::uint32_t index) {
    if (open_.empty()) {
      tree_.root = index;
    } else {
      tree_.nodes[open_.back()].children.push_back(index);
    }
  }

  const std::string& file_;
  YamlTreeData& tree_;
  std::vector<std::uint32_t> open_;     // the lists and maps not closed yet, innermost last
  std::vector<std::uint32_t> anchors_;  // by anchor number
  std::size_t counted_ = 0;
};

// Refuses a second document at its start: a scenario is one document, and the rest of the file
// (`---` then more sections) would otherwise be ignored without a word.
class SecondDocument : public YAML::EventHandler {
 public:
  explicit SecondDocument(const std::string& file) : file_(file) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    throw InputError(locate(file_, mark), "",
                     "expected one YAML document in the file, got a second (after '---')");
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}

 private:
  const std::string& file_;
};

}  // namespace

YamlNode::YamlNode(std::shared_ptr<const YamlTreeData> tree, std::uint32_t index)
    : tree_(std::move(tree)), index_(index) {}

namespace {

const YamlNodeData& data(const YamlTreeData& tree, std::uint32_t index) {
  return tree.nodes[index];
}

}  // namespace

bool YamlNode::is_null() const {
  return data(*tree_, index_).kind == YamlKind::null;
}

bool YamlNode::is_scalar() const {
  return data(*tree_, index_).kind == YamlKind::scalar;
}

bool YamlNode::is_sequence() const {
  return data(*tree_, index_).kind == YamlKind::sequence;
}

bool YamlNode::is_map() const {
  return data(*tree_, index_).kind == YamlKind::map;
}

const std::string& YamlNode::scalar() const {
  return data(*tree_, index_).scalar;
}

std::size_t YamlNode::size() const {
  const YamlNodeData& node = data(*tree_, index_);
  return node.kind == YamlKind::map ? node.children.size() / 2 : node.children.size();
}

YamlNode YamlNode::element(std::size_t i) const {
  return {tree_, data(*tree_, index_).children.at(i)};
}

std::vector<YamlNode> YamlNode::elements() const {
  std::vector<YamlNode> out;
  if (!is_sequence()) return out;
  for (std::uint32_t child : data(*tree_, index_).children) out.emplace_back(tree_, child);
  return out;
}

std::vector<std::pair<YamlNode, YamlNode>> YamlNode::pairs() const {
  std::vector<std::pair<YamlNode, YamlNode>> out;
  if (!is_map()) return out;
  const std::vector<std::uint32_t>& children = data(*tree_, index_).children;
  for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
    out.emplace_back(YamlNode(tree_, children[i]), YamlNode(tree_, children[i + 1]));
  }
  return out;
}

SourceLocation YamlNode::location(const std::string& file) const {
  const YamlNodeData& node = data(*tree_, index_);
  return locate(file, node.line, node.column);
}

YamlNode parse_yaml(const std::string& text, const std::string& file) {
  auto tree = std::make_shared<YamlTreeData>();
  try {
    check_flow_depth(text, file);
    std::istringstream in(text);
    YAML::Parser parser(in);
    TreeBuilder builder(file, *tree);
    parser.HandleNextDocument(builder);
    SecondDocument second(file);
    parser.HandleNextDocument(second);
  } catch (const YAML::Exception& error) {
    throw InputError(locate(file, error.mark), "", "malformed YAML: " + error.msg);
  }
  // A file without a document (empty, or only comments) is one null node, placed nowhere.
  if (tree->nodes.empty()) tree->nodes.emplace_back();
  const std::uint32_t root = tree->root;
  return {std::move(tree), root};
}

}  // namespace umbrella
