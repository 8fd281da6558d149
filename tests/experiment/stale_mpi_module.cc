// A module in the place of umbrella-mpi.so whose table is not the executable's: what another
// build's module looks like to MpiRanks (experiment_mpi_test).
#include "distributed/mpi_api.h"

namespace {

// No calls: MpiRanks refuses the table on its version before making any.
constexpr UmbrellaMpi stale() {
  UmbrellaMpi table{};
  table.version = umbrella::distributed::kUmbrellaMpiVersion + 1;
  return table;
}

constexpr UmbrellaMpi kStale = stale();

}  // namespace

extern "C" __attribute__((visibility("default"))) const UmbrellaMpi* umbrella_mpi() {
  return &kStale;
}
