#pragma once
// The MPI calls an experiment's ranks make, as a table of C functions. Open MPI is linked into a
// module of its own (mpi_module.cc) that MpiRanks loads only when an MPI launcher started
// umbrella: linked into the executable, Open MPI's libraries cost every command, MPI or not,
// about 4 ms to load (docs/performance.md, "Start-up").
//
// Every function returns MPI's code: 0 (MPI_SUCCESS) when it succeeded.
extern "C" {

struct UmbrellaMpi {
  int version;  // kUmbrellaMpiVersion when the module was built
  int (*init)(int* rank, int* size);
  int (*finalize)();
  int (*least_int)(int mine, int* least);  // the least `mine` over every rank
  int (*broadcast_u64)(unsigned long long* values, int count);
  int (*broadcast_bytes)(char* bytes, int count);
  // To rank 0, returning once rank 0 has taken them (a synchronous send).
  int (*send_doubles)(const double* values, int count, int tag);
  int (*receive_doubles)(double* values, int count, int from, int tag, int* received);
  void (*abort)(int code);
};

// The module's one exported symbol.
const UmbrellaMpi* umbrella_mpi();
}

namespace umbrella::distributed {

// Raised whenever the table changes, so that an executable never calls a stale module.
inline constexpr int kUmbrellaMpiVersion = 1;
inline constexpr const char* kUmbrellaMpiEntry = "umbrella_mpi";

}  // namespace umbrella::distributed
