// Simulation.solve_crisis: one flashpoint's crisis game built from a replicate's World at the
// start of a year and solved exactly, as `umbrella crisis` does.
#include <fmt/format.h>
#include <pybind11/stl.h>

#include "engine/crisis_at.h"
#include "engine/crisis_description.h"
#include "engine/crisis_game.h"
#include "python/bindings.h"
#include "python/handles.h"

namespace umbrella::python {
namespace {

struct SolvedCrisis {
  int year = 0;
  std::uint32_t replicate = 0;
  std::uint64_t seed = 0;
  CrisisSetting setting;
  CrisisEquilibrium equilibrium;
};

const char* kResponses[] = {"concede", "defend", "escalate"};

std::shared_ptr<SolvedCrisis> solve_crisis(const SimulationHandle& handle,
                                           const std::string& flashpoint, int year,
                                           std::uint32_t replicate) {
  auto crisis = std::make_shared<SolvedCrisis>();
  crisis->year = year;
  crisis->replicate = replicate;
  crisis->seed = handle.simulation.options().seed;
  const py::gil_scoped_release release;
  crisis->setting = crisis_setting_at(handle.simulation, flashpoint, year, replicate);
  crisis->equilibrium = solve_crisis_equilibrium(crisis->setting);
  return crisis;
}

std::shared_ptr<LoadedGame> crisis_game(const SolvedCrisis& crisis, int types) {
  auto loaded = std::make_shared<LoadedGame>();
  loaded->game = build_crisis_game(crisis.setting, types);
  return loaded;
}

py::dict highest_groups(const CrisisOutcome& outcome) {
  py::dict groups;
  for (std::size_t g = 1; g < outcome.highest_group.size(); ++g) {
    groups[name(static_cast<LadderGroup>(g))] = outcome.highest_group[g];
  }
  return groups;
}

py::dict responses(const CrisisEquilibrium& eq) {
  py::dict out;
  for (std::size_t t = 0; t < kPatronTypes.size(); ++t) {
    py::dict by_response;
    for (std::size_t r = 0; r < kResponseCount; ++r) {
      by_response[kResponses[r]] = eq.played().respond[t][r];
    }
    out[kPatronTypes[t].label] = by_response;
  }
  return out;
}

py::dict retaliation(const CrisisEquilibrium& eq) {
  py::dict out;
  for (std::size_t t = 0; t < kPatronTypes.size(); ++t) {
    out[kPatronTypes[t].label] = static_cast<bool>(eq.retaliates[t]);
  }
  return out;
}

}  // namespace

void bind_crisis(py::module_& m) {
  py::class_<GroupCost>(m, "GroupCost",
                        "The cost of reaching a group of the ladder, in units of the stakes.")
      .def_readonly("challenger", &GroupCost::challenger, "The side that crosses first.")
      .def_readonly("defender", &GroupCost::defender, "The side it is crossed against.")
      .def("__repr__", [](const GroupCost& c) {
        return fmt::format("<umbrella.GroupCost challenger {:.4g}, defender {:.4g}>", c.challenger,
                           c.defender);
      });

  py::class_<CrisisSetting>(m, "CrisisSetting",
                            "What a crisis game is built from, read off the World "
                            "(docs/model.md#crises).")
      .def_readonly("flashpoint", &CrisisSetting::flashpoint)
      .def_readonly("stakes", &CrisisSetting::stakes)
      .def_readonly("p_tactical", &CrisisSetting::p_tactical,
                    "Prior that the patron is tactically Hard.")
      .def_readonly("p_strategic", &CrisisSetting::p_strategic,
                    "Prior that the patron is strategically Hard.")
      .def_readonly("success_alone", &CrisisSetting::success_alone)
      .def_readonly("success_defended", &CrisisSetting::success_defended)
      .def_readonly("success_theater", &CrisisSetting::success_theater)
      .def_readonly("ally_value", &CrisisSetting::ally_value)
      .def_readonly("ally_resists", &CrisisSetting::ally_resists)
      .def_readonly("conventional", &CrisisSetting::conventional)
      .def_readonly("limited_nuclear", &CrisisSetting::limited_nuclear)
      .def_readonly("theater_war", &CrisisSetting::theater_war)
      .def_readonly("strategic", &CrisisSetting::strategic)
      .def_readonly("limited_loss_of_control", &CrisisSetting::limited_loss_of_control)
      .def_readonly("loss_of_control", &CrisisSetting::loss_of_control)
      .def_readonly("brink_risk", &CrisisSetting::brink_risk)
      .def_readonly("threat_cost", &CrisisSetting::threat_cost)
      .def_readonly("resolve_margin", &CrisisSetting::resolve_margin)
      .def_readonly("resolve_dispersion", &CrisisSetting::resolve_dispersion)
      .def("__repr__", [](const CrisisSetting& s) {
        return fmt::format("<umbrella.CrisisSetting {}: stakes {:.3f}, p_tactical {:.3f}>",
                           s.flashpoint, s.stakes, s.p_tactical);
      });

  py::class_<CrisisOutcome>(m, "CrisisOutcome", "The consequences of a crisis, given it erupted.")
      .def_readonly("p_invasion", &CrisisOutcome::p_invasion)
      .def_readonly("p_coercion", &CrisisOutcome::p_coercion)
      .def_readonly("p_nuclear_use", &CrisisOutcome::p_nuclear_use)
      .def_readonly("p_invasion_success", &CrisisOutcome::p_invasion_success)
      .def_readonly("p_strategic_exchange", &CrisisOutcome::p_strategic_exchange)
      .def_readonly("p_threat", &CrisisOutcome::p_threat,
                    "P(the challenger invades under a nuclear threat short of use).")
      .def_property_readonly("highest_group", &highest_groups,
                             "{ladder group: probability that it is the highest reached}.")
      .def("__repr__", [](const CrisisOutcome& o) {
        return fmt::format(
            "<umbrella.CrisisOutcome p_invasion {:.4f}, p_coercion {:.4f}, p_nuclear_use "
            "{:.4f}>",
            o.p_invasion, o.p_coercion, o.p_nuclear_use);
      });

  py::class_<CrisisEquilibrium>(m, "CrisisEquilibrium",
                                "The crisis game's perfect Bayesian equilibrium, solved exactly.")
      .def_readonly("threatens", &CrisisEquilibrium::threatens,
                    "Whether the challenger invades under a nuclear threat short of use (a "
                    "defence then slides into nuclear use with the setting's brink risk).")
      .def_property_readonly("respond", &responses,
                             "{patron type (HH, HS, SH, SS): {concede, defend, escalate: "
                             "probability}}: each type's response to the invasion the challenger "
                             "chooses (under a threat if it threatens).")
      .def_property_readonly("retaliates", &retaliation,
                             "{patron type: whether it retaliates after nuclear use}.")
      .def_property_readonly(
          "coerce", [](const CrisisEquilibrium& eq) { return eq.played().coerce; },
          "The challenger's probability of choosing nuclear coercion after a defence.")
      .def_property_readonly(
          "belief_retaliates",
          [](const CrisisEquilibrium& eq) { return eq.played().belief_retaliates; })
      .def_readonly("coerce_threshold", &CrisisEquilibrium::coerce_threshold)
      .def_readonly("counter_escalates", &CrisisEquilibrium::counter_escalates)
      .def_readonly("continuation", &CrisisEquilibrium::continuation)
      .def_readonly("p_invade", &CrisisEquilibrium::p_invade)
      .def_readonly("outcome", &CrisisEquilibrium::outcome)
      .def("__repr__", [](const CrisisEquilibrium& e) {
        return fmt::format("<umbrella.CrisisEquilibrium p_invade {:.4f}, p_nuclear_use {:.4f}>",
                           e.p_invade, e.outcome.p_nuclear_use);
      });

  py::class_<SolvedCrisis, std::shared_ptr<SolvedCrisis>>(
      m, "Crisis", "One flashpoint's crisis at the start of a year of one replicate, solved.")
      .def_property_readonly("flashpoint",
                             [](const SolvedCrisis& c) { return c.setting.flashpoint; })
      .def_readonly("year", &SolvedCrisis::year)
      .def_readonly("replicate", &SolvedCrisis::replicate)
      .def_readonly("seed", &SolvedCrisis::seed)
      .def_readonly("setting", &SolvedCrisis::setting)
      .def_readonly("equilibrium", &SolvedCrisis::equilibrium)
      .def_property_readonly(
          "outcome", [](const SolvedCrisis& c) { return c.equilibrium.outcome; },
          "The equilibrium's consequences.")
      .def(
          "explain",
          [](const SolvedCrisis& c) { return describe_crisis(c.setting, c.equilibrium); },
          "The setting, why each move is chosen and the outcome, as `umbrella crisis` prints them.")
      .def("game", &crisis_game, py::arg("types") = 5,
           "The crisis as an extensive-form Game with `types` challenger resolve types "
           "(`umbrella crisis --efg`), for solve_game or Game.to_efg.")
      .def("__repr__", [](const SolvedCrisis& c) {
        return "<umbrella.Crisis " + c.setting.flashpoint + " " + std::to_string(c.year) + ">";
      });

  // A method of Simulation (bound before): the crisis of that simulation's seed and levers.
  py::reinterpret_borrow<py::class_<SimulationHandle, std::shared_ptr<SimulationHandle>>>(
      m.attr("Simulation"))
      .def("solve_crisis", &solve_crisis, py::arg("flashpoint"), py::arg("year") = 2030,
           py::arg("replicate") = 0,
           "Builds the crisis game of `flashpoint` (CHN-TWN, ...) from replicate `replicate`'s "
           "World at the start of `year` and solves it exactly, as `umbrella crisis` does. "
           "UsageError for an unknown flashpoint or a year outside the simulated ones.");
}

}  // namespace umbrella::python
