#include "analysis/sobol.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "analysis/statistics.h"
#include "analysis/streams.h"

namespace umbrella::sa {
namespace {

struct Estimates {
  double s1 = 0.0;
  double st = 0.0;
};

// The standardised outputs of one Saltelli design, split into A, AB^(j) and B by base point.
class SaltelliOutputs {
 public:
  SaltelliOutputs(std::span<const double> y, std::size_t d) : z_(y.begin(), y.end()), d_(d) {}

  std::size_t base_points() const { return z_.size() / (d_ + 2); }
  double a(std::size_t i) const { return z_[i * (d_ + 2)]; }
  double ab(std::size_t i, std::size_t j) const { return z_[i * (d_ + 2) + 1 + j]; }
  double b(std::size_t i) const { return z_[i * (d_ + 2) + d_ + 1]; }

  // Y <- (Y - mean) / std with the population std, over all rows, as SALib does; false when
  // Y is constant and cannot be standardised.
  bool standardise() {
    const double centre = mean(z_);
    double squares = 0.0;
    for (double v : z_) squares += (v - centre) * (v - centre);
    const double sd = std::sqrt(squares / static_cast<double>(z_.size()));
    if (!(sd > 0.0)) return false;
    for (double& v : z_) v = (v - centre) / sd;
    return true;
  }

  // S1_j and ST_j over the base points rows(0), ..., rows(N-1): the identity for the point
  // estimate, a resample with replacement for the bootstrap. `variance` is var([f(A); f(B)])
  // over the same base points; when it is 0 the indices are 0, as in SALib.
  template <typename Rows>
  Estimates estimate(std::size_t j, const Rows& rows, double variance) const {
    if (!(variance > 0.0)) return {};
    const std::size_t n = base_points();
    double first = 0.0, total = 0.0;
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t i = rows(k);
      const double change = ab(i, j) - a(i);
      first += b(i) * change;
      total += change * change;
    }
    return {first / static_cast<double>(n) / variance,
            0.5 * total / static_cast<double>(n) / variance};
  }

  // The population variance of the stacked f(A) and f(B) of the base points rows(0..N-1).
  template <typename Rows>
  double variance(const Rows& rows) const {
    const std::size_t n = base_points();
    double mean = 0.0;
    for (std::size_t k = 0; k < n; ++k) mean += a(rows(k)) + b(rows(k));
    mean /= static_cast<double>(2 * n);
    double squares = 0.0;
    for (std::size_t k = 0; k < n; ++k) {
      const double da = a(rows(k)) - mean, db = b(rows(k)) - mean;
      squares += da * da + db * db;
    }
    return squares / static_cast<double>(2 * n);
  }

 private:
  std::vector<double> z_;
  std::size_t d_;
};

}  // namespace

std::size_t saltelli_base_points(const Table& design) {
  const std::size_t d = design.columns.size();
  const std::size_t block = d + 2;
  const std::size_t rows = design.rows();
  if (rows == 0 || rows % block != 0) {
    throw InputError(
        {design.file, 0, 0}, "",
        fmt::format("expected N(D+2) rows, a multiple of {} for D = {} parameters (a Saltelli "
                    "design without second-order rows, from sample --method saltelli), got {}",
                    block, d, rows));
  }
  const std::size_t n = rows / block;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t a = i * block, b = a + block - 1;
    for (std::size_t j = 0; j < d; ++j) {
      const std::size_t ab = a + 1 + j;
      for (std::size_t c = 0; c < d; ++c) {
        const double expected = design.at(c == j ? b : a, c);
        if (design.at(ab, c) == expected) continue;
        const SourceLocation source = design.row_location(c == j ? b : a);
        throw InputError(
            design.row_location(ab), design.columns[c],
            fmt::format("expected row AB^({}) of base point {} of a Saltelli design, which "
                        "takes {} from {} (line {}), got {} instead of {}",
                        j + 1, i + 1, design.columns[c], c == j ? "B" : "A", source.line,
                        design.at(ab, c), expected));
      }
    }
  }
  return n;
}

SobolIndices sobol_indices(std::span<const double> y, std::size_t d, const SobolOptions& options) {
  if (d == 0 || y.empty() || y.size() % (d + 2) != 0) {
    throw std::invalid_argument(
        fmt::format("sobol_indices: {} outputs is not N(D+2) for D = {} with N >= 1", y.size(), d));
  }
  if (options.resamples < 2) {
    throw std::invalid_argument("sobol_indices: the bootstrap needs at least 2 resamples");
  }
  SobolIndices out;
  out.s1.assign(d, 0.0);
  out.s1_conf.assign(d, 0.0);
  out.st.assign(d, 0.0);
  out.st_conf.assign(d, 0.0);
  SaltelliOutputs outputs(y, d);
  if (!outputs.standardise()) {
    out.constant_output = true;
    return out;
  }
  const std::size_t n = outputs.base_points();
  const auto identity = [](std::size_t k) { return k; };
  const double variance = outputs.variance(identity);
  for (std::size_t j = 0; j < d; ++j) {
    const Estimates point = outputs.estimate(j, identity, variance);
    out.s1[j] = point.s1;
    out.st[j] = point.st;
  }

  // One resample index matrix for every index: resample k draws N base points with
  // replacement from its own stream.
  std::vector<std::vector<double>> s1(d), st(d);
  std::vector<std::size_t> picks(n);
  for (std::size_t k = 0; k < options.resamples; ++k) {
    Rng rng = sa_stream(options.seed, SaStream::sobol_bootstrap, static_cast<std::uint32_t>(k));
    for (std::size_t& pick : picks) pick = rng.below(static_cast<std::uint32_t>(n));
    const auto resampled = [&picks](std::size_t i) { return picks[i]; };
    const double resampled_variance = outputs.variance(resampled);
    for (std::size_t j = 0; j < d; ++j) {
      const Estimates e = outputs.estimate(j, resampled, resampled_variance);
      s1[j].push_back(e.s1);
      st[j].push_back(e.st);
    }
  }
  for (std::size_t j = 0; j < d; ++j) {
    out.s1_conf[j] = kZ95 * sample_sd(s1[j]);
    out.st_conf[j] = kZ95 * sample_sd(st[j]);
  }
  return out;
}

nlohmann::ordered_json to_json(const SobolIndices& indices, const std::vector<std::string>& names) {
  nlohmann::ordered_json out;
  const auto by_name = [&names](const std::vector<double>& values) {
    nlohmann::ordered_json map = nlohmann::ordered_json::object();
    for (std::size_t j = 0; j < names.size(); ++j) map[names[j]] = values[j];
    return map;
  };
  out["S1"] = by_name(indices.s1);
  out["S1_conf"] = by_name(indices.s1_conf);
  out["ST"] = by_name(indices.st);
  out["ST_conf"] = by_name(indices.st_conf);
  nlohmann::ordered_json negative = nlohmann::ordered_json::array();
  for (std::size_t j = 0; j < names.size(); ++j) {
    if (indices.s1[j] < 0.0) negative.push_back(names[j]);
  }
  out["S1_negative"] = std::move(negative);
  return out;
}

std::string to_table(const SobolIndices& indices, const std::vector<std::string>& names) {
  std::size_t width = 9;  // "parameter"
  for (const std::string& name : names) width = std::max(width, name.size());
  std::string out = fmt::format("{:<{}}  {:>10} {:>9}  {:>10} {:>9}\n", "parameter", width, "S1",
                                "S1_conf", "ST", "ST_conf");
  bool starred = false;
  for (std::size_t j = 0; j < names.size(); ++j) {
    const bool negative = indices.s1[j] < 0.0;
    starred = starred || negative;
    out += fmt::format("{:<{}}  {:>10.4f}{} {:>8.4f}  {:>10.4f} {:>9.4f}\n", names[j], width,
                       indices.s1[j], negative ? "*" : " ", indices.s1_conf[j], indices.st[j],
                       indices.st_conf[j]);
  }
  if (starred) {
    out += "* negative estimate, reported as computed: read it as 0 when its interval covers 0\n";
  }
  return out;
}

}  // namespace umbrella::sa
