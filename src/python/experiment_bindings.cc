// Experiments: load and run an experiment file into a results store (`umbrella experiment`), read
// a store back and compare its policies on paired runs (`umbrella compare`).
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <algorithm>
#include <filesystem>
#include <mutex>

#include "experiment/paired_comparison.h"
#include "experiment/results_store.h"
#include "experiment/runner.h"
#include "experiment/sample_means.h"
#include "python/arrays.h"
#include "python/bindings.h"
#include "python/open_results.h"
#include "python/progress_bridge.h"
#include "report/html.h"

namespace umbrella::python {
namespace {

namespace ex = umbrella::experiment;

std::shared_ptr<ex::Experiment> load(const std::filesystem::path& file) {
  const py::gil_scoped_release release;
  return std::make_shared<ex::Experiment>(ex::load_experiment(file.string()));
}

ex::RunnerReport run_experiment(const py::object& experiment_or_file,
                                const std::filesystem::path& out, int threads, bool resume,
                                std::uint64_t chunk_runs, const py::object& progress) {
  if (threads < 1) throw py::value_error("threads must be at least 1");
  const std::shared_ptr<ex::Experiment> experiment =
      py::isinstance<ex::Experiment>(experiment_or_file)
          ? experiment_or_file.cast<std::shared_ptr<ex::Experiment>>()
          : load(path_argument(experiment_or_file, "experiment",
                               "an umbrella.Experiment or a path to an experiment file"));
  ProgressBridge bridge(progress);
  ex::RunnerOptions options;
  options.threads = threads;
  options.resume = resume;
  options.chunk_runs = chunk_runs;
  // The command line's version: either front resumes the other's store.
  options.program_version = UMBRELLA_VERSION;
  options.progress = [&bridge](std::uint64_t done, std::uint64_t total) {
    bridge.update(done, total);
  };
  return bridge.run([&] {
    const ex::Plan plan(*experiment);
    return ex::run_experiment(plan, out, options);
  });
}

std::shared_ptr<OpenResults> open_results(const std::filesystem::path& folder) {
  const py::gil_scoped_release release;
  return std::make_shared<OpenResults>(folder);
}

std::size_t policy_index(const ex::StoredExperiment& stored, const std::string& policy) {
  const auto it = std::find(stored.policies.begin(), stored.policies.end(), policy);
  if (it == stored.policies.end()) throw py::key_error("no policy named '" + policy + "'");
  return static_cast<std::size_t>(it - stored.policies.begin());
}

py::object runs(OpenResults& results, const std::string& policy, const py::object& as_frame) {
  const std::size_t index = policy_index(results.stored, policy);
  std::vector<std::uint32_t> samples;
  std::vector<std::uint32_t> replicates;
  std::vector<double> values;
  {
    const py::gil_scoped_release release;
    const std::lock_guard lock(results.mutex);
    ex::ResultsStore::Runs rows(results.store, index);
    while (rows.next()) {
      samples.push_back(rows.sample());
      replicates.push_back(rows.replicate());
      values.insert(values.end(), rows.values().begin(), rows.values().end());
    }
  }
  const auto count = static_cast<py::ssize_t>(samples.size());
  const auto outcomes = static_cast<py::ssize_t>(results.stored.outcomes.size());
  py::array_t<double> matrix = owned_array(std::move(values), {count, outcomes});
  py::array_t<std::uint32_t> sample = owned_array(std::move(samples), {count});
  py::array_t<std::uint32_t> replicate = owned_array(std::move(replicates), {count});
  py::list names;
  for (const ex::StoredOutcome& o : results.stored.outcomes) names.append(o.name);
  if (wants_frame(as_frame)) {
    const py::object run_index =
        pandas()
            .attr("MultiIndex")
            .attr("from_arrays")(py::make_tuple(sample, replicate),
                                 py::arg("names") = py::make_tuple("sample", "replicate"));
    return pandas().attr("DataFrame")(matrix, py::arg("index") = run_index,
                                      py::arg("columns") = names, py::arg("copy") = false);
  }
  py::dict table;
  table["sample"] = sample;
  table["replicate"] = replicate;
  for (py::ssize_t c = 0; c < outcomes; ++c) table[names[c]] = column_view(matrix, c);
  return table;
}

py::object design(const py::object& self, const py::object& as_frame) {
  const ex::StoredExperiment& stored = self.cast<const OpenResults&>().stored;
  const sa::Table& table = stored.design;
  const auto columns = static_cast<py::ssize_t>(table.columns.size());
  py::dict out;
  if (columns == 0) return column_table(out, as_frame);
  const py::array_t<double> values =
      view_array(std::span<const double>(table.values),
                 {static_cast<py::ssize_t>(table.rows()), columns}, self);
  for (py::ssize_t c = 0; c < columns; ++c) {
    out[py::str(table.columns[c])] = column_view(values, c);
  }
  return column_table(out, as_frame);
}

// One policy's rows for to_frames: each row's sample, replicate (none for means) and outcomes.
struct PolicyRows {
  std::vector<std::uint32_t> samples;
  std::vector<std::uint32_t> replicates;
  std::vector<double> values;  // row-major, one column per outcome
};

PolicyRows policy_rows(OpenResults& results, std::size_t policy, bool means) {
  PolicyRows rows;
  if (means) {
    const sa::Table table = ex::sample_means(results.store, results.stored, policy);
    for (std::uint32_t s = 0; s < table.rows(); ++s) rows.samples.push_back(s);
    rows.values = table.values;
    return rows;
  }
  ex::ResultsStore::Runs runs(results.store, policy);
  while (runs.next()) {
    rows.samples.push_back(runs.sample());
    rows.replicates.push_back(runs.replicate());
    rows.values.insert(rows.values.end(), runs.values().begin(), runs.values().end());
  }
  return rows;
}

// The EMA Workbench's (experiments, outcomes) pair: one row per run, policy by policy.
py::tuple to_frames(OpenResults& results, const std::string& replicates,
                    const py::object& as_frame) {
  if (replicates != "mean" && replicates != "all") {
    throw py::value_error("replicates: expected 'mean' or 'all', got '" + replicates + "'");
  }
  const bool means = replicates == "mean";
  const ex::StoredExperiment& stored = results.stored;
  std::vector<PolicyRows> per_policy;
  {
    const py::gil_scoped_release release;
    const std::lock_guard lock(results.mutex);
    for (std::size_t p = 0; p < stored.policies.size(); ++p) {
      per_policy.push_back(policy_rows(results, p, means));
    }
  }
  const std::size_t width = stored.design.columns.size();
  const std::size_t outcome_count = stored.outcomes.size();
  std::vector<std::vector<double>> design(width);
  std::vector<std::uint32_t> sample;
  std::vector<std::uint32_t> replicate;
  std::vector<double> values;
  py::list policy;
  for (std::size_t p = 0; p < per_policy.size(); ++p) {
    const PolicyRows& rows = per_policy[p];
    const py::str name(stored.policies[p]);
    for (std::size_t r = 0; r < rows.samples.size(); ++r) {
      for (std::size_t c = 0; c < width; ++c)
        design[c].push_back(stored.design.at(rows.samples[r], c));
      policy.append(name);
    }
    sample.insert(sample.end(), rows.samples.begin(), rows.samples.end());
    replicate.insert(replicate.end(), rows.replicates.begin(), rows.replicates.end());
    values.insert(values.end(), rows.values.begin(), rows.values.end());
  }
  const auto count = static_cast<py::ssize_t>(sample.size());
  py::dict experiments;
  for (std::size_t c = 0; c < width; ++c) {
    experiments[py::str(stored.design.columns[c])] = owned_array(std::move(design[c]), {count});
  }
  experiments["scenario"] = owned_array(std::move(sample), {count});
  if (!means) experiments["replicate"] = owned_array(std::move(replicate), {count});
  experiments["policy"] =
      py::module_::import("numpy").attr("array")(policy, py::arg("dtype") = "object");
  const py::array_t<double> matrix =
      owned_array(std::move(values), {count, static_cast<py::ssize_t>(outcome_count)});
  py::dict outcomes;
  for (std::size_t o = 0; o < outcome_count; ++o) {
    outcomes[py::str(stored.outcomes[o].name)] = column_view(matrix, static_cast<py::ssize_t>(o));
  }
  return py::make_tuple(column_table(experiments, as_frame), column_table(outcomes, as_frame));
}

std::shared_ptr<ex::Comparison> compare(OpenResults& results, const std::string& baseline,
                                        const std::vector<std::string>& policies,
                                        const std::vector<std::string>& outcomes) {
  const py::gil_scoped_release release;
  const std::lock_guard lock(results.mutex);
  return std::make_shared<ex::Comparison>(ex::select(
      ex::compare_policies(results.store, results.stored, baseline), policies, outcomes));
}

py::object differences(const ex::Comparison& comparison, const py::object& as_frame) {
  py::list policy, outcome, measure;
  std::vector<double> pairs, baseline, policy_mean, difference, low, high;
  for (const ex::PolicyComparison& p : comparison.policies) {
    for (const ex::PairedDifference& d : p.differences) {
      policy.append(p.policy);
      outcome.append(d.outcome);
      measure.append(d.measure);
      pairs.push_back(static_cast<double>(d.pairs));
      baseline.push_back(d.baseline);
      policy_mean.push_back(d.policy);
      difference.push_back(d.difference);
      low.push_back(d.low);
      high.push_back(d.high);
    }
  }
  const auto rows = static_cast<py::ssize_t>(pairs.size());
  py::dict columns;
  columns["policy"] = policy;
  columns["outcome"] = outcome;
  columns["measure"] = measure;
  columns["pairs"] = owned_array(std::move(pairs), {rows}).attr("astype")("int64");
  columns["baseline"] = owned_array(std::move(baseline), {rows});
  columns["policy_mean"] = owned_array(std::move(policy_mean), {rows});
  columns["difference"] = owned_array(std::move(difference), {rows});
  columns["low"] = owned_array(std::move(low), {rows});
  columns["high"] = owned_array(std::move(high), {rows});
  return column_table(columns, as_frame);
}

}  // namespace

void bind_experiment(py::module_& m) {
  py::class_<ex::Experiment, std::shared_ptr<ex::Experiment>>(
      m, "Experiment",
      "An experiment file, loaded and checked against its scenario (docs/experiments.md).")
      .def_readonly("file", &ex::Experiment::file)
      .def_readonly("name", &ex::Experiment::name)
      .def_readonly("description", &ex::Experiment::description)
      .def_property_readonly(
          "policies",
          [](const ex::Experiment& e) {
            py::dict policies;
            for (const ex::Policy& p : e.policies) {
              py::dict levers;
              for (const LeverSetting& l : p.levers) levers[py::str(l.name)] = l.intensity;
              policies[py::str(p.name)] = levers;
            }
            return policies;
          },
          "{policy: {lever: intensity}}, the baseline first.")
      .def_property_readonly(
          "outcomes",
          [](const ex::Experiment& e) {
            py::dict outcomes;
            for (const ex::OutcomeSpec& o : e.outcomes) outcomes[py::str(o.name)] = o.describe();
            return outcomes;
          },
          "{outcome: what it records}.")
      .def_property_readonly(
          "sampler", [](const ex::Experiment& e) { return std::string(sa::name(e.sampler)); })
      .def_readonly("samples", &ex::Experiment::samples)
      .def_readonly("replicates", &ex::Experiment::replicates)
      .def_readonly("seed", &ex::Experiment::seed)
      .def("__repr__",
           [](const ex::Experiment& e) { return "<umbrella.Experiment " + e.name + ">"; });

  m.def("load_experiment", &load, py::arg("file"),
        "Reads and checks an experiment file and the scenario it names. InputError naming "
        "file:line:column, the field and what was expected.");

  py::class_<ex::RunnerReport>(m, "ExperimentRun", "What run_experiment did.")
      .def_readonly("resumed", &ex::RunnerReport::resumed, "An existing store was continued.")
      .def_readonly("chunks", &ex::RunnerReport::chunks)
      .def_readonly("chunks_before", &ex::RunnerReport::chunks_before,
                    "Chunks already committed when a resumed run started.")
      .def_readonly("runs", &ex::RunnerReport::runs)
      .def_readonly("runs_now", &ex::RunnerReport::runs_now, "Runs made in this call.")
      .def_property_readonly(
          "written", [](const ex::RunnerReport& r) { return names_of(r.written, path_text); },
          "The files written: the store, runs.csv, design.csv, each policy's summary.json.")
      .def("__repr__", [](const ex::RunnerReport& r) {
        return fmt::format("<umbrella.ExperimentRun {} runs ({} now) in {} chunks{}>", r.runs,
                           r.runs_now, r.chunks, r.resumed ? ", resumed" : "");
      });

  m.def("run_experiment", &run_experiment, py::arg("experiment"), py::arg("out"), py::kw_only(),
        py::arg("threads") = 1, py::arg("resume") = false, py::arg("chunk_runs") = 0,
        py::arg("progress") = py::none(),
        "Runs an Experiment (or the experiment file at a path) into the folder `out`, as "
        "`umbrella experiment --out` does, the GIL released: results.sqlite, runs.csv, design.csv "
        "and each policy's summary.json, byte for byte the command line's. resume=True continues "
        "a store after an interruption; an existing store is refused otherwise (UsageError). "
        "progress(done, total) is called from time to time; an exception it raises, or Ctrl-C, "
        "stops the run with the committed chunks kept, so that resume=True continues it.");

  py::class_<ex::PairedDifference>(m, "PairedDifference",
                                   "One outcome of a policy against the baseline.")
      .def_readonly("outcome", &ex::PairedDifference::outcome)
      .def_readonly("measure", &ex::PairedDifference::measure,
                    "\"\", or \"share\" or \"year\" for a first_year outcome.")
      .def_readonly("pairs", &ex::PairedDifference::pairs)
      .def_readonly("baseline", &ex::PairedDifference::baseline, "The mean under the baseline.")
      .def_readonly("policy", &ex::PairedDifference::policy, "The mean under the policy.")
      .def_readonly("difference", &ex::PairedDifference::difference)
      .def_readonly("low", &ex::PairedDifference::low, "The 95% interval's low end.")
      .def_readonly("high", &ex::PairedDifference::high, "The 95% interval's high end.")
      .def("__repr__", [](const ex::PairedDifference& d) {
        return fmt::format(
            "<umbrella.PairedDifference {}{}: {:+.4f} [{:+.4f}, {:+.4f}] over {} "
            "pairs>",
            d.outcome, d.measure.empty() ? "" : " (" + d.measure + ")", d.difference, d.low, d.high,
            d.pairs);
      });

  py::class_<ex::Comparison, std::shared_ptr<ex::Comparison>>(
      m, "Comparison",
      "Each policy against the baseline on paired runs (same sample, same replicate: common "
      "random numbers), as `umbrella compare` reports it.")
      .def_readonly("experiment", &ex::Comparison::experiment)
      .def_readonly("baseline", &ex::Comparison::baseline)
      .def_readonly("pairs", &ex::Comparison::pairs)
      .def_property_readonly(
          "policies",
          [](const ex::Comparison& c) {
            return names_of(c.policies, &ex::PolicyComparison::policy);
          },
          "Every policy compared with the baseline (the baseline itself is not).")
      .def(
          "get",
          [](const ex::Comparison& c, const std::string& policy, const std::string& outcome,
             const std::string& measure) {
            for (const ex::PolicyComparison& p : c.policies) {
              if (p.policy != policy) continue;
              for (const ex::PairedDifference& d : p.differences) {
                if (d.outcome == outcome && d.measure == measure) return d;
              }
            }
            throw py::key_error("no outcome '" + outcome + "' of policy '" + policy + "'");
          },
          py::arg("policy"), py::arg("outcome"), py::arg("measure") = "",
          "The PairedDifference of one policy and outcome; KeyError if absent.")
      .def("differences", &differences, py::kw_only(), py::arg("as_frame") = py::none(),
           "One row per policy and outcome: policy, outcome, measure, pairs, baseline, "
           "policy_mean, difference, low, high; a DataFrame, or a dict of columns.")
      .def(
          "to_json", [](const ex::Comparison& c) { return ex::to_json(c).dump(2); },
          "The JSON of `umbrella compare --json`.")
      .def(
          "table", [](const ex::Comparison& c, bool wide) { return ex::to_table(c, wide); },
          py::kw_only(), py::arg("wide") = false, "The table `umbrella compare` prints.")
      .def("__repr__",
           [](const ex::Comparison& c) {
             return fmt::format(
                 "<umbrella.Comparison {}: {} against {}, {} pairs>", c.experiment,
                 fmt::join(names_of(c.policies, &ex::PolicyComparison::policy), ", "), c.baseline,
                 c.pairs);
           })
      .def(
          "_repr_html_",
          [](const ex::Comparison& c) {
            return "<pre>" + report::escape_html(ex::to_table(c, true)) + "</pre>";
          },
          "The wide table, for notebooks.");

  py::class_<ex::StoredOutcome>(m, "StoredOutcome", "An outcome an experiment recorded.")
      .def_readonly("name", &ex::StoredOutcome::name)
      .def_readonly("description", &ex::StoredOutcome::description)
      .def_property_readonly(
          "reduction",
          [](const ex::StoredOutcome& o) { return std::string(ex::name(o.reduction)); },
          "value, first_year, max or mean.")
      .def("__repr__", [](const ex::StoredOutcome& o) {
        return "<umbrella.StoredOutcome " + o.name + ": " + o.description + ">";
      });

  py::class_<OpenResults, std::shared_ptr<OpenResults>>(
      m, "Results", "An experiment's results store, DIR/results.sqlite, opened for reading.")
      .def_property_readonly("folder", [](const OpenResults& r) { return r.dir.string(); })
      .def_property_readonly("name", [](const OpenResults& r) { return r.stored.name; })
      .def_property_readonly(
          "sampler", [](const OpenResults& r) { return std::string(sa::name(r.stored.sampler)); })
      .def_property_readonly("samples", [](const OpenResults& r) { return r.stored.samples; })
      .def_property_readonly("design_rows",
                             [](const OpenResults& r) { return r.stored.design_rows; })
      .def_property_readonly("replicates", [](const OpenResults& r) { return r.stored.replicates; })
      .def_property_readonly(
          "policies", [](const OpenResults& r) { return r.stored.policies; },
          "The policies, the baseline first.")
      .def_property_readonly("outcomes", [](const OpenResults& r) { return r.stored.outcomes; })
      .def_property_readonly(
          "uncertainties", [](const OpenResults& r) { return r.stored.uncertainties.names(); },
          "The uncertain parameters the design varies, in design column order.")
      .def_property_readonly("chunks", [](const OpenResults& r) { return r.stored.chunks; })
      .def_property_readonly("committed_chunks",
                             [](const OpenResults& r) { return r.stored.committed_chunks; })
      .def_property_readonly(
          "finished",
          [](const OpenResults& r) { return r.stored.committed_chunks == r.stored.chunks; },
          "Every chunk is committed (false after an interruption: resume it).")
      .def("design", &design, py::kw_only(), py::arg("as_frame") = py::none(),
           "The design: one row per sample, one column per uncertainty; read-only views of the "
           "store's numbers.")
      .def("runs", &runs, py::arg("policy"), py::kw_only(), py::arg("as_frame") = py::none(),
           "Every committed run of one policy, in (sample, replicate) order, with one value per "
           "outcome (NaN for a first year that never came): a DataFrame indexed by (sample, "
           "replicate), or a dict {\"sample\", \"replicate\", outcome: values}; the values are "
           "one numpy array read from the store, not copied again.")
      .def("to_frames", &to_frames, py::kw_only(), py::arg("replicates") = "mean",
           py::arg("as_frame") = py::none(),
           "The results in the EMA Workbench's shape, (experiments, outcomes), one row per run in "
           "the same order, policy by policy (the baseline first), then sample by sample. "
           "experiments: the design's uncertainty values, `scenario` (the sample, the design's "
           "row), `policy` (its name) and, with replicates=\"all\", `replicate`; outcomes: one "
           "column per outcome. replicates=\"mean\" (default) gives one row per (sample, policy) "
           "with each outcome's mean over the replicates, the numbers `umbrella sensitivity` and "
           "`discover` analyse (a first_year outcome as the share of replicates where it came; "
           "UsageError until every run is in); \"all\" one row per committed run (NaN for a "
           "first year that never came). The store keeps one number per run and outcome, not the "
           "yearly series: for those run a Simulation. DataFrames, or dicts of numpy columns.")
      .def("compare", &compare, py::arg("baseline") = std::string(ex::kBaselinePolicy),
           py::kw_only(), py::arg("policies") = std::vector<std::string>{},
           py::arg("outcomes") = std::vector<std::string>{},
           "Each policy but `baseline` against it on the paired runs committed so far; only "
           "`policies` and the outcomes whose names contain one of `outcomes` when given.")
      .def("__repr__", [](const OpenResults& r) {
        return "<umbrella.Results " + r.stored.name + " in " + r.dir.string() + ">";
      });

  m.def("open_results", &open_results, py::arg("folder"),
        "Opens the results store an experiment wrote in `folder` (folder/results.sqlite). "
        "UsageError when there is none.");
}

}  // namespace umbrella::python
