#pragma once
// A bound on the nesting of flow collections ([ and {), checked on the raw text before yaml-cpp
// sees it. yaml-cpp's scanner reads ahead to the end of unclosed flow collections before it
// reports their first event, keeping a token and a possible key for each bracket: a 64 MiB file
// of '[' took 15.7 GB before the event-driven depth check could refuse it.
#include <string>

namespace umbrella {

// Throws the same InputError as the parser's depth check (the text is deeper than
// limits::kMaxYamlDepth), at the bracket that opens level limits::kMaxYamlFlowDepth + 1. Brackets
// in quoted scalars, comments and block scalars do not count.
void check_flow_depth(const std::string& text, const std::string& file);

}  // namespace umbrella
