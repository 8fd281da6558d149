// load_scenario and what a Scenario offers: its levers, assumptions and flashpoints.
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>

#include "python/bindings.h"
#include "python/handles.h"
#include "scenario/loader.h"

namespace umbrella::python {
namespace {

// "name=value" for each item of a mapping, or the iterable's strings as they are.
std::vector<std::string> settings_text(const py::object& settings) {
  std::vector<std::string> out;
  if (settings.is_none()) return out;
  if (py::isinstance<py::str>(settings)) {
    throw py::type_error("expected a mapping or a list of strings, got the string '" +
                         settings.cast<std::string>() + "'");
  }
  if (py::hasattr(settings, "items")) {
    for (const auto item : settings.attr("items")()) {
      const auto pair = item.cast<py::tuple>();
      const auto value = pair[1];
      // repr() of a float reads back to the same number; str() of a view is its name.
      const py::str text = py::isinstance<py::str>(value) ? py::str(value) : py::repr(value);
      out.push_back(pair[0].cast<std::string>() + "=" + text.cast<std::string>());
    }
    return out;
  }
  for (const auto item : settings) out.push_back(item.cast<std::string>());
  return out;
}

}  // namespace

std::vector<LeverSetting> lever_settings(const py::object& levers) {
  std::vector<LeverSetting> out;
  for (const std::string& text : settings_text(levers)) out.push_back(parse_lever_setting(text));
  return out;
}

std::vector<AssumptionChoice> assumption_choices(const py::object& assumptions) {
  std::vector<AssumptionChoice> out;
  for (const std::string& text : settings_text(assumptions)) {
    out.push_back(parse_assumption_choice(text));
  }
  return out;
}

void bind_scenario(py::module_& m) {
  py::class_<Lever>(m, "Lever", "A policy option of the scenario (docs/scenario-format.md#levers).")
      .def_readonly("name", &Lever::name)
      .def_readonly("description", &Lever::description)
      .def_readonly("source", &Lever::source)
      .def_readonly("from_year", &Lever::from_year, "The year it takes effect.")
      .def("__repr__", [](const Lever& l) { return "<umbrella.Lever " + l.name + ">"; });

  py::class_<AssumptionView>(m, "AssumptionView",
                             "One position of the literature on an assumption.")
      .def_readonly("name", &AssumptionView::name)
      .def_readonly("description", &AssumptionView::description)
      .def_readonly("source", &AssumptionView::source)
      .def("__repr__",
           [](const AssumptionView& v) { return "<umbrella.AssumptionView " + v.name + ">"; });

  py::class_<Assumption>(m, "Assumption",
                         "A point where the literature disagrees, with one view per position.")
      .def_readonly("name", &Assumption::name)
      .def_readonly("description", &Assumption::description)
      .def_readonly("views", &Assumption::views)
      .def_property_readonly(
          "default_view", [](const Assumption& a) { return a.views[a.default_view].name; },
          "The scenario's (evidence-based) view, in force unless another is chosen.")
      .def("__repr__", [](const Assumption& a) { return "<umbrella.Assumption " + a.name + ">"; });

  py::class_<LoadedScenario, std::shared_ptr<LoadedScenario>>(
      m, "Scenario",
      "A loaded and validated scenario: the World of its start year, the timeline, the parameters, "
      "the levers and the assumptions. Run it with Simulation(scenario, ...).")
      .def_property_readonly("name", [](const LoadedScenario& s) { return s.scenario.name; })
      .def_property_readonly("description",
                             [](const LoadedScenario& s) { return s.scenario.description; })
      .def_readonly("path", &LoadedScenario::path, "The file as given to load_scenario.")
      .def_readonly("overlays", &LoadedScenario::overlays, "The overlays, in order.")
      .def_property_readonly(
          "files", [](const LoadedScenario& s) { return s.scenario.files; },
          "Every file loaded: the scenario, the files it includes, the overlays.")
      .def_property_readonly("start_year",
                             [](const LoadedScenario& s) { return s.scenario.start_year; })
      .def_property_readonly("end_year",
                             [](const LoadedScenario& s) { return s.scenario.end_year; })
      .def_property_readonly(
          "levers", [](const LoadedScenario& s) { return s.scenario.levers; },
          "The levers, in the file's order.")
      .def_property_readonly(
          "assumptions", [](const LoadedScenario& s) { return s.scenario.assumptions; },
          "The switchable assumptions.")
      .def_property_readonly(
          "flashpoints",
          [](const LoadedScenario& s) {
            return names_of(s.scenario.world.flashpoints, &Flashpoint::id);
          },
          "The flashpoints' ids (CHN-TWN, ...), for Simulation.solve_crisis.")
      .def_property_readonly(
          "states",
          [](const LoadedScenario& s) { return names_of(s.scenario.world.states, &State::code); },
          "The states' ISO codes.")
      .def("__repr__", [](const LoadedScenario& s) {
        return "<umbrella.Scenario " + s.scenario.name + " " +
               std::to_string(s.scenario.start_year) + "-" + std::to_string(s.scenario.end_year) +
               ">";
      });

  m.def(
      "load_scenario",
      [](const std::filesystem::path& path, const std::vector<std::filesystem::path>& overlays) {
        auto loaded = std::make_shared<LoadedScenario>();
        loaded->path = path.string();
        loaded->overlays = names_of(overlays, path_text);
        const py::gil_scoped_release release;
        loaded->scenario = load_scenario(loaded->path, loaded->overlays);
        return loaded;
      },
      py::arg("path"), py::arg("overlays") = std::vector<std::filesystem::path>{},
      "Loads a scenario file and its overlays (applied in order) and validates them completely, "
      "as `umbrella validate` does. Raises InputError naming file:line:column, the field and what "
      "was expected.");
}

}  // namespace umbrella::python
