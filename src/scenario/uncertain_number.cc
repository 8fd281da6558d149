#include "scenario/uncertain_number.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "core/limits.h"

namespace umbrella {
namespace {

using Kind = Distribution::Kind;

const std::vector<std::string_view>& shape_keys(Kind kind) {
  static const std::vector<std::string_view> kUniform = {"kind"};
  static const std::vector<std::string_view> kTriangular = {"kind", "mode"};
  static const std::vector<std::string_view> kNormal = {"kind", "mean", "sd"};
  static const std::vector<std::string_view> kBeta = {"kind", "alpha", "beta"};
  static const std::vector<std::string_view> kDiscrete = {"kind", "values", "weights"};
  switch (kind) {
    case Kind::triangular:
      return kTriangular;
    case Kind::normal:
      return kNormal;
    case Kind::beta:
      return kBeta;
    case Kind::discrete:
      return kDiscrete;
    case Kind::fixed:
    case Kind::uniform:
      break;
  }
  return kUniform;
}

std::vector<double> read_weights(const Field& field, std::size_t values) {
  std::vector<double> weights;
  double total = 0.0;
  for (const Field& weight : field.list()) {
    weights.push_back(weight.number(Bounds{0.0}));
    total += weights.back();
  }
  if (weights.size() != values) {
    field.fail(fmt::format("expected {} weights, one per value, got {}", values, weights.size()));
  }
  if (total <= 0.0) field.fail("expected weights with a positive sum, got only zeros");
  return weights;
}

}  // namespace

DistributionShape read_distribution_shape(const Field& field, const Bounds& domain) {
  DistributionShape shape;
  // The kind decides which other keys are allowed, so it is read from a permissive view first.
  const Map any = field.map({"kind", "mode", "mean", "sd", "alpha", "beta", "values", "weights"});
  if (std::optional<Field> kind = any.find("kind")) {
    shape.kind =
        kind->choice({Kind::uniform, Kind::triangular, Kind::normal, Kind::beta, Kind::discrete});
  }
  const Map map = field.map(shape_keys(shape.kind));
  switch (shape.kind) {
    case Kind::triangular:
      shape.mode = map.require("mode").number(domain);
      break;
    case Kind::normal:
      shape.mean = map.require("mean").number(Bounds{});
      shape.sd = map.require("sd").number(above(0.0));
      break;
    case Kind::beta:
      shape.alpha = map.require("alpha").number(above(0.0));
      shape.beta = map.require("beta").number(above(0.0));
      break;
    case Kind::discrete: {
      const Field values = map.require("values");
      const std::vector<Field> elements = values.list();
      if (elements.size() > limits::kMaxDiscreteValues) {
        values.fail(fmt::format("expected at most {} values, got {}", limits::kMaxDiscreteValues,
                                elements.size()));
      }
      for (const Field& value : elements) shape.values.push_back(value.number(domain));
      if (shape.values.empty())
        values.fail("expected a non-empty list of values, got an empty list");
      if (std::optional<Field> weights = map.find("weights")) {
        shape.weights = read_weights(*weights, shape.values.size());
      }
      break;
    }
    case Kind::fixed:
    case Kind::uniform:
      break;
  }
  return shape;
}

Range read_range(const Field& field, const Bounds& domain) {
  const std::vector<Field> ends = field.list();
  if (ends.size() != 2) {
    field.fail(fmt::format("expected a range [low, high], got {} {}", ends.size(),
                           ends.size() == 1 ? "number" : "numbers"));
  }
  const Range range{ends[0].number(domain), ends[1].number(domain)};
  if (range.lower > range.upper) {
    field.fail(fmt::format("expected a range [low, high] with low <= high, got [{}, {}]",
                           format_number(range.lower), format_number(range.upper)));
  }
  return range;
}

namespace {

std::string range_text(double lower, double upper) {
  return fmt::format("[{}, {}]", format_number(lower), format_number(upper));
}

// The first of `keys` that `given` holds: parts given earlier were consistent on their own, so
// a new inconsistency comes from what `given` changed.
Field culprit(const Map& given, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    if (std::optional<Field> field = given.find(key)) return *field;
  }
  return given.field();
}

void check_value_inside(const Map& given, double value, double lower, double upper) {
  if (value >= lower && value <= upper) return;
  const Field blamed = culprit(given, {"value", "range", "dist"});
  if (given.has("value")) {
    blamed.fail(fmt::format("expected a value inside the range {}, got {}",
                            range_text(lower, upper), format_number(value)));
  }
  blamed.fail(fmt::format("expected a range containing the value {}, got {}", format_number(value),
                          range_text(lower, upper)));
}

}  // namespace

Distribution make_distribution(const Map& given, const std::optional<Range>& range,
                               const DistributionShape& shape) {
  Distribution dist;
  dist.kind = shape.kind;
  if (shape.kind == Kind::discrete) {
    const auto [lowest, highest] = std::minmax_element(shape.values.begin(), shape.values.end());
    const Range support = range.value_or(Range{*lowest, *highest});
    if (*lowest < support.lower || *highest > support.upper) {
      culprit(given, {"dist", "range"})
          .fail(fmt::format("expected discrete values inside the range {}, got {} to {}",
                            range_text(support.lower, support.upper), format_number(*lowest),
                            format_number(*highest)));
    }
    dist.values = shape.values;
    dist.weights = shape.weights;
    dist.lower = support.lower;
    dist.upper = support.upper;
    return dist;
  }
  if (!range) {
    culprit(given, {"dist"})
        .fail(fmt::format("expected a range for a {} distribution, got none", name(shape.kind)));
  }
  dist.lower = range->lower;
  dist.upper = range->upper;
  switch (shape.kind) {
    case Kind::triangular:
      if (shape.mode < dist.lower || shape.mode > dist.upper) {
        culprit(given, {"dist", "range"})
            .fail(fmt::format("expected a mode inside the range {}, got {}",
                              range_text(dist.lower, dist.upper), format_number(shape.mode)));
      }
      dist.a = dist.lower;
      dist.b = dist.upper;
      dist.c = shape.mode;
      break;
    case Kind::normal:
      dist.a = shape.mean;
      dist.b = shape.sd;
      break;
    case Kind::beta:
      dist.a = shape.alpha;
      dist.b = shape.beta;
      break;
    case Kind::fixed:
    case Kind::uniform:
    case Kind::discrete:
      dist.a = dist.lower;
      dist.b = dist.upper;
      break;
  }
  return dist;
}

void merge_uncertain(const Map& given, const Bounds& domain, UncertainParts& parts) {
  if (std::optional<Field> field = given.find("value")) parts.value = field->number(domain);
  if (std::optional<Field> field = given.find("range")) parts.range = read_range(*field, domain);
  if (std::optional<Field> field = given.find("dist")) {
    parts.shape = read_distribution_shape(*field, domain);
  }
  if (std::optional<Field> field = given.find("source")) parts.source = field->text();
}

Distribution distribution_of(const Map& given, const UncertainParts& parts) {
  if (!parts.range && !parts.shape) {
    Distribution dist;
    dist.kind = Kind::fixed;
    if (!parts.value) throw std::logic_error("distribution_of: no value, range or dist");
    dist.a = dist.lower = dist.upper = *parts.value;
    return dist;
  }
  Distribution dist =
      make_distribution(given, parts.range, parts.shape.value_or(DistributionShape{}));
  if (parts.value) check_value_inside(given, *parts.value, dist.lower, dist.upper);
  return dist;
}

Quantity read_quantity(const Field& field, const Bounds& domain) {
  Quantity quantity;
  if (!field.is_map()) {
    quantity.value = field.number(domain);
    quantity.distribution.a = quantity.distribution.lower = quantity.distribution.upper =
        quantity.value;
    return quantity;
  }
  const Map given = field.map(kUncertainKeys);
  UncertainParts parts;
  merge_uncertain(given, domain, parts);
  if (!parts.value) given.require("value");
  quantity.distribution = distribution_of(given, parts);
  quantity.value = *parts.value;
  if (given.has("source")) quantity.source = parts.source;
  return quantity;
}

}  // namespace umbrella
