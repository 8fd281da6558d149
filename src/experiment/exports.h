#pragma once
// The files an experiment leaves beside its results store, each written atomically:
// DIR/POLICY/summary.json for every policy in the run's output contract (docs/outputs.md),
// DIR/runs.csv with every run's outcome values, and DIR/design.csv with the design.
#include <filesystem>
#include <vector>

#include "experiment/plan.h"
#include "experiment/policy_aggregate.h"

namespace umbrella::experiment {

// Before any run: refuses exports that could not be written (a file where a policy's folder
// goes, a folder where a file goes), so a failing experiment leaves no half-written output.
void check_export_targets(const Plan& plan, const std::filesystem::path& out_dir);

std::vector<std::filesystem::path> write_exports(const Plan& plan,
                                                 const std::vector<PolicyAggregate>& aggregates,
                                                 const std::filesystem::path& store_file,
                                                 const std::filesystem::path& out_dir, int threads);

}  // namespace umbrella::experiment
