// write_report: the HTML report of a results folder, as `umbrella report` writes it.
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <optional>

#include "python/bindings.h"
#include "report/report_file.h"

namespace umbrella::python {

void bind_report(py::module_& m) {
  m.def(
      "write_report",
      [](const std::filesystem::path& results, const std::filesystem::path& out,
         const std::string& lang, std::optional<int> milestone,
         const std::optional<std::filesystem::path>& scenario,
         const std::vector<std::filesystem::path>& overlays) {
        const report::ReportRequest request{results,
                                            out,
                                            lang,
                                            milestone.value_or(0),
                                            scenario ? path_text(*scenario) : std::string(),
                                            names_of(overlays, path_text)};
        const py::gil_scoped_release release;
        report::write_report(request);
      },
      py::arg("results"), py::arg("out"), py::kw_only(), py::arg("lang") = "en",
      py::arg("milestone") = py::none(), py::arg("scenario") = py::none(),
      py::arg("overlays") = std::vector<std::filesystem::path>{},
      "Writes the self-contained HTML report (docs/report.md) of a results folder: one "
      "summary.json per policy (Summary.write, run_experiment or `umbrella run --out`), byte for "
      "byte as `umbrella report` writes it. lang: en or ja; milestone: the headline year (default "
      "2035 when recorded, else the last); scenario and overlays: the scenario behind the "
      "results, when the files they name have moved. Nothing is written on bad input.");
}

}  // namespace umbrella::python
