#include "experiment/ranks.h"

namespace umbrella::experiment {

void agree(Ranks* ranks, const std::exception_ptr& failure) {
  if (ranks == nullptr) {
    if (failure) std::rethrow_exception(failure);
    return;
  }
  const int first = ranks->first_failing(failure != nullptr);
  if (first == ranks->size()) return;
  if (first == ranks->rank()) std::rethrow_exception(failure);
  throw StoppedByAnotherRank(first);
}

}  // namespace umbrella::experiment
