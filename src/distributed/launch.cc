#include "distributed/launch.h"

#include <cstdlib>

#include "core/error.h"
#ifdef UMBRELLA_WITH_MPI
#include "distributed/mpi_ranks.h"
#endif

namespace umbrella::distributed {

bool launched_by_mpi() {
  // Open MPI's mpirun, MPICH's Hydra, and PMIx launchers such as Slurm's srun --mpi=pmix.
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK"}) {
    if (std::getenv(name) != nullptr) return true;
  }
  return false;
}

std::unique_ptr<experiment::Ranks> join_ranks() {
  if (!launched_by_mpi()) return nullptr;
#ifdef UMBRELLA_WITH_MPI
  return std::make_unique<MpiRanks>();
#else
  throw UsageError(
      "started by an MPI launcher, but this umbrella was built without MPI "
      "(-DUMBRELLA_MPI=OFF): build with MPI or run one process");
#endif
}

}  // namespace umbrella::distributed
