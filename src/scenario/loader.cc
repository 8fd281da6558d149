// Files, includes and overlays: which files are read, in which order, and the order in which
// the sections of one file are applied.
#include "scenario/loader.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "scenario/sections.h"

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
  void load(const std::string& file, const Field* included_by) {
    const fs::path identity = identity_of(file);
    // A file included twice (two policies both including the baseline) is loaded once.
    if (done_.contains(identity)) return;
    auto open = std::find(open_.begin(), open_.end(), identity);
    if (open != open_.end()) {
      std::string chain;
      for (auto it = open; it != open_.end(); ++it) {
        chain += open_names_[static_cast<std::size_t>(it - open_.begin())] + " -> ";
      }
      included_by->fail("include cycle: " + chain + file);
    }

    const Map top = Field(parse(file, included_by), file).map(top_level_keys());
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

 private:
  static YAML::Node parse(const std::string& file, const Field* included_by) {
    try {
      // A folder opens as a file, then fails its first read with an I/O exception.
      if (!fs::is_directory(file)) return YAML::LoadFile(file);
    } catch (const YAML::BadFile&) {
      // Reported below, as a folder is.
    } catch (const YAML::Exception& error) {
      throw InputError(SourceLocation{file, error.mark.line + 1, error.mark.column + 1}, "",
                       "malformed YAML: " + error.msg);
    }
    if (included_by) included_by->fail("cannot open included file " + file);
    throw InputError(SourceLocation{file, 0, 0}, "", "cannot open the file");
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

}  // namespace umbrella
