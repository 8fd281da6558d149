// Analysis of designs and experiment results: sample (`umbrella sample`), analyze (`umbrella
// analyze`), sensitivity (`umbrella sensitivity`) and discover (`umbrella discover`). Each calls
// the library function the command calls, so the numbers, the JSON and the text are the same.
#include <fmt/core.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <algorithm>
#include <bit>
#include <filesystem>
#include <mutex>
#include <optional>
#include <span>

#include "analysis/samplers.h"
#include "core/error.h"
#include "core/input_file.h"
#include "experiment/discovery.h"
#include "experiment/sensitivity.h"
#include "python/arrays.h"
#include "python/bindings.h"
#include "python/open_results.h"
#include "report/html.h"

namespace umbrella::python {
namespace {

namespace ex = umbrella::experiment;

// sample() and analyze() given levels with a method other than Morris's.
std::string levels_for_morris_only() {
  return mention("levels") + " applies to " + mention("method") + " morris only";
}

// A report with the line the command line prints above it (empty for analyze).
struct SensitivityHandle {
  sa::SensitivityReport report;
  std::string heading;
};

std::shared_ptr<OpenResults> results_argument(const py::object& results) {
  if (py::isinstance<OpenResults>(results)) return results.cast<std::shared_ptr<OpenResults>>();
  const std::filesystem::path folder =
      path_argument(results, "results", "an umbrella.Results or a results folder");
  const py::gil_scoped_release release;
  return std::make_shared<OpenResults>(folder);
}

bool is_path(const py::object& value) {
  return py::isinstance<py::str>(value) ||
         py::isinstance(value, py::module_::import("os").attr("PathLike"));
}

sa::Problem problem_argument(const py::object& params) {
  if (is_path(params)) return sa::read_problem(params.cast<std::filesystem::path>());
  if (!py::hasattr(params, "items")) {
    throw py::type_error(
        std::string("params: expected a problem file or {name: (lower, upper)}, got ") +
        Py_TYPE(params.ptr())->tp_name);
  }
  sa::Problem problem;
  problem.file = "params";
  for (const auto item : params.attr("items")()) {
    const auto pair = item.cast<py::tuple>();
    const auto bounds = pair[1].cast<std::pair<double, double>>();
    problem.parameters.push_back(
        sa::uniform_parameter(pair[0].cast<std::string>(), bounds.first, bounds.second));
  }
  return problem;
}

// A DataFrame or {column: values} written as CSV and read back by the library's own reader, so
// that it meets every check a file meets (the header, numbers that are finite) under `name`.
// Numbers are written in their shortest round-trip form: the table read equals the one given.
sa::Table table_argument(const py::object& table, const char* name,
                         std::span<const std::string> expected = {},
                         const std::string& expected_from = {}) {
  if (is_path(table)) {
    const std::string file = table.cast<std::string>();
    return sa::parse_table(read_input_file(file), file, expected, expected_from);
  }
  const py::module_ np = py::module_::import("numpy");
  sa::Table given;
  py::list columns;
  if (py::hasattr(table, "to_numpy")) {
    for (const auto c : table.attr("columns")) given.columns.push_back(py::str(c));
    columns = py::list(table.attr("to_numpy")(py::arg("dtype") = "float64").attr("T"));
  } else if (py::hasattr(table, "items")) {
    for (const auto item : table.attr("items")()) {
      const auto pair = item.cast<py::tuple>();
      given.columns.push_back(py::str(pair[0]));
      columns.append(np.attr("asarray")(pair[1], py::arg("dtype") = "float64"));
    }
  } else {
    throw py::type_error(std::string(name) +
                         ": expected a CSV file, a DataFrame or {column: values}, got " +
                         Py_TYPE(table.ptr())->tp_name);
  }
  const auto matrix = np.attr("ascontiguousarray")(np.attr("column_stack")(columns))
                          .cast<py::array_t<double, py::array::c_style>>();
  given.values.assign(matrix.data(), matrix.data() + matrix.size());
  return sa::parse_table(sa::format_table(given), name, expected, expected_from);
}

py::object sample(const std::string& method_name, const py::object& params, std::size_t n,
                  std::uint64_t seed, std::optional<int> levels, const py::object& as_frame) {
  const sa::SampleMethod method = sa::parse_sample_method(method_name);
  if (levels && method != sa::SampleMethod::morris) {
    throw UsageError(levels_for_morris_only());
  }
  if (n == 0) throw py::value_error("n must be at least 1");
  const sa::Problem problem = problem_argument(params);
  if (method == sa::SampleMethod::saltelli && !std::has_single_bit(n)) {
    // As the command line warns (and SALib): Sobol' points balance over blocks of 2^m.
    PyErr_WarnEx(PyExc_UserWarning,
                 fmt::format("-n {} is not a power of 2; Sobol' points are evenly spread only in "
                             "blocks of a power of 2",
                             n)
                     .c_str(),
                 1);
  }
  sa::Table design;
  {
    const py::gil_scoped_release release;
    design = sa::sample(problem, method, {.n = n, .seed = seed, .levels = levels.value_or(4)});
  }
  const auto rows = static_cast<py::ssize_t>(design.rows());
  const auto width = static_cast<py::ssize_t>(design.columns.size());
  const std::vector<std::string> names = design.columns;
  const py::array_t<double> values = owned_array(std::move(design.values), {rows, width});
  py::dict out;
  for (py::ssize_t c = 0; c < width; ++c) out[py::str(names[c])] = column_view(values, c);
  return column_table(out, as_frame);
}

void warn_constant(const sa::SensitivityReport& report) {
  for (const std::string& output : report.constant) {
    PyErr_WarnEx(PyExc_UserWarning,
                 (output + " is constant over the design; every index is 0").c_str(), 1);
  }
}

std::shared_ptr<SensitivityHandle> analyze(const std::string& method, const py::object& params,
                                           const py::object& design, const py::object& outputs,
                                           std::optional<int> levels, std::size_t resamples,
                                           std::uint64_t seed) {
  if (method != "sobol" && method != "morris") {
    throw py::value_error("method: expected sobol or morris, got '" + method + "'");
  }
  const bool sobol = method == "sobol";
  if (levels && sobol) throw UsageError(levels_for_morris_only());
  const sa::Problem problem = problem_argument(params);
  const std::vector<std::string> names = problem.names();
  const sa::Table x = table_argument(design, "design", names, problem.file);
  const sa::Table y = table_argument(outputs, "outputs");
  sa::check_same_rows(y, x);
  auto handle = std::make_shared<SensitivityHandle>();
  {
    const py::gil_scoped_release release;
    handle->report = sa::sensitivity_report(
        problem, x, y,
        {.sobol = sobol, .levels = levels.value_or(4), .resamples = resamples, .seed = seed});
  }
  warn_constant(handle->report);
  return handle;
}

std::shared_ptr<SensitivityHandle> sensitivity(const py::object& results_or_folder,
                                               const std::string& method, const std::string& policy,
                                               std::size_t resamples, std::uint64_t seed) {
  const std::shared_ptr<OpenResults> results = results_argument(results_or_folder);
  if (!method.empty() && method != "sobol" && method != "morris") {
    throw py::value_error("method: expected sobol, morris or None, got '" + method + "'");
  }
  auto handle = std::make_shared<SensitivityHandle>();
  {
    const py::gil_scoped_release release;
    const std::lock_guard lock(results->mutex);
    handle->report = ex::experiment_sensitivity(
        results->store, results->stored,
        {.method = method, .policy = policy, .resamples = resamples, .seed = seed});
  }
  handle->heading = fmt::format("{}: policy {}, means over {} replicates per sample\n\n",
                                results->stored.name, policy, results->stored.replicates);
  warn_constant(handle->report);
  return handle;
}

// One row per output and parameter, one column per index ({OUTPUT: {index: {parameter: x}}}).
py::object indices(const SensitivityHandle& handle, const py::object& as_frame) {
  py::list output_column;
  py::list parameter_column;
  std::vector<std::string> index_names;
  std::vector<std::vector<double>> index_values;
  for (const auto& [output, by_index] : handle.report.json.items()) {
    std::vector<std::string> parameters;
    for (const auto& [index, by_parameter] : by_index.items()) {
      if (!by_parameter.is_object()) continue;  // S1_negative lists names
      auto found = std::find(index_names.begin(), index_names.end(), index);
      if (found == index_names.end()) {
        index_names.push_back(index);
        index_values.emplace_back();
        found = index_names.end() - 1;
      }
      auto& values = index_values[static_cast<std::size_t>(found - index_names.begin())];
      for (const auto& [parameter, value] : by_parameter.items()) {
        if (found == index_names.begin()) parameters.push_back(parameter);
        values.push_back(value.get<double>());
      }
    }
    for (const std::string& parameter : parameters) {
      output_column.append(output);
      parameter_column.append(parameter);
    }
  }
  py::dict columns;
  columns["output"] = output_column;
  columns["parameter"] = parameter_column;
  for (std::size_t i = 0; i < index_names.size(); ++i) {
    const auto size = static_cast<py::ssize_t>(index_values[i].size());
    columns[py::str(index_names[i])] = owned_array(std::move(index_values[i]), {size});
  }
  return column_table(columns, as_frame);
}

std::shared_ptr<ex::Discovery> discover(const py::object& results_or_folder,
                                        const std::string& outcome, const std::string& policy,
                                        const std::string& against, const std::string& threshold,
                                        double alpha, double min_mass, double min_coverage,
                                        std::optional<std::size_t> step, bool paste) {
  ex::DiscoveryRequest request;
  request.outcome = outcome;
  request.policy = policy;
  request.against = against;
  request.threshold = threshold;
  request.prim = {.alpha = alpha,
                  .min_mass = min_mass,
                  .min_coverage = min_coverage,
                  .step = step,
                  .paste = paste};
  ex::parse_threshold(threshold);
  const std::shared_ptr<OpenResults> results = results_argument(results_or_folder);
  std::shared_ptr<ex::Discovery> discovery;
  {
    const py::gil_scoped_release release;
    const std::lock_guard lock(results->mutex);
    discovery =
        std::make_shared<ex::Discovery>(ex::discover(results->store, results->stored, request));
  }
  if (const auto warning = ex::few_samples_warning(*discovery)) {
    PyErr_WarnEx(PyExc_UserWarning, warning->substr(std::string("warning: ").size()).c_str(), 1);
  }
  return discovery;
}

py::object trajectory(const ex::Discovery& d, const py::object& as_frame) {
  const std::size_t steps = d.result.trajectory.size();
  std::vector<double> coverage, density, mass;
  std::vector<std::int64_t> step, rows, cases, restricted;
  for (std::size_t s = 0; s < steps; ++s) {
    const sa::PrimStep& p = d.result.trajectory[s];
    step.push_back(static_cast<std::int64_t>(s));
    coverage.push_back(p.coverage);
    density.push_back(p.density);
    mass.push_back(p.mass);
    rows.push_back(static_cast<std::int64_t>(p.rows));
    cases.push_back(static_cast<std::int64_t>(p.cases));
    restricted.push_back(static_cast<std::int64_t>(p.restricted));
  }
  const auto size = static_cast<py::ssize_t>(steps);
  py::dict columns;
  columns["step"] = owned_array(std::move(step), {size});
  columns["coverage"] = owned_array(std::move(coverage), {size});
  columns["density"] = owned_array(std::move(density), {size});
  columns["mass"] = owned_array(std::move(mass), {size});
  columns["rows"] = owned_array(std::move(rows), {size});
  columns["cases"] = owned_array(std::move(cases), {size});
  columns["restricted"] = owned_array(std::move(restricted), {size});
  return column_table(columns, as_frame);
}

py::object box(const ex::Discovery& d, const py::object& as_frame) {
  py::list uncertainty;
  std::vector<double> lower, upper, full_lower, full_upper, p_value;
  for (const sa::PrimRestriction& r : d.result.restrictions) {
    uncertainty.append(d.uncertainties[r.column]);
    lower.push_back(r.lower);
    upper.push_back(r.upper);
    full_lower.push_back(r.full_lower);
    full_upper.push_back(r.full_upper);
    p_value.push_back(r.p_value);
  }
  const auto size = static_cast<py::ssize_t>(lower.size());
  py::dict columns;
  columns["uncertainty"] = uncertainty;
  columns["lower"] = owned_array(std::move(lower), {size});
  columns["upper"] = owned_array(std::move(upper), {size});
  columns["full_lower"] = owned_array(std::move(full_lower), {size});
  columns["full_upper"] = owned_array(std::move(full_upper), {size});
  columns["p_value"] = owned_array(std::move(p_value), {size});
  return column_table(columns, as_frame);
}

// `name` as a method of Results too: results.discover(...) is discover(results, ...).
void add_results_method(py::module_& m, const char* name) {
  const py::object cls = m.attr("Results");
  const py::object function = m.attr(name);
  const std::string doc =
      fmt::format("The same as umbrella.{} with this Results as its first argument.", name);
  cls.attr(name) = py::cpp_function(
      [function](const py::object& self, const py::args& args, const py::kwargs& kwargs) {
        return function(self, *args, **kwargs);
      },
      py::name(name), py::is_method(cls), py::doc(doc.c_str()));
}

}  // namespace

void bind_analysis(py::module_& m) {
  m.def("sample", &sample, py::arg("method"), py::arg("params"), py::arg("n"), py::kw_only(),
        py::arg("seed") = 0, py::arg("levels") = py::none(), py::arg("as_frame") = py::none(),
        "An experimental design, as `umbrella sample` writes it: method mc, lhs, saltelli or "
        "morris; params a problem file (SALib's `name lower upper` lines, or YAML) or {name: "
        "(lower, upper)} (uniform); n points (mc, lhs), base points (saltelli, a power of 2: "
        "a UserWarning otherwise) or trajectories (morris); levels for morris (default 4). One "
        "column per parameter: a DataFrame, or a dict of numpy columns.");
  py::class_<SensitivityHandle, std::shared_ptr<SensitivityHandle>>(
      m, "Sensitivity",
      "Sensitivity indices of each output (Sobol' S1, ST and their 95% bootstrap half-widths, or "
      "Morris mu, mu_star, sigma, mu_star_conf), as `umbrella analyze` and `umbrella "
      "sensitivity` compute them.")
      .def("indices", &indices, py::kw_only(), py::arg("as_frame") = py::none(),
           "One row per output and parameter, one column per index: a DataFrame, or a dict of "
           "columns.")
      .def_property_readonly(
          "constant", [](const SensitivityHandle& h) { return h.report.constant; },
          "The outputs that never vary over the design (every index 0; a UserWarning says so).")
      .def(
          "to_json", [](const SensitivityHandle& h) { return h.report.json.dump(2); },
          "The JSON the command prints with --json.")
      .def(
          "text", [](const SensitivityHandle& h) { return h.heading + h.report.text; },
          "The tables the command prints.")
      .def("__repr__",
           [](const SensitivityHandle& h) {
             return fmt::format("<umbrella.Sensitivity of {} output{}>", h.report.json.size(),
                                h.report.json.size() == 1 ? "" : "s");
           })
      .def("_repr_html_", [](const SensitivityHandle& h) {
        return "<pre>" + report::escape_html(h.heading + h.report.text) + "</pre>";
      });
  m.def("analyze", &analyze, py::arg("method"), py::arg("params"), py::arg("design"),
        py::arg("outputs"), py::kw_only(), py::arg("levels") = py::none(),
        py::arg("resamples") = 100, py::arg("seed") = 0,
        "Sensitivity indices of each output column, as `umbrella analyze` computes them: method "
        "sobol (a saltelli design) or morris; params as for sample; design and outputs CSV files, "
        "DataFrames or {column: values}, one row per design row (tables are read by the command "
        "line's CSV reader and meet its checks: InputError names `design` or `outputs`).");
  m.def("sensitivity", &sensitivity, py::arg("results"), py::kw_only(),
        py::arg("method") = std::string(), py::arg("policy") = std::string(ex::kBaselinePolicy),
        py::arg("resamples") = 100, py::arg("seed") = 0,
        "Sobol' indices or Morris effects of an experiment's outcomes from one policy's "
        "per-sample means, as `umbrella sensitivity` computes them; results a Results or its "
        "folder; method sobol, morris or \"\" (the one the design was sampled for).");

  py::class_<ex::Discovery, std::shared_ptr<ex::Discovery>>(
      m, "Discovery",
      "Scenario discovery by PRIM (`umbrella discover`): the peeling trajectory and the chosen "
      "box of the uncertainties where an outcome's per-sample mean meets the threshold.")
      .def_readonly("experiment", &ex::Discovery::experiment)
      .def_property_readonly("outcome", [](const ex::Discovery& d) { return d.request.outcome; })
      .def_property_readonly("policy", [](const ex::Discovery& d) { return d.request.policy; })
      .def_property_readonly("threshold", [](const ex::Discovery& d) { return d.condition.text(); })
      .def_readonly("samples", &ex::Discovery::samples)
      .def_readonly("cases", &ex::Discovery::cases, "Samples that meet the threshold.")
      .def_property_readonly(
          "chosen", [](const ex::Discovery& d) { return d.result.chosen; },
          "The step of the trajectory the box was chosen from.")
      .def_property_readonly("coverage",
                             [](const ex::Discovery& d) { return d.result.box.coverage; })
      .def_property_readonly("density", [](const ex::Discovery& d) { return d.result.box.density; })
      .def_property_readonly("mass", [](const ex::Discovery& d) { return d.result.box.mass; })
      .def("trajectory", &trajectory, py::kw_only(), py::arg("as_frame") = py::none(),
           "One row per peeling step: step, coverage, density, mass, rows, cases, restricted.")
      .def("box", &box, py::kw_only(), py::arg("as_frame") = py::none(),
           "The chosen box's restricted uncertainties, the smallest p-value first: uncertainty, "
           "lower, upper, full_lower, full_upper, p_value.")
      .def(
          "to_json", [](const ex::Discovery& d) { return ex::to_json(d).dump(2); },
          "The JSON of `umbrella discover --json`.")
      .def(
          "text", [](const ex::Discovery& d) { return ex::to_text(d); },
          "What `umbrella discover` prints.")
      .def("__repr__",
           [](const ex::Discovery& d) {
             return fmt::format(
                 "<umbrella.Discovery {} {}: box of step {}, coverage {:.3f}, density {:.3f}, {} "
                 "restricted>",
                 d.request.outcome, d.condition.text(), d.result.chosen, d.result.box.coverage,
                 d.result.box.density, d.result.restrictions.size());
           })
      .def("_repr_html_", [](const ex::Discovery& d) {
        return "<pre>" + report::escape_html(ex::to_text(d)) + "</pre>";
      });
  m.def("discover", &discover, py::arg("results"), py::arg("outcome"), py::kw_only(),
        py::arg("policy") = std::string(ex::kBaselinePolicy), py::arg("against") = std::string(),
        py::arg("threshold") = ">= 0.5", py::arg("alpha") = 0.05, py::arg("min_mass") = 0.05,
        py::arg("min_coverage") = 0.5, py::arg("step") = py::none(), py::arg("paste") = false,
        "Scenario discovery with PRIM on an experiment's results, as `umbrella discover` does "
        "it (the same options, by the same names): results a Results or its folder. A "
        "UserWarning when there are fewer than 10 samples per uncertainty.");
  add_results_method(m, "discover");
  add_results_method(m, "sensitivity");
}

}  // namespace umbrella::python
