#pragma once
// How a command learns that an MPI launcher (mpirun, mpiexec, srun) started it. Only then is
// MPI loaded (mpi_api.h) and initialised, so that a plain `umbrella` never pays for it.
#include <memory>

#include "experiment/ranks.h"

namespace umbrella::distributed {

bool launched_by_mpi();

// This process's ranks when an MPI launcher started it, or null. UsageError when one did and
// this build has no MPI: the processes would each write the same store.
std::unique_ptr<experiment::Ranks> join_ranks();

}  // namespace umbrella::distributed
