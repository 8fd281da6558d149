// The steps of `umbrella sensitivity` between the store and the report, shared with Python.
#include "experiment/sensitivity.h"

#include <fmt/core.h>

#include <algorithm>

#include "core/error.h"
#include "core/text.h"
#include "experiment/sample_means.h"

namespace umbrella::experiment {
namespace {

// The estimator a design was sampled for, checked against the one asked for.
bool use_sobol(const std::string& method, sa::SampleMethod sampler) {
  const bool saltelli = sampler == sa::SampleMethod::saltelli;
  const bool morris = sampler == sa::SampleMethod::morris;
  const std::string wanted = method.empty() ? (morris ? "morris" : "sobol") : method;
  if ((wanted == "sobol" && !saltelli) || (wanted == "morris" && !morris)) {
    throw UsageError(fmt::format("{} indices need an experiment sampled with {}; this one used {}",
                                 wanted, wanted == "sobol" ? "saltelli" : "morris",
                                 sa::name(sampler)));
  }
  return wanted == "sobol";
}

}  // namespace

sa::SensitivityReport experiment_sensitivity(ResultsStore& store, const StoredExperiment& stored,
                                             const SensitivityRequest& request) {
  const bool sobol = use_sobol(request.method, stored.sampler);
  auto policy = std::find(stored.policies.begin(), stored.policies.end(), request.policy);
  if (policy == stored.policies.end()) {
    throw UsageError("policy", fmt::format("no policy named '{}' (policies: {})", request.policy,
                                           join(stored.policies)));
  }
  const sa::Table means =
      sample_means(store, stored, static_cast<std::size_t>(policy - stored.policies.begin()));
  return sa::sensitivity_report(
      stored.uncertainties, stored.design, means,
      {.sobol = sobol, .levels = 4, .resamples = request.resamples, .seed = request.seed});
}

}  // namespace umbrella::experiment
