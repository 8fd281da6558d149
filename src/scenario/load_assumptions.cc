// `assumptions:` (switchable views where the literature disagrees) and `use:` (picking one).
#include <algorithm>
#include <set>

#include "scenario/sections.h"

namespace umbrella {
namespace {

const std::vector<std::string_view> kAssumptionKeys = {"description", "default", "views"};
const std::vector<std::string_view> kViewKeys = {"description", "source", "set"};

int view_index(const Assumption& assumption, const Field& view) {
  const std::string name = view.text();
  std::string known;
  for (std::size_t i = 0; i < assumption.views.size(); ++i) {
    if (assumption.views[i].name == name) return static_cast<int>(i);
    known += (known.empty() ? "" : ", ") + assumption.views[i].name;
  }
  view.fail("unknown view " + name + " of assumption " + assumption.name + " (expected one of " +
            known + ")");
}

std::set<ParamId> parameters_set(const AssumptionView& view) {
  std::set<ParamId> set;
  for (const ParameterOverride& o : view.set) set.insert(o.param);
  return set;
}

std::string names(const std::set<ParamId>& parameters) {
  std::string text;
  for (ParamId id : parameters) text += (text.empty() ? "" : ", ") + std::string(info(id).name);
  return text.empty() ? "none" : text;
}

// A parameter an assumption sets has no value of its own, so every view must give it one.
void check_same_parameters(const Assumption& assumption, const NamedField& entry) {
  const AssumptionView& first = assumption.views.front();
  const AssumptionView& view = assumption.views.back();
  if (parameters_set(view) == parameters_set(first)) return;
  entry.value.fail("expected the parameters the view " + first.name + " sets (" +
                   names(parameters_set(first)) + "), got " + names(parameters_set(view)) +
                   ": a parameter an assumption sets takes its value from every view");
}

AssumptionView read_view(const NamedField& entry) {
  const Map map = entry.value.map(kViewKeys);
  AssumptionView view;
  view.name = entry.name;
  if (std::optional<Field> description = map.find("description")) {
    view.description = description->text();
  }
  view.source = map.require("source").text();
  view.set = read_parameter_set(map.require("set"));
  return view;
}

Assumption read_assumption(const NamedField& entry) {
  const Map map = entry.value.map(kAssumptionKeys);
  Assumption assumption;
  assumption.name = entry.name;
  assumption.where = entry.value.location();
  if (std::optional<Field> description = map.find("description")) {
    assumption.description = description->text();
  }
  const Field views = map.require("views");
  for (const NamedField& view : views.entries()) {
    check_room(view.key, assumption.views.size(), limits::kMaxViews, "views of one assumption",
               view.name);
    assumption.views.push_back(read_view(view));
    check_same_parameters(assumption, view);
  }
  if (assumption.views.empty()) views.fail("expected at least one view, got none");
  assumption.default_view = view_index(assumption, map.require("default"));
  return assumption;
}

}  // namespace

void load_assumptions(const Field& section, Draft& draft) {
  std::vector<Assumption>& assumptions = draft.scenario.assumptions;
  for (const NamedField& entry : section.entries()) {
    Assumption assumption = read_assumption(entry);
    auto same = std::find_if(assumptions.begin(), assumptions.end(),
                             [&](const Assumption& a) { return a.name == assumption.name; });
    if (same == assumptions.end()) {
      check_room(entry.key, assumptions.size(), limits::kMaxAssumptions, "assumptions", entry.name);
      assumptions.push_back(std::move(assumption));
    } else {
      *same = std::move(assumption);
    }
  }
}

void load_use(const Field& section, Draft& draft) {
  std::vector<Assumption>& assumptions = draft.scenario.assumptions;
  for (const NamedField& entry : section.entries()) {
    auto assumption = std::find_if(assumptions.begin(), assumptions.end(),
                                   [&](const Assumption& a) { return a.name == entry.name; });
    if (assumption == assumptions.end()) {
      entry.key.fail("unknown assumption " + entry.name +
                     " (expected one listed under assumptions)");
    }
    assumption->default_view = view_index(*assumption, entry.value);
  }
}

}  // namespace umbrella
