// Files, includes and overlays: which files are read, in which order, and the order in which
// the sections of one file are applied.
#include "scenario/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

#include "core/input_file.h"
#include "core/limits.h"
#include "scenario/sections.h"
#include "scenario/text_overlays.h"

namespace umbrella {
namespace {

namespace fs = std::filesystem;

struct Section {
  std::string_view key;
  void (*load)(const Field&, Draft&);
};

// Applied in this order whatever the order in the file, so that a section may refer to what an
// earlier one defines (an alliance to states, an event to an alliance, `use:` to assumptions).
constexpr Section kSections[] = {
    {"regions", load_regions},
    {"states", load_states},
    {"alliances", load_alliances},
    {"rivalries", load_rivalries},
    {"flashpoints", load_flashpoints},
    {"treaties", load_treaties},
    {"ladder", load_ladder},
    {"events", load_events},
    {"parameters", load_parameters},
    {"assumptions", load_assumptions},
    {"use", load_use},
    {"levers", load_levers},
    {"scenario", load_header},
};

std::vector<std::string_view> top_level_keys() {
  std::vector<std::string_view> keys = {"include"};
  for (const Section& section : kSections) keys.push_back(section.key);
  return keys;
}

// What makes two spellings of a path the same file (`a/../b.yaml` and `b.yaml`).
fs::path identity_of(const std::string& file) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(fs::path(file), error);
  return error ? fs::absolute(fs::path(file)).lexically_normal() : canonical;
}

class FileLoader {
 public:
  explicit FileLoader(Draft& draft) : draft_(draft) {}

  // Loads `file` after the files it includes. `included_by` is the include entry naming it, or
  // null for the top-level file and overlays.
  void load(const std::string& file, const Field* included_by) { load(file, included_by, nullptr); }

  // An overlay given as text: `name` stands for its file in messages.
  void load_text(const OverlayText& overlay) { load(overlay.name, nullptr, &overlay.text); }

 private:
  void load(const std::string& file, const Field* included_by, const std::string* text) {
    const fs::path identity = identity_of(file);
    // A file included twice (two policies both including the baseline) is loaded once.
    if (done_.contains(identity)) return;
    // Only an included file can close a cycle or nest too deep: the top level opens first.
    const auto include_error = [included_by](const std::string& message) {
      if (included_by == nullptr) throw std::logic_error(message);
      included_by->fail(message);
    };
    auto open = std::find(open_.begin(), open_.end(), identity);
    if (open != open_.end()) {
      include_error("include cycle: " + chain_from(open) + file);
    }
    if (open_.size() == static_cast<std::size_t>(limits::kMaxIncludeDepth)) {
      include_error(
          fmt::format("expected includes nested at most {} deep, got a deeper chain: {}{}",
                      limits::kMaxIncludeDepth, chain_from(open_.begin()), file));
    }
    if (done_.size() + open_.size() == limits::kMaxScenarioFiles) {
      const std::string message =
          fmt::format("expected at most {} files in one scenario, got one more: {}",
                      limits::kMaxScenarioFiles, file);
      if (included_by) included_by->fail(message);
      throw InputError(SourceLocation{file, 0, 0}, "", message);
    }

    const YamlNode document = text ? parse_yaml(*text, file) : parse(file, included_by);
    const Map top = Field(document, file).map(top_level_keys());
    open_.push_back(identity);
    open_names_.push_back(file);
    if (std::optional<Field> includes = top.find("include")) {
      for (const Field& entry : includes->list()) {
        const fs::path relative = entry.text();
        load((fs::path(file).parent_path() / relative).lexically_normal().string(), &entry);
      }
    }
    open_.pop_back();
    open_names_.pop_back();

    for (const Section& section : kSections) {
      if (std::optional<Field> field = top.find(section.key)) section.load(*field, draft_);
    }
    draft_.scenario.files.push_back(file);
    done_.insert(identity);
  }

  // "a.yaml -> b.yaml -> " from the open file `from` to the innermost.
  std::string chain_from(std::vector<fs::path>::const_iterator from) const {
    std::string chain;
    for (auto it = from; it != open_.end(); ++it) {
      chain += open_names_[static_cast<std::size_t>(it - open_.begin())] + " -> ";
    }
    return chain;
  }

  static YamlNode parse(const std::string& file, const Field* included_by) {
    const std::optional<std::string> text = try_read_input_file(file);
    if (!text) {
      if (included_by) included_by->fail("cannot open included file " + file);
      throw InputError(SourceLocation{file, 0, 0}, "", "cannot open the file");
    }
    return parse_yaml(*text, file);
  }

  Draft& draft_;
  std::vector<fs::path> open_;  // the chain of files being loaded, to find include cycles
  std::vector<std::string> open_names_;
  std::set<fs::path> done_;
};

}  // namespace

Scenario load_scenario(const std::string& path, const std::vector<std::string>& overlays) {
  Draft draft;
  FileLoader loader(draft);
  loader.load(path, nullptr);
  for (const std::string& overlay : overlays) loader.load(overlay, nullptr);
  return finish(draft, path);
}

Scenario load_scenario_then(const std::string& path, const std::vector<std::string>& overlays,
                            const std::function<std::vector<OverlayText>(const Draft&)>& texts) {
  Draft draft;
  FileLoader loader(draft);
  loader.load(path, nullptr);
  for (const std::string& overlay : overlays) loader.load(overlay, nullptr);
  for (const OverlayText& text : texts(draft)) loader.load_text(text);
  return finish(draft, path);
}

}  // namespace umbrella
