#pragma once
// The module's parts, each binding one area of the library (module.cc puts them together).
#include <pybind11/pybind11.h>

namespace umbrella::python {

namespace py = pybind11;

void bind_errors(py::module_& m);
void bind_scenario(py::module_& m);
void bind_summary(py::module_& m);
void bind_simulation(py::module_& m);
void bind_crisis(py::module_& m);
void bind_game(py::module_& m);
void bind_experiment(py::module_& m);
void bind_report(py::module_& m);

}  // namespace umbrella::python
