// The only file that includes mpi.h: built as the module umbrella-mpi.so (mpi_api.h says why).
#include <mpi.h>

#include "distributed/mpi_api.h"

namespace {

int init(int* rank, int* size) {
  int provided = 0;
  int code = MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
  if (code == MPI_SUCCESS) code = MPI_Comm_rank(MPI_COMM_WORLD, rank);
  if (code == MPI_SUCCESS) code = MPI_Comm_size(MPI_COMM_WORLD, size);
  return code;
}

int finalize() {
  return MPI_Finalize();
}

int least_int(int mine, int* least) {
  return MPI_Allreduce(&mine, least, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
}

int broadcast_u64(unsigned long long* values, int count) {
  return MPI_Bcast(values, count, MPI_UNSIGNED_LONG_LONG, 0, MPI_COMM_WORLD);
}

int broadcast_bytes(char* bytes, int count) {
  return MPI_Bcast(bytes, count, MPI_CHAR, 0, MPI_COMM_WORLD);
}

int send_doubles(const double* values, int count, int tag) {
  return MPI_Ssend(values, count, MPI_DOUBLE, 0, tag, MPI_COMM_WORLD);
}

int receive_doubles(double* values, int count, int from, int tag, int* received) {
  MPI_Status status;
  const int code = MPI_Recv(values, count, MPI_DOUBLE, from, tag, MPI_COMM_WORLD, &status);
  if (code != MPI_SUCCESS) return code;
  return MPI_Get_count(&status, MPI_DOUBLE, received);
}

void abort_every_rank(int code) {
  MPI_Abort(MPI_COMM_WORLD, code);
}

constexpr UmbrellaMpi kTable{umbrella::distributed::kUmbrellaMpiVersion,
                             init,
                             finalize,
                             least_int,
                             broadcast_u64,
                             broadcast_bytes,
                             send_doubles,
                             receive_doubles,
                             abort_every_rank};

}  // namespace

extern "C" __attribute__((visibility("default"))) const UmbrellaMpi* umbrella_mpi() {
  return &kTable;
}
