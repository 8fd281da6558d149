#include "experiment/paired_comparison.h"

#include <fmt/format.h>

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>

#include "core/error.h"
#include "core/text.h"

namespace umbrella::experiment {
namespace {

// Means of both sides and the running mean and sum of squares of the differences (Welford), so
// that a policy compared with itself gives exactly zero and a zero-width interval.
class PairedAccumulator {
 public:
  void add(double baseline, double policy) {
    ++n_;
    baseline_sum_ += baseline;
    policy_sum_ += policy;
    const double d = policy - baseline;
    const double delta = d - mean_;
    mean_ += delta / static_cast<double>(n_);
    squares_ += delta * (d - mean_);
  }

  PairedDifference result(std::string outcome, std::string measure) const {
    PairedDifference out{std::move(outcome), std::move(measure), n_, 0.0, 0.0, 0.0, 0.0, 0.0};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto n = static_cast<double>(n_);
    out.baseline = n_ > 0 ? baseline_sum_ / n : nan;
    out.policy = n_ > 0 ? policy_sum_ / n : nan;
    out.difference = n_ > 0 ? mean_ : nan;
    if (n_ < 2) {
      out.low = out.high = nan;
      return out;
    }
    const boost::math::students_t t(n - 1.0);
    const double half = boost::math::quantile(t, 0.975) * std::sqrt(squares_ / (n - 1.0) / n);
    out.low = mean_ - half;
    out.high = mean_ + half;
    return out;
  }

 private:
  std::uint64_t n_ = 0;
  double baseline_sum_ = 0.0;
  double policy_sum_ = 0.0;
  double mean_ = 0.0;
  double squares_ = 0.0;
};

std::size_t policy_index(const StoredExperiment& stored, const std::string& name) {
  auto it = std::find(stored.policies.begin(), stored.policies.end(), name);
  if (it == stored.policies.end()) {
    throw UsageError("baseline", fmt::format("no policy named '{}' (policies: {})", name,
                                             join(stored.policies)));
  }
  return static_cast<std::size_t>(it - stored.policies.begin());
}

PolicyComparison compare_one(ResultsStore& store, const StoredExperiment& stored,
                             std::size_t baseline, std::size_t policy, std::uint64_t& pairs) {
  const std::size_t outcomes = stored.outcomes.size();
  std::vector<PairedAccumulator> values(outcomes), years(outcomes);
  ResultsStore::Runs base(store, baseline);
  ResultsStore::Runs other(store, policy);
  pairs = 0;
  // Chunks commit every policy of a (sample, replicate) together, so the runs pair up.
  const auto unpaired = [&] {
    store.fail("runs",
               "expected the runs of every policy to pair up by sample and replicate, got "
               "runs of " +
                   stored.policies[baseline] + " and " + stored.policies[policy] + " that do not");
  };
  while (base.next()) {
    if (!other.next() || other.sample() != base.sample() || other.replicate() != base.replicate()) {
      unpaired();
    }
    ++pairs;
    for (std::size_t o = 0; o < outcomes; ++o) {
      const double b = base.values()[o];
      const double p = other.values()[o];
      if (stored.outcomes[o].reduction != Reduction::first_year) {
        values[o].add(b, p);
        continue;
      }
      values[o].add(std::isnan(b) ? 0.0 : 1.0, std::isnan(p) ? 0.0 : 1.0);
      if (!std::isnan(b) && !std::isnan(p)) years[o].add(b, p);
    }
  }
  if (other.next()) unpaired();
  PolicyComparison out{stored.policies[policy], {}};
  for (std::size_t o = 0; o < outcomes; ++o) {
    const std::string& name = stored.outcomes[o].name;
    if (stored.outcomes[o].reduction != Reduction::first_year) {
      out.differences.push_back(values[o].result(name, ""));
      continue;
    }
    out.differences.push_back(values[o].result(name, "share"));
    out.differences.push_back(years[o].result(name, "year"));
  }
  return out;
}

std::string plain_number(double x) {
  return std::isfinite(x) ? fmt::format("{:.4f}", x) : std::string("n/a");
}

std::string signed_number(double x) {
  if (!std::isfinite(x)) return "n/a";
  // A difference that rounds to zero prints as +0.0000, never -0.0000.
  const double shown = std::round(x * 1e4) / 1e4;
  return fmt::format("{:+.4f}", shown == 0.0 ? 0.0 : shown);
}

std::string outcome_label(const PairedDifference& d) {
  return d.measure.empty() ? d.outcome : d.outcome + " (" + d.measure + ")";
}

nlohmann::ordered_json number_or_null(double x) {
  return std::isfinite(x) ? nlohmann::ordered_json(x) : nlohmann::ordered_json(nullptr);
}

}  // namespace

Comparison compare_policies(ResultsStore& store, const StoredExperiment& stored,
                            const std::string& baseline) {
  const std::size_t base = policy_index(stored, baseline);
  Comparison out{stored.name, baseline, 0, {}, stored.outcomes};
  for (std::size_t p = 0; p < stored.policies.size(); ++p) {
    out.policies.push_back(compare_one(store, stored, base, p, out.pairs));
  }
  return out;
}

Comparison select(const Comparison& comparison, const std::vector<std::string>& policies,
                  const std::vector<std::string>& outcomes) {
  for (const std::string& name : policies) {
    const bool known = std::any_of(comparison.policies.begin(), comparison.policies.end(),
                                   [&](const PolicyComparison& p) { return p.policy == name; });
    if (!known) {
      std::string message = "no policy named '" + name + "' (policy: ";
      for (const PolicyComparison& p : comparison.policies) {
        if (&p != &comparison.policies.front()) message += ", ";
        message += p.policy;
      }
      throw UsageError("policy", message + ")");
    }
  }
  Comparison kept = comparison;
  kept.policies.clear();
  for (const PolicyComparison& policy : comparison.policies) {
    if (policy.policy == comparison.baseline) continue;
    if (!policies.empty() &&
        std::find(policies.begin(), policies.end(), policy.policy) == policies.end()) {
      continue;
    }
    PolicyComparison filtered{policy.policy, {}};
    for (const PairedDifference& d : policy.differences) {
      const bool wanted =
          outcomes.empty() || std::any_of(outcomes.begin(), outcomes.end(), [&](const auto& part) {
            return d.outcome.find(part) != std::string::npos;
          });
      if (wanted) filtered.differences.push_back(d);
    }
    kept.policies.push_back(std::move(filtered));
  }
  const bool any = std::any_of(kept.policies.begin(), kept.policies.end(),
                               [](const PolicyComparison& p) { return !p.differences.empty(); });
  if (!any) {
    throw UsageError("outcome", "no outcome of the experiment's policies matches the filter");
  }
  return kept;
}

std::string to_table(const Comparison& comparison, bool wide) {
  std::string out = fmt::format(
      "{}: each policy against {}, paired over {} (sample, replicate) pairs; 95% intervals\n",
      comparison.experiment, comparison.baseline, comparison.pairs);
  if (wide) {
    // Outcomes as rows, the baseline's mean, then each policy's difference and interval.
    out += fmt::format("{:<34} {:>10}", "outcome", comparison.baseline);
    for (const PolicyComparison& policy : comparison.policies) {
      out += fmt::format("  {:<30}", policy.policy);
    }
    out += '\n';
    if (comparison.policies.empty()) return out;
    const std::vector<PairedDifference>& rows = comparison.policies.front().differences;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out += fmt::format("{:<34} {:>10}", outcome_label(rows[r]), plain_number(rows[r].baseline));
      for (const PolicyComparison& policy : comparison.policies) {
        const PairedDifference& d = policy.differences[r];
        out += fmt::format("  {:<30}", fmt::format("{} [{}, {}]", signed_number(d.difference),
                                                   signed_number(d.low), signed_number(d.high)));
      }
      out += '\n';
    }
    return out;
  }
  out += fmt::format("{:<22} {:<30} {:>10} {:>10} {:>11}  {:<22} {:>8}\n", "policy", "outcome",
                     "baseline", "policy", "difference", "95% interval", "pairs");
  for (const PolicyComparison& policy : comparison.policies) {
    for (const PairedDifference& d : policy.differences) {
      out += fmt::format("{:<22} {:<30} {:>10} {:>10} {:>11}  [{}, {}] {:>8}\n", policy.policy,
                         outcome_label(d), plain_number(d.baseline), plain_number(d.policy),
                         signed_number(d.difference), signed_number(d.low), signed_number(d.high),
                         d.pairs);
    }
  }
  return out;
}

nlohmann::ordered_json to_json(const Comparison& comparison) {
  nlohmann::ordered_json out;
  out["experiment"] = comparison.experiment;
  out["baseline"] = comparison.baseline;
  out["pairs"] = comparison.pairs;
  out["confidence"] = 0.95;
  // What each outcome kept reduces: a reader can name it without the experiment file.
  nlohmann::ordered_json definitions = nlohmann::ordered_json::object();
  for (const StoredOutcome& o : comparison.outcomes) {
    const bool kept = std::any_of(
        comparison.policies.begin(), comparison.policies.end(), [&](const PolicyComparison& p) {
          return std::any_of(p.differences.begin(), p.differences.end(),
                             [&](const PairedDifference& d) { return d.outcome == o.name; });
        });
    if (!kept) continue;
    definitions[o.name] = {
        {"series", o.series},
        {"subject", o.subject},
        {"reduce", name(o.reduction)},
        {"year", o.reduction == Reduction::value ? nlohmann::ordered_json(o.year)
                                                 : nlohmann::ordered_json(nullptr)}};
  }
  out["outcomes"] = definitions;
  nlohmann::ordered_json policies = nlohmann::ordered_json::object();
  for (const PolicyComparison& policy : comparison.policies) {
    nlohmann::ordered_json outcomes = nlohmann::ordered_json::object();
    for (const PairedDifference& d : policy.differences) {
      nlohmann::ordered_json row = {{"baseline", number_or_null(d.baseline)},
                                    {"policy", number_or_null(d.policy)},
                                    {"difference", number_or_null(d.difference)},
                                    {"low", number_or_null(d.low)},
                                    {"high", number_or_null(d.high)},
                                    {"pairs", d.pairs}};
      if (d.measure.empty()) {
        outcomes[d.outcome] = row;
      } else {
        outcomes[d.outcome][d.measure] = row;
      }
    }
    policies[policy.policy] = outcomes;
  }
  out["policies"] = policies;
  return out;
}

}  // namespace umbrella::experiment
