#pragma once
// Uncertain numbers as written in a scenario: `{value, range, dist, source}`. Parameters and the
// numbers inside the World share the syntax; a parameter's parts may come from different files.
#include <optional>
#include <string>
#include <vector>

#include "core/yaml_reader.h"
#include "model/parameters.h"

namespace umbrella {

struct DistributionShape {
  Distribution::Kind kind = Distribution::Kind::uniform;
  double mode = 0.0;            // triangular
  double mean = 0.0;            // normal
  double sd = 0.0;              // normal
  double alpha = 0.0;           // beta
  double beta = 0.0;            // beta
  std::vector<double> values;   // discrete
  std::vector<double> weights;  // discrete, optional: relative weights of the values
};

struct Range {
  double lower = 0.0;
  double upper = 0.0;
};

// The parts of an uncertain number given so far; an override replaces only the parts it gives.
struct UncertainParts {
  std::optional<double> value;
  std::optional<Range> range;
  std::optional<DistributionShape> shape;
  std::string source;
};

// `dist: {kind: ..., ...}`: the kind and its own keys, numbers within `domain`.
DistributionShape read_distribution_shape(const Field& field, const Bounds& domain);
// `range: [low, high]`, both ends within `domain`.
Range read_range(const Field& field, const Bounds& domain);
// The distribution of `shape` on `range` (discrete values span their own range when there is
// none). An inconsistency, such as a mode outside the range or no range for a kind that needs
// one, is reported at the key of `given` that brought it.
Distribution make_distribution(const Map& given, const std::optional<Range>& range,
                               const DistributionShape& shape);

// The keys an uncertain number's map may hold.
inline const std::vector<std::string_view> kUncertainKeys = {"value", "range", "dist", "source"};

// Reads the keys present in `given` into `parts`, keeping the parts it does not give. Values
// must lie in `domain`.
void merge_uncertain(const Map& given, const Bounds& domain, UncertainParts& parts);
// The distribution of `parts`: `fixed` at the value without a range or dist (the parts then
// hold a value). A value must lie inside the range; an inconsistency is reported at a key of
// `given`, the input that caused it.
Distribution distribution_of(const Map& given, const UncertainParts& parts);

// A number of the World: plain (`1.5`) or uncertain (`{value: 1.5, range: [0.5, 3]}`). Without
// a range or dist the distribution is `fixed`.
struct Quantity {
  double value = 0.0;
  Distribution distribution;
  std::optional<std::string> source;
};
Quantity read_quantity(const Field& field, const Bounds& domain);

}  // namespace umbrella
