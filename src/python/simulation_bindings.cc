// Simulation: a scenario compiled for one set of choices (seed, replicates, levers, assumptions,
// years), whose replicates run one at a time or all together, as `umbrella run` runs them.
#include <fmt/format.h>
#include <pybind11/functional.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <map>
#include <optional>

#include "engine/ensemble.h"
#include "engine/narrative.h"
#include "python/bindings.h"
#include "python/handles.h"
#include "python/progress_bridge.h"
#include "scenario/overrides.h"

namespace umbrella::python {
namespace {

TableLabels labels_of(const Simulation& simulation) {
  std::vector<int> years;
  for (int y = simulation.first_year(); y <= simulation.last_year(); ++y) years.push_back(y);
  TableLabels::Columns columns;
  for (const Series& series : simulation.outcomes())
    columns.emplace_back(series.name, series.subject);
  return {std::move(years), std::move(columns)};
}

// {key: number} as the library's settings, in the mapping's order. A value that is not a number
// is a TypeError, as for any argument of the wrong type; its bounds are the loader's to check.
std::vector<NumberSetting> number_settings(const py::object& mapping, const char* argument) {
  std::vector<NumberSetting> out;
  if (mapping.is_none()) return out;
  if (!py::isinstance<py::dict>(mapping) && !py::hasattr(mapping, "items")) {
    throw py::type_error(std::string(argument) + ": expected a mapping {key: number}, got " +
                         Py_TYPE(mapping.ptr())->tp_name);
  }
  for (const auto item : mapping.attr("items")()) {
    const auto pair = item.cast<py::tuple>();
    const py::object key = pair[0];
    const py::object value = pair[1];
    if (!py::isinstance<py::str>(key)) {
      throw py::type_error(std::string(argument) + ": expected string keys, got " +
                           Py_TYPE(key.ptr())->tp_name);
    }
    if (!PyNumber_Check(value.ptr()) || py::isinstance<py::str>(value)) {
      throw py::type_error(std::string(argument) + ": " + key.cast<std::string>() +
                           ": expected a number, got " + Py_TYPE(value.ptr())->tp_name);
    }
    out.push_back({key.cast<std::string>(), py::float_(value).cast<double>()});
  }
  return out;
}

// The scenario loaded again with the overrides as one more overlay, exactly as
// `umbrella run FILE --overlay ... --overlay OVERRIDES.yaml` would load it.
// `settings` after `earlier`, a key given again replacing its earlier value where it was.
std::vector<NumberSetting> merged(std::vector<NumberSetting> earlier,
                                  const std::vector<NumberSetting>& settings) {
  for (const NumberSetting& s : settings) {
    auto same = std::find_if(earlier.begin(), earlier.end(),
                             [&](const NumberSetting& e) { return e.key == s.key; });
    if (same == earlier.end()) {
      earlier.push_back(s);
    } else {
      same->value = s.value;
    }
  }
  return earlier;
}

// The scenario loaded again with the overrides as one more overlay, exactly as
// `umbrella run FILE --overlay ... --overlay OVERRIDES.yaml` would load it. A scenario that
// already carries overrides (a Simulation's .scenario) keeps them, the new ones on top.
std::shared_ptr<LoadedScenario> with_overrides(const std::shared_ptr<LoadedScenario>& loaded,
                                               const std::vector<NumberSetting>& parameters,
                                               const std::vector<NumberSetting>& world) {
  if (parameters.empty() && world.empty()) return loaded;
  auto changed = std::make_shared<LoadedScenario>();
  changed->path = loaded->path;
  changed->overlays = loaded->overlays;
  changed->overrides.parameters = merged(loaded->overrides.parameters, parameters);
  changed->overrides.world = merged(loaded->overrides.world, world);
  const ScenarioOverrides& overrides = changed->overrides;
  const py::gil_scoped_release release;
  changed->scenario = load_scenario(changed->path, changed->overlays, overrides);
  return changed;
}

py::dict settings_dict(const std::vector<NumberSetting>& settings) {
  py::dict out;
  for (const NumberSetting& s : settings) out[py::str(s.key)] = s.value;
  return out;
}

std::shared_ptr<SimulationHandle> make_simulation(
    std::shared_ptr<LoadedScenario> loaded, std::uint64_t seed, int replicates, int threads,
    const py::object& levers, const py::object& assumptions, std::optional<int> from_year,
    std::optional<int> to_year, bool sample_uncertainty, const py::object& parameters,
    const py::object& world) {
  // pybind11 lets None through as an empty holder; the Simulation would read through it.
  if (!loaded) throw py::type_error("scenario: expected an umbrella.Scenario, got None");
  loaded = with_overrides(loaded, number_settings(parameters, "parameters"),
                          number_settings(world, "world"));
  if (threads < 1) throw py::value_error("threads must be at least 1");
  RunOptions options;
  options.seed = seed;
  options.replicates = replicates;
  options.threads = threads;
  options.from_year = from_year.value_or(0);
  options.to_year = to_year.value_or(0);
  options.sample_uncertainty = sample_uncertainty;
  options.levers = lever_settings(levers);
  options.assumptions = assumption_choices(assumptions);
  return std::make_shared<SimulationHandle>(std::move(loaded), options);
}

py::object run_replicate(SimulationHandle& handle, std::uint32_t replicate,
                         const py::object& as_frame) {
  const Simulation& simulation = handle.simulation;
  std::vector<double> record(simulation.record_size());
  {
    const py::gil_scoped_release release;
    simulation.run_replicate(replicate, record, nullptr);
  }
  const auto outcomes = static_cast<py::ssize_t>(simulation.outcomes().size());
  return year_table(owned_array(std::move(record), {simulation.years(), outcomes}), handle.labels,
                    as_frame);
}

py::array_t<double> run_replicates(SimulationHandle& handle, const py::object& progress) {
  const Simulation& simulation = handle.simulation;
  ProgressBridge bridge(progress);
  std::vector<double> records = bridge.run([&] {
    return run_records(simulation, [&bridge](int done, int total) {
      bridge.update(static_cast<std::uint64_t>(done), static_cast<std::uint64_t>(total));
    });
  });
  return owned_array(std::move(records), {simulation.options().replicates, simulation.years(),
                                          static_cast<py::ssize_t>(simulation.outcomes().size())});
}

// run_replicates()'s records in long form: one row per (replicate, year, outcome, subject).
py::object long_table(SimulationHandle& handle, py::object records, const py::object& as_frame) {
  if (records.is_none()) records = run_replicates(handle, py::none());
  const py::module_ np = py::module_::import("numpy");
  const auto array = np.attr("asarray")(records, py::arg("dtype") = "float64").cast<py::array>();
  const auto years = static_cast<py::ssize_t>(handle.simulation.years());
  const auto outcomes = static_cast<py::ssize_t>(handle.simulation.outcomes().size());
  if (array.ndim() != 3 || array.shape(1) != years || array.shape(2) != outcomes) {
    throw py::value_error(
        fmt::format("records: expected run_replicates()'s shape (replicates, {}, {}), got another",
                    years, outcomes));
  }
  const py::ssize_t replicates = array.shape(0);
  py::list names;
  py::list subjects;
  for (const auto& [name, subject] : handle.labels.columns()) {
    names.append(name);
    subjects.append(subject);
  }
  const py::object columns = np.attr("arange")(outcomes);
  const py::object codes = np.attr("tile")(columns, replicates * years);
  py::dict table;
  table["replicate"] = np.attr("repeat")(np.attr("arange")(replicates), years * outcomes);
  table["year"] =
      np.attr("tile")(np.attr("repeat")(handle.labels.year_array(), outcomes), replicates);
  table["outcome"] = np.attr("array")(names, py::arg("dtype") = "object")[codes];
  table["subject"] = np.attr("array")(subjects, py::arg("dtype") = "object")[codes];
  table["value"] = array.attr("reshape")(-1);
  return column_table(table, as_frame);
}

std::shared_ptr<SummaryHandle> run(SimulationHandle& handle, const py::object& progress) {
  ProgressBridge bridge(progress);
  Summary summary = bridge.run([&] {
    return run_ensemble(
        handle.simulation, handle.loaded->scenario.name,
        [&bridge](int done, int total) {
          bridge.update(static_cast<std::uint64_t>(done), static_cast<std::uint64_t>(total));
        },
        [&bridge] { bridge.check_interrupt(); });
  });
  summary.set_sources(handle.loaded->path, handle.loaded->overlays);
  return std::make_shared<SummaryHandle>(std::move(summary));
}

std::string narrative(const SimulationHandle& handle, std::uint32_t replicate) {
  const Simulation& simulation = handle.simulation;
  std::vector<double> record(simulation.record_size());
  Trace trace;
  const py::gil_scoped_release release;
  simulation.run_replicate(replicate, record, &trace);
  return format_narrative(trace);
}

}  // namespace

SimulationHandle::SimulationHandle(std::shared_ptr<LoadedScenario> scenario,
                                   const RunOptions& options)
    : loaded(std::move(scenario)),
      simulation(loaded->scenario, options),
      labels(labels_of(simulation)) {}

void bind_simulation(py::module_& m) {
  py::class_<SimulationHandle, std::shared_ptr<SimulationHandle>>(
      m, "Simulation",
      "A scenario compiled for one set of choices: the seed, the number of replicates and threads, "
      "the levers pulled and their intensity, the views of contested assumptions, the years. "
      "Immutable; every replicate is a pure function of the seed and its number, so results do not "
      "depend on the threads and equal the command line's for the same choices.")
      .def(py::init(&make_simulation), py::arg("scenario"), py::kw_only(), py::arg("seed") = 2025,
           py::arg("replicates") = 1000, py::arg("threads") = 1, py::arg("levers") = py::none(),
           py::arg("assumptions") = py::none(), py::arg("from_year") = py::none(),
           py::arg("to_year") = py::none(), py::arg("sample_uncertainty") = false,
           py::arg("parameters") = py::none(), py::arg("world") = py::none(),
           "levers: {name: intensity in [0, 1]} or [\"name\", \"name=0.5\"] (umbrella run "
           "--lever); assumptions: {name: view} or [\"name=view\"] (--assume); from_year and "
           "to_year: the years recorded (default: the scenario's); sample_uncertainty: draw every "
           "uncertain number per replicate (--sample-uncertainty). parameters: {\"crisis.eruption."
           "doubt\": 0.3, ...}, each parameter's value as an overlay's `parameters: {NAME: {value: "
           "X}}` sets it (its range and source stay); world: {\"states.KOR.latency\": 0.7, ...}, "
           "numbers of the World's states, alliances (USA-JPN), rivalries (KOR-PRK) and "
           "flashpoints (CHN-TWN) as an overlay's entry for that object sets them. The scenario "
           "is loaded again from its files with these as one more overlay, so the results equal "
           "`umbrella run FILE --overlay` of that overlay. Raises UsageError for an unknown lever, "
           "view, parameter or World key, an intensity outside [0, 1], a number outside its "
           "bounds or its scenario range, NaN, or a value for a parameter an assumption view "
           "sets (choose the view with assumptions= instead).")
      .def_property_readonly(
          "scenario", [](const SimulationHandle& h) { return h.loaded; },
          "The Scenario it runs (with the parameters and world overrides, if any).")
      .def_property_readonly(
          "parameters",
          [](const SimulationHandle& h) { return settings_dict(h.loaded->overrides.parameters); },
          "The parameters overridden: {name: value}.")
      .def_property_readonly(
          "world",
          [](const SimulationHandle& h) { return settings_dict(h.loaded->overrides.world); },
          "The World numbers overridden: {key: value}.")
      .def_property_readonly("seed",
                             [](const SimulationHandle& h) { return h.simulation.options().seed; })
      .def_property_readonly(
          "replicates", [](const SimulationHandle& h) { return h.simulation.options().replicates; })
      .def_property_readonly(
          "threads", [](const SimulationHandle& h) { return h.simulation.options().threads; })
      .def_property_readonly(
          "levers",
          [](const SimulationHandle& h) {
            std::map<std::string, double> levers;
            for (const LeverSetting& l : h.simulation.options().levers)
              levers[l.name] = l.intensity;
            return levers;
          },
          "The levers pulled: {name: intensity}.")
      .def_property_readonly(
          "years", [](SimulationHandle& h) { return h.labels.year_array(); },
          "The recorded years, first to last.")
      .def_property_readonly(
          "columns", [](const SimulationHandle& h) { return h.labels.columns(); },
          "The outcomes recorded each year, as (outcome, subject) pairs in record order "
          "(docs/outputs.md#outcomes).")
      .def(
          "outcome_index",
          [](const SimulationHandle& h, const std::string& outcome, const std::string& subject) {
            return h.simulation.find_outcome(outcome, subject);
          },
          py::arg("outcome"), py::arg("subject"),
          "The position of (outcome, subject) in columns, and in the last axis of "
          "run_replicates(); IndexError if it is not recorded.")
      .def("run_replicate", &run_replicate, py::arg("replicate") = 0, py::kw_only(),
           py::arg("as_frame") = py::none(),
           "Runs one replicate (the GIL released) and returns its outcomes year by year: a pandas "
           "DataFrame indexed by year with (outcome, subject) columns, or without pandas (or with "
           "as_frame=False) a dict {\"year\": years, (outcome, subject): values}. Both view one "
           "numpy array of the record, without copying it.")
      .def("run_replicates", &run_replicates, py::kw_only(), py::arg("progress") = py::none(),
           "Runs every replicate on the simulation's threads, the GIL released, and returns their "
           "records as one numpy array of shape (replicates, years, outcomes), the memory the "
           "library wrote (not a copy). progress(done, total) is called from time to time; an "
           "exception it raises, or Ctrl-C, stops the run and is raised here.")
      .def(
          "run", &run, py::kw_only(), py::arg("progress") = py::none(),
          "Runs every replicate and aggregates them as `umbrella run` does: a Summary equal to the "
          "command line's summary.json for the same scenario, options and seed. progress as for "
          "run_replicates.")
      .def("long_table", &long_table, py::arg("records") = py::none(), py::kw_only(),
           py::arg("as_frame") = py::none(),
           "Replicates' records in long form, one row per (replicate, year, outcome, subject) "
           "with its value, for seaborn or a groupby: `records` is run_replicates()'s array (run "
           "now when None). Columns replicate, year, outcome, subject, value. As a dict "
           "(as_frame=False) the values are a view of the records; a DataFrame copies them "
           "into its own block, and every row costs about 40 bytes of labels.")
      .def("narrative", &narrative, py::arg("replicate") = 0,
           "One replicate told as dated lines, as `umbrella explain` tells it.")
      .def("__repr__", [](const SimulationHandle& h) {
        return "<umbrella.Simulation " + h.loaded->scenario.name + " seed " +
               std::to_string(h.simulation.options().seed) + ", " +
               std::to_string(h.simulation.options().replicates) + " replicates>";
      });
}

}  // namespace umbrella::python
