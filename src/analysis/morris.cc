#include "analysis/morris.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "analysis/samplers.h"
#include "analysis/statistics.h"
#include "analysis/streams.h"

namespace umbrella::sa {
namespace {

// Relative tolerance on a uniform parameter's step: the design went through decimal text.
constexpr double kStepTolerance = 1e-9;

}  // namespace

std::vector<MorrisStep> morris_steps(const Table& design, const Problem& problem, int levels) {
  const std::size_t d = design.columns.size();
  const std::size_t rows = design.rows();
  if (rows % (d + 1) != 0 || rows / (d + 1) < 2) {
    throw InputError({design.file, 0, 0}, "",
                     fmt::format("expected r(D+1) rows, a multiple of {} for D = {} parameters "
                                 "with r >= 2 trajectories (from sample --method morris), got {}",
                                 d + 1, d, rows));
  }
  const double delta = morris_delta(levels);
  std::vector<MorrisStep> steps;
  steps.reserve(rows / (d + 1) * d);
  std::vector<std::size_t> moved_at(d);
  for (std::size_t start = 0; start < rows; start += d + 1) {
    std::fill(moved_at.begin(), moved_at.end(), rows);
    for (std::size_t row = start + 1; row <= start + d; ++row) {
      std::vector<std::size_t> changed;
      for (std::size_t c = 0; c < d; ++c) {
        if (design.at(row, c) != design.at(row - 1, c)) changed.push_back(c);
      }
      if (changed.size() != 1) {
        std::string names;
        for (std::size_t c : changed) names += (names.empty() ? "" : ", ") + design.columns[c];
        throw InputError(design.row_location(row), "",
                         fmt::format("expected a Morris step, one parameter changed from the "
                                     "row before, got {}{}",
                                     changed.empty() ? "none" : std::to_string(changed.size()),
                                     changed.empty() ? "" : " (" + names + ")"));
      }
      const std::size_t c = changed.front();
      if (moved_at[c] != rows) {
        throw InputError(design.row_location(row), design.columns[c],
                         fmt::format("expected each parameter to move once per trajectory, but "
                                     "{} moved already at line {}",
                                     design.columns[c], design.row_location(moved_at[c]).line));
      }
      moved_at[c] = row;
      const double change = design.at(row, c) - design.at(row - 1, c);
      const Distribution& dist = problem.parameters[c].dist;
      if (dist.kind == Distribution::Kind::uniform) {
        const double step = delta * (dist.upper - dist.lower);
        if (std::abs(std::abs(change) - step) > kStepTolerance * (dist.upper - dist.lower)) {
          throw InputError(design.row_location(row), design.columns[c],
                           fmt::format("expected a step of Δ(upper - lower) = {} for {} levels, "
                                       "got {}; was the design sampled with other --levels?",
                                       step, levels, std::abs(change)));
        }
      }
      steps.push_back({c, change > 0.0});
    }
  }
  return steps;
}

MorrisIndices morris_indices(std::span<const MorrisStep> steps, std::span<const double> y,
                             std::size_t d, const MorrisOptions& options) {
  if (d == 0 || y.size() % (d + 1) != 0 || y.size() / (d + 1) < 2 ||
      steps.size() != y.size() / (d + 1) * d) {
    throw std::invalid_argument(fmt::format(
        "morris_indices: {} outputs and {} steps do not make r >= 2 trajectories of D = {}",
        y.size(), steps.size(), d));
  }
  if (options.resamples < 2) {
    throw std::invalid_argument("morris_indices: the bootstrap needs at least 2 resamples");
  }
  const std::size_t r = y.size() / (d + 1);
  const double delta = morris_delta(options.levels);
  // effects[j][t]: the elementary effect of parameter j in trajectory t, signed so that it is
  // the change for an increase of the parameter.
  std::vector<std::vector<double>> effects(d, std::vector<double>(r));
  for (std::size_t t = 0; t < r; ++t) {
    for (std::size_t k = 0; k < d; ++k) {
      const MorrisStep& step = steps[t * d + k];
      const std::size_t row = t * (d + 1) + k;
      const double change = y[row + 1] - y[row];
      effects[step.parameter][t] = (step.up ? change : -change) / delta;
    }
  }
  MorrisIndices out;
  for (const std::vector<double>& ee : effects) {
    std::vector<double> magnitude(r);
    std::transform(ee.begin(), ee.end(), magnitude.begin(), [](double v) { return std::abs(v); });
    out.mu.push_back(mean(ee));
    out.mu_star.push_back(mean(magnitude));
    out.sigma.push_back(sample_sd(ee));
  }
  // One resample index matrix over trajectories for every parameter: resample k draws r
  // trajectories with replacement from its own stream.
  std::vector<std::vector<double>> resampled(d);
  std::vector<std::size_t> picks(r);
  for (std::size_t k = 0; k < options.resamples; ++k) {
    Rng rng = sa_stream(options.seed, SaStream::morris_bootstrap, static_cast<std::uint32_t>(k));
    for (std::size_t& pick : picks) pick = rng.below(static_cast<std::uint32_t>(r));
    for (std::size_t j = 0; j < d; ++j) {
      double sum = 0.0;
      for (std::size_t pick : picks) sum += std::abs(effects[j][pick]);
      resampled[j].push_back(sum / static_cast<double>(r));
    }
  }
  for (const std::vector<double>& mu_star : resampled) {
    out.mu_star_conf.push_back(kZ95 * sample_sd(mu_star));
  }
  return out;
}

nlohmann::ordered_json to_json(const MorrisIndices& indices,
                               const std::vector<std::string>& names) {
  const auto by_name = [&names](const std::vector<double>& values) {
    nlohmann::ordered_json map = nlohmann::ordered_json::object();
    for (std::size_t j = 0; j < names.size(); ++j) map[names[j]] = values[j];
    return map;
  };
  nlohmann::ordered_json out;
  out["mu"] = by_name(indices.mu);
  out["mu_star"] = by_name(indices.mu_star);
  out["sigma"] = by_name(indices.sigma);
  out["mu_star_conf"] = by_name(indices.mu_star_conf);
  return out;
}

std::string to_table(const MorrisIndices& indices, const std::vector<std::string>& names) {
  std::size_t width = 9;  // "parameter"
  for (const std::string& name : names) width = std::max(width, name.size());
  std::string out = fmt::format("{:<{}}  {:>12} {:>12} {:>12} {:>12}\n", "parameter", width, "mu",
                                "mu_star", "sigma", "mu_star_conf");
  for (std::size_t j = 0; j < names.size(); ++j) {
    out +=
        fmt::format("{:<{}}  {:>12.6g} {:>12.6g} {:>12.6g} {:>12.6g}\n", names[j], width,
                    indices.mu[j], indices.mu_star[j], indices.sigma[j], indices.mu_star_conf[j]);
  }
  return out;
}

}  // namespace umbrella::sa
