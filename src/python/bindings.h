#pragma once
// The module's parts, each binding one area of the library (module.cc puts them together).
#include <pybind11/pybind11.h>

#include <filesystem>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

namespace umbrella::python {

namespace py = pybind11;

// One string per item (its name, id or path), in order: what the bindings return as lists.
template <typename Items, typename Name>
std::vector<std::string> names_of(const Items& items, Name name) {
  std::vector<std::string> out;
  out.reserve(std::size(items));
  for (const auto& item : items) out.push_back(std::invoke(name, item));
  return out;
}

inline std::string path_text(const std::filesystem::path& path) {
  return path.string();
}

// An argument that is an object of the module or else a path. pybind11's own error for anything
// else ("Unable to cast Python instance") names neither the argument nor what it got.
inline std::filesystem::path path_argument(const py::object& value, const char* argument,
                                           const char* expected) {
  try {
    return value.cast<std::filesystem::path>();
  } catch (const py::cast_error&) {
    throw py::type_error(std::string(argument) + ": expected " + expected + ", got " +
                         (value.is_none() ? "None" : Py_TYPE(value.ptr())->tp_name));
  }
}

void bind_errors(py::module_& m);
void bind_scenario(py::module_& m);
void bind_summary(py::module_& m);
void bind_simulation(py::module_& m);
void bind_crisis(py::module_& m);
void bind_game(py::module_& m);
void bind_experiment(py::module_& m);
void bind_report(py::module_& m);
// After bind_experiment: adds methods to its Results.
void bind_analysis(py::module_& m);

}  // namespace umbrella::python
