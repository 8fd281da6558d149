#pragma once
// The sections of an experiment file, each read and checked against the scenario by its own
// loader. Internal to the experiment loader.
#include <string>

#include "core/yaml_reader.h"
#include "experiment/experiment.h"

namespace umbrella::experiment {

// `assumptions: {NAME: VIEW, NAME: {views: [VIEW, ...]}}`: views of the scenario's assumptions,
// held fixed or sampled (a sampled one becomes an uncertainty).
void load_assumption_choices(const Field& section, Experiment& experiment);
// `uncertainties: {use_scenario_ranges, parameters}`; needs the assumption choices, because a
// parameter an assumption view sets cannot also vary. Puts the parameters and World numbers
// before the sampled views.
void load_uncertainties(const Field& section, Experiment& experiment);
// `levers:` and `policies:` (either may be absent); the baseline policy comes first.
void load_policies(const std::optional<Field>& levers, const std::optional<Field>& policies,
                   Experiment& experiment);
// `outcomes:`; needs the experiment's years.
void load_outcomes(const Field& section, Experiment& experiment);

}  // namespace umbrella::experiment
