#pragma once
// A YAML document as a tree of nodes that know where they were written, built in one pass over
// the events of libyaml's parser, the YAML reference parser in C: the scanner is most of a
// scenario's load time, and libyaml's takes a seventh of yaml-cpp's instructions.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"

namespace umbrella {

struct YamlTreeData;

// A node of a parsed document; copies share the document.
class YamlNode {
 public:
  YamlNode(std::shared_ptr<const YamlTreeData> tree, std::uint32_t index);

  bool is_null() const;
  bool is_scalar() const;
  bool is_sequence() const;
  bool is_map() const;
  // The text of a scalar; empty for any other node.
  const std::string& scalar() const;
  // The elements of a list, the pairs of a map; 0 for a scalar or null.
  std::size_t size() const;
  // Element i of a list.
  YamlNode element(std::size_t i) const;
  std::vector<YamlNode> elements() const;
  // The key and value of a map's pairs, in the order written (duplicates kept).
  std::vector<std::pair<YamlNode, YamlNode>> pairs() const;
  // Where the node starts in `file`, 1-based; line and column 0 when the parser gave none (the
  // empty document).
  SourceLocation location(const std::string& file) const;

 private:
  std::shared_ptr<const YamlTreeData> tree_;
  std::uint32_t index_;
};

// Parses YAML text read from `file`: its one document, with at most limits::kMaxYamlNodes values,
// lists and maps nested at most limits::kMaxYamlDepth deep (checked as the events arrive, before
// the tree grows past them). Malformed YAML, a second document or a passed limit is an
// InputError at the offending position.
YamlNode parse_yaml(const std::string& text, const std::string& file);

}  // namespace umbrella
