// `scenario:`: the scenario's name, time span and principal patron.
#include "scenario/sections.h"

namespace umbrella {

void load_header(const Field& section, Draft& draft) {
  const Map map = section.map({"name", "description", "start", "end", "patron"});
  Scenario& scenario = draft.scenario;
  if (std::optional<Field> name = map.find("name")) {
    scenario.name = name->text();
    draft.name_where = name->location();
  }
  if (std::optional<Field> description = map.find("description")) {
    scenario.description = description->text();
  }
  if (std::optional<Field> start = map.find("start")) {
    scenario.start_year = start->whole_number(limits::kFirstYear, limits::kLastYear);
    draft.start_where = start->location();
  }
  if (std::optional<Field> end = map.find("end")) {
    scenario.end_year = end->whole_number(limits::kFirstYear, limits::kLastYear);
    draft.end_where = end->location();
  }
  if (std::optional<Field> patron = map.find("patron")) {
    scenario.world.principal_patron = resolve_state(scenario.world, *patron);
    draft.patron_where = patron->location();
  }
}

}  // namespace umbrella
