// The checks that need every file merged: an override may change either side of a constraint.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "scenario/sections.h"

namespace umbrella {
namespace {

// Something no file defines is reported at the start of the file that was asked for.
SourceLocation start_of(const std::string& file) {
  return SourceLocation{file, 1, 1};
}

std::string pair_name(const World& world, StateId first, StateId second) {
  return world.states[first].code + "-" + world.states[second].code;
}

void check_header(const Draft& draft, const std::string& top_file) {
  const std::pair<const std::optional<SourceLocation>&, const char*> required[] = {
      {draft.name_where, "name"},
      {draft.start_where, "start"},
      {draft.end_where, "end"},
      {draft.patron_where, "patron"}};
  for (const auto& [where, key] : required) {
    if (!where) {
      throw InputError(start_of(top_file), "scenario",
                       fmt::format("missing required key '{}' (no file gives it)", key));
    }
  }
  const Scenario& scenario = draft.scenario;
  if (scenario.end_year <= scenario.start_year) {
    throw InputError(*draft.end_where, "scenario.end",
                     fmt::format("expected a year after scenario.start ({}), got {}",
                                 scenario.start_year, scenario.end_year));
  }
}

void check_states(const Draft& draft) {
  const World& world = draft.scenario.world;
  for (std::size_t i = 0; i < world.states.size(); ++i) {
    const State& state = world.states[i];
    const std::string field = indexed("states", state.code);
    if (state.stage == Stage::acquired && state.arsenal.total() <= 0.0) {
      throw InputError(draft.state_where[i], field + ".stage",
                       "expected an arsenal with warheads for stage acquired, got none");
    }
    if (state.npt == NptStatus::weapon_state && state.stage != Stage::acquired) {
      throw InputError(draft.state_where[i], field + ".npt",
                       std::string("expected a nuclear-armed state (stage acquired) for npt "
                                   "weapon_state, got stage ") +
                           name(state.stage));
    }
  }
}

// Whether two periods share a moment; an open side reaches to the end of time.
bool overlap(const Period& a, const Period& b) {
  const bool a_before_b_ends = !b.ends() || !a.starts() || a.from < b.until;
  const bool b_before_a_ends = !a.ends() || !b.starts() || b.from < a.until;
  return a_before_b_ends && b_before_a_ends;
}

void check_alliances(const Draft& draft) {
  const World& world = draft.scenario.world;
  std::vector<std::size_t> primaries;
  for (std::size_t i = 0; i < world.alliances.size(); ++i) {
    const Alliance& alliance = world.alliances[i];
    const std::string field =
        indexed("alliances", pair_name(world, alliance.patron, alliance.ally));
    const State& patron = world.states[alliance.patron];
    // A dated alliance needs a patron armed when it begins (a path with warheads by then).
    if (!holds_weapons(world, alliance.patron, alliance.period.from)) {
      throw InputError(draft.alliance_where[i], field + ".patron",
                       "expected a nuclear-armed patron (stage acquired), got " + patron.code +
                           " at stage " + name(patron.stage));
    }
    if (!alliance.primary) continue;
    // One primary patron at a time: a dated alliance may follow another (Poland: Soviet, then
    // American).
    auto overlapping = std::find_if(primaries.begin(), primaries.end(), [&](std::size_t j) {
      const Alliance& other = world.alliances[j];
      return other.ally == alliance.ally && overlap(other.period, alliance.period);
    });
    if (overlapping != primaries.end()) {
      const Alliance& other = world.alliances[*overlapping];
      throw InputError(
          draft.alliance_where[i], field + ".primary",
          fmt::format("expected one primary patron of {}, got a second: alliances[{}] at {} is "
                      "primary too (set primary: false on one)",
                      world.states[alliance.ally].code, pair_name(world, other.patron, other.ally),
                      to_string(draft.alliance_where[*overlapping])));
    }
    primaries.push_back(i);
  }
}

void check_flashpoints(const Draft& draft) {
  const World& world = draft.scenario.world;
  for (std::size_t i = 0; i < world.flashpoints.size(); ++i) {
    const Flashpoint& flashpoint = world.flashpoints[i];
    const std::string field = indexed("flashpoints", flashpoint.id);
    if (flashpoint.adversary == flashpoint.ally || flashpoint.adversary == flashpoint.patron) {
      throw InputError(draft.flashpoint_where[i], field + ".adversary",
                       "expected an adversary other than the ally and the patron, got " +
                           world.states[flashpoint.adversary].code);
    }
    if (find_alliance(world, flashpoint.patron, flashpoint.ally) < 0) {
      throw InputError(draft.flashpoint_where[i], field,
                       "expected an alliance " +
                           pair_name(world, flashpoint.patron, flashpoint.ally) +
                           " (patron-ally) listed under alliances, got none");
    }
  }
}

// A crisis climbs the ladder: a run would meet a flashpoint's first crisis without one.
void check_ladder_for_crises(const Draft& draft) {
  const World& world = draft.scenario.world;
  if (world.flashpoints.empty() || world.ladder.defined()) return;
  throw InputError(draft.flashpoint_where.front(),
                   indexed("flashpoints", world.flashpoints.front().id),
                   "expected a ladder for its crises to climb (the baseline includes "
                   "scenarios/ladder-kahn.yaml), got none");
}

// `from` and `until` may come from different files, so they are compared once all are merged.
void check_period(const Period& period, const SourceLocation& where, const std::string& field) {
  if (period.starts() && period.ends() && period.until <= period.from) {
    throw InputError(where, field + ".until",
                     "expected a date after from (" + period.from.to_string() + "), got " +
                         period.until.to_string());
  }
}

void check_periods(const Draft& draft) {
  const World& world = draft.scenario.world;
  for (std::size_t i = 0; i < world.states.size(); ++i) {
    check_period(world.states[i].period, draft.state_where[i],
                 indexed("states", world.states[i].code));
  }
  for (std::size_t i = 0; i < world.alliances.size(); ++i) {
    const Alliance& alliance = world.alliances[i];
    check_period(alliance.period, draft.alliance_where[i],
                 indexed("alliances", pair_name(world, alliance.patron, alliance.ally)));
  }
  for (std::size_t i = 0; i < world.rivalries.size(); ++i) {
    const Rivalry& rivalry = world.rivalries[i];
    check_period(rivalry.period, draft.rivalry_where[i],
                 indexed("rivalries", pair_name(world, rivalry.state, rivalry.adversary)));
  }
}

void check_treaties(const Draft& draft) {
  const World& world = draft.scenario.world;
  for (std::size_t i = 0; i < world.treaties.size(); ++i) {
    const Treaty& treaty = world.treaties[i];
    const bool open_ended = treaty.expires.year == 0;
    if (!open_ended && treaty.expires <= treaty.in_force) {
      throw InputError(draft.treaty_where[i], indexed("treaties", treaty.id) + ".expires",
                       "expected a date after in_force (" + treaty.in_force.to_string() +
                           "), got " + treaty.expires.to_string());
    }
  }
}

// A view of an assumption gives the values of the parameters it sets, whichever view is chosen,
// so a value of their own, in any file, would never be used.
void check_no_value_under_a_view(const Draft& draft) {
  for (const Assumption& assumption : draft.scenario.assumptions) {
    for (const AssumptionView& view : assumption.views) {
      for (const ParameterOverride& o : view.set) {
        const auto& where = draft.value_where[static_cast<std::size_t>(o.param)];
        if (!where) continue;
        throw InputError(
            *where, indexed("parameters", std::string(info(o.param).name)) + ".value",
            fmt::format("expected no value for a parameter an assumption sets, got one: the "
                        "assumption {} sets it in its view {}; choose a view with use: or "
                        "--assume instead",
                        assumption.name, view.name));
      }
    }
  }
}

// The range of a parameter an assumption sets spans its views' values.
void check_views_inside_ranges(const Draft& draft) {
  for (const Assumption& assumption : draft.scenario.assumptions) {
    for (const AssumptionView& view : assumption.views) {
      for (const ParameterOverride& o : view.set) {
        const ParamSpec& spec = draft.scenario.parameters[static_cast<std::size_t>(o.param)];
        const Distribution& range = spec.uncertainty;
        if (!spec.defined || (o.value >= range.lower && o.value <= range.upper)) continue;
        const std::string name = info(o.param).name;
        throw InputError(
            o.where,
            indexed(indexed(indexed("assumptions", assumption.name) + ".views", view.name) + ".set",
                    name),
            fmt::format("expected a value inside the range [{}, {}] of parameters[{}] ({}), "
                        "got {}",
                        format_number(range.lower), format_number(range.upper), name,
                        to_string(spec.where), format_number(o.value)));
      }
    }
  }
}

// A parameter without a value of its own takes the value of the view in force of the
// assumption that sets it, so that the scenario's spec reads as the run does.
void take_values_from_views(Draft& draft) {
  std::set<ParamId> set_by_views;
  for (const Assumption& assumption : draft.scenario.assumptions) {
    for (const ParameterOverride& o : assumption.views.front().set) set_by_views.insert(o.param);
  }
  const Parameters in_force = draft.scenario.parameter_values();
  for (std::size_t i = 0; i < kParamCount; ++i) {
    const auto id = static_cast<ParamId>(i);
    ParamSpec& spec = draft.scenario.parameters[i];
    if (!spec.defined || draft.parameter_parts[i].value) continue;
    if (!set_by_views.contains(id)) {
      throw InputError(spec.where, indexed("parameters", info(id).name),
                       "expected a value (no assumption view sets this parameter), got none");
    }
    spec.value = in_force[id];
  }
}

void check_parameters(const Draft& draft, const std::string& top_file) {
  for (std::size_t i = 0; i < kParamCount; ++i) {
    if (draft.scenario.parameters[i].defined) continue;
    throw InputError(start_of(top_file), indexed("parameters", info(static_cast<ParamId>(i)).name),
                     "expected a definition (value and source) in some file, got none");
  }
}

}  // namespace

Scenario finish(Draft& draft, const std::string& top_file) {
  check_header(draft, top_file);
  check_states(draft);
  check_alliances(draft);
  check_flashpoints(draft);
  check_treaties(draft);
  check_no_value_under_a_view(draft);
  check_views_inside_ranges(draft);
  take_values_from_views(draft);
  check_periods(draft);
  // Last, so that a file still missing parameters reports its other errors first.
  check_parameters(draft, top_file);
  check_ladder_for_crises(draft);
  std::vector<Event>& timeline = draft.scenario.timeline;
  std::stable_sort(timeline.begin(), timeline.end(),
                   [](const Event& a, const Event& b) { return a.date < b.date; });
  return std::move(draft.scenario);
}

}  // namespace umbrella
