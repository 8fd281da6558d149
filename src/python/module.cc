// The Python module `umbrella` (docs/python.md): the library the command line uses, for notebooks.
// Every computation is the library's; this front converts arguments and results, releases the GIL
// around long calls and gives numpy the library's buffers without copying them.
#include "python/bindings.h"

PYBIND11_MODULE(umbrella, m) {
  m.doc() =
      "umbrella: extended deterrence, allied proliferation, the NPT regime and crises.\n\n"
      "The library behind the `umbrella` command line: load_scenario, Simulation (run one "
      "replicate, all of them, or the aggregate summary), Simulation.solve_crisis, "
      "run_experiment, open_results (read a store, compare policies), solve_game and "
      "write_report. Results equal the command line's for the same inputs and seed. See "
      "docs/python.md.";
  m.attr("__version__") = UMBRELLA_VERSION;
  umbrella::python::bind_errors(m);
  umbrella::python::bind_scenario(m);
  umbrella::python::bind_summary(m);
  umbrella::python::bind_simulation(m);
  umbrella::python::bind_game(m);
  umbrella::python::bind_crisis(m);
  umbrella::python::bind_experiment(m);
  umbrella::python::bind_analysis(m);
  umbrella::python::bind_report(m);
}
