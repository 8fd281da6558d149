#pragma once
// The summary of one policy's runs, aggregated as they stream in (engine/streaming_summary.h,
// docs/outputs.md), with the policy's levers and the experiment's settings around it.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "engine/streaming_summary.h"
#include "engine/summary.h"
#include "experiment/plan.h"

namespace umbrella::experiment {

class PolicyAggregate {
 public:
  PolicyAggregate(const Plan& plan, std::size_t policy);

  // One run's summary cells, laid out as Plan::run() writes them. Runs must come in the same
  // order every time for the sums to be bit-identical.
  void add(std::span<const double> cells) { aggregate_.add(cells); }
  std::uint64_t runs() const { return aggregate_.runs(); }
  Summary summary() const;

  std::string save() const { return aggregate_.save(); }
  // Throws std::runtime_error on a state that does not fit this plan.
  void restore(std::string_view state) { aggregate_.restore(state); }

 private:
  const Plan& plan_;
  std::size_t policy_;
  StreamingSummary aggregate_;
};

}  // namespace umbrella::experiment
