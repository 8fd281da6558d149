#include "core/yaml_tree.h"

#include <fmt/format.h>
#include <yaml.h>

#include <string_view>
#include <unordered_map>

#include "core/limits.h"
#include "core/text.h"

namespace umbrella {

enum class YamlKind : std::uint8_t { null, scalar, sequence, map };

struct YamlNodeData {
  YamlKind kind = YamlKind::null;
  int line = -1;  // the parser's marks: 0-based, -1 when there is none
  int column = -1;
  std::string scalar;
  // A list's elements, or a map's keys and values alternating. An alias is the index of the node
  // it names, so a node may have several parents.
  std::vector<std::uint32_t> children;
};

struct YamlTreeData {
  std::vector<YamlNodeData> nodes;
  std::uint32_t root = 0;
};

namespace {

// Marks are 0-based and -1 when unknown; messages are 1-based with 0 for unknown.
SourceLocation locate(const std::string& file, int line, int column) {
  return SourceLocation{file, line < 0 ? 0 : line + 1, column < 0 ? 0 : column + 1};
}

SourceLocation locate(const std::string& file, const yaml_mark_t& mark) {
  return locate(file, static_cast<int>(mark.line), static_cast<int>(mark.column));
}

// libyaml's parser and its current event, freed however the parse ends.
class EventStream {
 public:
  EventStream(const std::string& text, const std::string& file) : file_(file) {
    if (yaml_parser_initialize(&parser_) == 0) throw std::bad_alloc();
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
  }
  ~EventStream() {
    if (has_event_) yaml_event_delete(&event_);
    yaml_parser_delete(&parser_);
  }
  EventStream(const EventStream&) = delete;
  EventStream& operator=(const EventStream&) = delete;

  // The next event; malformed YAML is an InputError where the parser found it, naming the
  // construct it was reading.
  const yaml_event_t& next() {
    if (has_event_) yaml_event_delete(&event_);
    has_event_ = yaml_parser_parse(&parser_, &event_) != 0;
    if (!has_event_) {
      std::string message = std::string("malformed YAML: ") +
                            (parser_.problem != nullptr ? parser_.problem : "unreadable");
      if (parser_.context != nullptr) {
        message += fmt::format(" ({} from line {}, column {})", parser_.context,
                               parser_.context_mark.line + 1, parser_.context_mark.column + 1);
      }
      throw InputError(locate(file_, parser_.problem_mark), "", message);
    }
    return event_;
  }

 private:
  const std::string& file_;
  yaml_parser_t parser_{};
  yaml_event_t event_{};
  bool has_event_ = false;
};

std::string_view scalar_of(const yaml_event_t& event) {
  return {reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length};
}

// A plain scalar without a tag that YAML's core schema reads as null (as yaml-cpp does), an empty
// value included.
bool is_null(const yaml_event_t& event) {
  if (event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE || event.data.scalar.tag != nullptr) {
    return false;
  }
  const std::string_view value = scalar_of(event);
  return value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
}

std::string_view text_of(const yaml_char_t* text) {
  return text == nullptr ? std::string_view() : reinterpret_cast<const char*>(text);
}

// Builds the first document's tree, refusing it as soon as it passes a limit: the parser itself
// keeps little, so a hostile file well under the size limit cannot take gigabytes here.
class TreeBuilder {
 public:
  TreeBuilder(const std::string& file, YamlTreeData& tree) : file_(file), tree_(tree) {}

  // Takes the document's events one by one, in the parser's order.
  void take(const yaml_event_t& event) {
    const yaml_mark_t& mark = event.start_mark;
    switch (event.type) {
      case YAML_ALIAS_EVENT: {
        count(mark);
        const auto anchor = anchors_.find(std::string(text_of(event.data.alias.anchor)));
        if (anchor == anchors_.end()) {
          throw InputError(locate(file_, mark), "",
                           "malformed YAML: the referenced anchor is not defined");
        }
        attach(anchor->second);
        break;
      }
      case YAML_SCALAR_EVENT:
        count(mark);
        if (is_null(event)) {
          attach(create(mark, YamlKind::null, {}, event.data.scalar.anchor));
        } else {
          attach(create(mark, YamlKind::scalar, std::string(scalar_of(event)),
                        event.data.scalar.anchor));
        }
        break;
      case YAML_SEQUENCE_START_EVENT:
        open(mark, YamlKind::sequence, event.data.sequence_start.anchor);
        break;
      case YAML_MAPPING_START_EVENT:
        open(mark, YamlKind::map, event.data.mapping_start.anchor);
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        open_.pop_back();
        break;
      default:
        break;
    }
  }

 private:
  // Every event counts, an alias too: the limit is on what the file writes.
  void count(const yaml_mark_t& mark) {
    if (++counted_ > limits::kMaxYamlNodes) {
      throw InputError(locate(file_, mark), "",
                       fmt::format("expected at most {} YAML values, lists and maps in one file, "
                                   "got more",
                                   limits::kMaxYamlNodes));
    }
  }

  void open(const yaml_mark_t& mark, YamlKind kind, const yaml_char_t* anchor) {
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

  std::uint32_t create(const yaml_mark_t& mark, YamlKind kind, std::string scalar,
                       const yaml_char_t* anchor) {
    const auto index = static_cast<std::uint32_t>(tree_.nodes.size());
    tree_.nodes.push_back(YamlNodeData{
        kind, static_cast<int>(mark.line), static_cast<int>(mark.column), std::move(scalar), {}});
    // A later anchor of the same name names a later node, as YAML has it.
    if (anchor != nullptr) anchors_[std::string(text_of(anchor))] = index;
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
  std::vector<std::uint32_t> open_;  // the lists and maps not closed yet, innermost last
  std::unordered_map<std::string, std::uint32_t> anchors_;
  std::size_t counted_ = 0;
};

// The first byte that is not UTF-8, placed as the parser places everything else: its line, and
// its column counted in characters (the bytes before it that do not continue a character).
void check_utf8(const std::string& text, const std::string& file) {
  const std::size_t at = invalid_utf8_at(text);
  if (at == std::string::npos) return;
  int line = 0;
  int column = 0;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 0;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
      ++column;
    }
  }
  throw InputError(locate(file, line, column), "",
                   fmt::format("expected UTF-8 text, got the byte 0x{:02X}, which is not UTF-8",
                               static_cast<unsigned char>(text[at])));
}

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
  // The parser refuses text that is not UTF-8 with the byte's offset only; said here with its
  // line and column.
  check_utf8(text, file);
  EventStream events(text, file);
  TreeBuilder builder(file, *tree);
  bool in_document = false;
  bool documents = false;
  for (const yaml_event_t* event = &events.next(); event->type != YAML_STREAM_END_EVENT;
       event = &events.next()) {
    if (event->type == YAML_DOCUMENT_START_EVENT) {
      // A scenario is one document: the rest of the file (`---` then more sections) would
      // otherwise be ignored without a word.
      if (documents) {
        throw InputError(locate(file, event->start_mark), "",
                         "expected one YAML document in the file, got a second (after '---')");
      }
      documents = true;
      in_document = true;
    } else if (event->type == YAML_DOCUMENT_END_EVENT) {
      in_document = false;
    } else if (in_document) {
      builder.take(*event);
    }
  }
  // A file without a document (empty, or only comments) is one null node, placed nowhere.
  if (tree->nodes.empty()) tree->nodes.emplace_back();
  const std::uint32_t root = tree->root;
  return {std::move(tree), root};
}

}  // namespace umbrella
