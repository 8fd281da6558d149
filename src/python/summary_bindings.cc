// Summary: the aggregate of a run (docs/outputs.md), as `umbrella run` writes it to summary.json.
// Its numbers are viewed in place by numpy.
#include <fmt/format.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <cmath>
#include <limits>

#include "engine/summary_io.h"
#include "python/bindings.h"
#include "python/handles.h"

namespace umbrella::python {
namespace {

const std::vector<double>& statistic(const SeriesSummary& s, const std::string& name) {
  if (name == "mean") return s.mean;
  if (name == "p05") return s.p05;
  if (name == "p25") return s.p25;
  if (name == "p50") return s.p50;
  if (name == "p75") return s.p75;
  if (name == "p95") return s.p95;
  throw py::value_error("statistic: expected mean, p05, p25, p50, p75 or p95, got '" + name + "'");
}

const SeriesSummary& series_of(const Summary& summary, const std::string& outcome,
                               const std::string& subject) {
  const SeriesSummary* series = summary.find(outcome, subject);
  if (series == nullptr) throw py::key_error("no outcome " + outcome + " for " + subject);
  return *series;
}

SummaryHandle& handle_of(const py::object& self) {
  return self.cast<SummaryHandle&>();
}

py::array_t<int> years_view(const py::object& self) {
  const std::vector<int>& years = handle_of(self).summary.years;
  return view_array(std::span<const int>(years), {static_cast<py::ssize_t>(years.size())}, self);
}

py::dict series(const py::object& self, const std::string& outcome, const std::string& subject) {
  const SeriesSummary& s = series_of(handle_of(self).summary, outcome, subject);
  py::dict out;
  for (const char* name : {"mean", "p05", "p25", "p50", "p75", "p95"}) {
    const std::vector<double>& values = statistic(s, name);
    if (values.empty()) continue;  // quartiles are kept for quantities only
    out[name] = view_array(std::span<const double>(values),
                           {static_cast<py::ssize_t>(values.size())}, self);
  }
  return out;
}

py::object table(const py::object& self, const std::string& name, const py::object& as_frame) {
  SummaryHandle& handle = handle_of(self);
  const Summary& summary = handle.summary;
  const std::size_t years = summary.years.size();
  const std::size_t columns = summary.series.size();
  std::vector<double> values(years * columns, std::numeric_limits<double>::quiet_NaN());
  for (std::size_t c = 0; c < columns; ++c) {
    const std::vector<double>& column = statistic(summary.series[c], name);
    for (std::size_t y = 0; y < column.size(); ++y) values[y * columns + c] = column[y];
  }
  return year_table(owned_array(std::move(values), {static_cast<py::ssize_t>(years),
                                                    static_cast<py::ssize_t>(columns)}),
                    handle.labels, as_frame);
}

// The mean and the 90% band of one outcome by year, one line and one shaded band per subject.
py::object plot(const py::object& self, const std::string& outcome, const py::object& subject,
                py::object ax) {
  const Summary& summary = handle_of(self).summary;
  std::vector<const SeriesSummary*> shown;
  if (subject.is_none()) {
    for (const SeriesSummary& s : summary.series) {
      if (s.name == outcome) shown.push_back(&s);
    }
    if (shown.empty()) throw py::key_error("no outcome " + outcome);
  } else {
    shown.push_back(&series_of(summary, outcome, subject.cast<std::string>()));
  }
  if (ax.is_none()) ax = py::module_::import("matplotlib.pyplot").attr("gca")();
  const py::array_t<int> years = years_view(self);
  const auto view = [&](const std::vector<double>& values) {
    return view_array(std::span<const double>(values), {static_cast<py::ssize_t>(values.size())},
                      self);
  };
  for (const SeriesSummary* s : shown) {
    const py::list lines = ax.attr("plot")(years, view(s->mean), py::arg("label") = s->subject);
    ax.attr("fill_between")(years, view(s->p05), view(s->p95), py::arg("alpha") = 0.2,
                            py::arg("color") = lines[0].attr("get_color")(),
                            py::arg("label") = s->subject + " 90% band");
  }
  ax.attr("set_xlabel")("year");
  ax.attr("set_ylabel")(outcome);
  ax.attr("set_title")(fmt::format("{}: mean and 90% band over {} replicates", summary.scenario,
                                   summary.replicates));
  ax.attr("legend")();
  return ax;
}

TableLabels labels_of(const Summary& summary) {
  TableLabels::Columns columns;
  for (const SeriesSummary& s : summary.series) columns.emplace_back(s.name, s.subject);
  return {summary.years, std::move(columns)};
}

}  // namespace

SummaryHandle::SummaryHandle(Summary s) : summary(std::move(s)), labels(labels_of(summary)) {}

void bind_summary(py::module_& m) {
  py::class_<SummaryHandle, std::shared_ptr<SummaryHandle>>(
      m, "Summary",
      "The aggregate of a run (docs/outputs.md): for every outcome and year the mean over "
      "replicates and a 90% band (a quantity's 5th and 95th percentiles, with its quartiles; a "
      "probability's Wilson interval). Arrays view the summary's own numbers, read-only.")
      .def_property_readonly("scenario", [](const SummaryHandle& h) { return h.summary.scenario; })
      .def_property_readonly("seed", [](const SummaryHandle& h) { return h.summary.seed; })
      .def_property_readonly("replicates",
                             [](const SummaryHandle& h) { return h.summary.replicates; })
      .def_property_readonly(
          "levers", [](const SummaryHandle& h) { return h.summary.levers; },
          "\"name=intensity\" for each lever pulled.")
      .def_property_readonly(
          "assumptions", [](const SummaryHandle& h) { return h.summary.assumptions; },
          "\"name=view\" for each view chosen (the scenario's defaults otherwise).")
      .def_property_readonly("sample_uncertainty",
                             [](const SummaryHandle& h) { return h.summary.sample_uncertainty; })
      .def_property_readonly(
          "scenario_path", [](const SummaryHandle& h) { return h.summary.scenario_path; },
          "The scenario file, absolute; empty when the summary does not name it.")
      .def_property_readonly("overlays", [](const SummaryHandle& h) { return h.summary.overlays; })
      .def_property_readonly("years", &years_view, "The years, first to last.")
      .def_property_readonly(
          "columns", [](const SummaryHandle& h) { return h.labels.columns(); },
          "The (outcome, subject) pairs summarised.")
      .def_property_readonly(
          "kinds",
          [](const SummaryHandle& h) {
            py::dict kinds;
            for (const SeriesSummary& s : h.summary.series) {
              kinds[py::str(s.name)] =
                  s.kind == OutcomeKind::probability ? "probability" : "quantity";
            }
            return kinds;
          },
          "{outcome: \"quantity\" or \"probability\"}.")
      .def("series", &series, py::arg("outcome"), py::arg("subject"),
           "One outcome's statistics by year: {\"mean\", \"p05\", \"p95\"} and, for a quantity, "
           "\"p25\", \"p50\", \"p75\"; read-only numpy views of the summary. KeyError if absent.")
      .def(
          "mean",
          [](const SummaryHandle& h, const std::string& outcome, const std::string& subject,
             int year) { return h.summary.mean(outcome, subject, year); },
          py::arg("outcome"), py::arg("subject"), py::arg("year"),
          "The mean of one outcome in one year.")
      .def("table", &table, py::arg("statistic") = "mean", py::kw_only(),
           py::arg("as_frame") = py::none(),
           "One statistic (mean, p05, p25, p50, p75 or p95) of every outcome by year, as "
           "Simulation.run_replicate's tables; NaN where a probability has no quartiles.")
      .def(
          "to_json", [](const SummaryHandle& h) { return summary_to_json(h.summary); },
          "summary.json's text, byte for byte as `umbrella run --out` writes it.")
      .def(
          "to_csv", [](const SummaryHandle& h) { return summary_to_csv(h.summary); },
          "summary.csv's text (`umbrella run --format csv`).")
      .def(
          "write",
          [](const SummaryHandle& h, const std::filesystem::path& folder,
             const std::string& format) { return write_summary(folder, format, h.summary); },
          py::arg("folder"), py::arg("format") = "json",
          "Writes FOLDER/summary.json (or .csv) atomically, creating FOLDER, and returns the "
          "file's path: a results folder for write_report.")
      .def("plot", &plot, py::arg("outcome"), py::arg("subject") = py::none(), py::kw_only(),
           py::arg("ax") = py::none(),
           "Plots an outcome's mean by year (a line) and its 90% band (p05 to p95, shaded) with "
           "matplotlib, for one subject or, with subject=None, each subject of the outcome; on "
           "`ax`, or the current Axes. Labels the axes, titles and adds a legend; returns the "
           "Axes. KeyError for an outcome or subject not summarised.")
      .def("__repr__", [](const SummaryHandle& h) {
        return "<umbrella.Summary " + h.summary.scenario + ", " +
               std::to_string(h.summary.replicates) + " replicates>";
      });

  m.def(
      "read_summary",
      [](const std::filesystem::path& file) {
        return std::make_shared<SummaryHandle>(read_summary(file));
      },
      py::arg("file"),
      "Reads a summary.json (of `umbrella run`, or of an experiment's policy); InputError on a "
      "malformed file.");
}

}  // namespace umbrella::python
