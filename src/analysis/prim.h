#pragma once
// Scenario discovery by PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999, "Bump
// hunting in high-dimensional data"): which box of the uncertainties' space holds the samples
// where an outcome of interest happens (the cases), as densely as possible while still covering
// most of them. Pure functions: a table in, a trajectory and a box out.
#include <cstddef>
#include <optional>
#include <vector>

#include "analysis/design_csv.h"

namespace umbrella::sa {

struct PrimOptions {
  double alpha = 0.05;        // the share of the box's rows one peel removes, in (0, 0.5)
  double min_mass = 0.05;     // peeling stops before the box would hold fewer rows than this share
  double min_coverage = 0.5;  // the default box is the densest step covering at least this
  std::optional<std::size_t> step;  // a step of the trajectory instead of the default choice
  bool paste = false;               // paste the chosen box back out while its density rises
};

// A box: lower[c] <= x[c] <= upper[c] for every column c, bounds inclusive.
struct PrimBox {
  std::vector<double> lower;
  std::vector<double> upper;
};

struct PrimStep {
  PrimBox box;
  std::size_t rows = 0;        // rows inside the box
  std::size_t cases = 0;       // cases inside the box
  double coverage = 0.0;       // cases inside / all cases
  double density = 0.0;        // cases inside / rows inside
  double mass = 0.0;           // rows inside / all rows
  std::size_t restricted = 0;  // columns whose bounds are narrower than the data's
};

// One restricted column of the chosen box. The p-value is the EMA Workbench's quasi-p-value: the
// one-sided binomial probability of at least the box's cases among its rows if the density were
// that of the box without this restriction. Small: the restriction matters.
struct PrimRestriction {
  std::size_t column = 0;
  double lower = 0.0;
  double upper = 0.0;
  double full_lower = 0.0;  // the column's smallest value in the table
  double full_upper = 0.0;  // and its largest
  double p_value = 1.0;
};

struct PrimResult {
  std::vector<PrimStep> trajectory;           // step 0 is the whole table
  std::size_t chosen = 0;                     // the step the box was chosen from
  PrimStep box;                               // that step, pasted when asked
  std::vector<PrimRestriction> restrictions;  // in column order
};

// `x`: one row per sample, one column per uncertainty (discrete ones as numbers); `cases[r]`:
// whether row r is a case. Throws UsageError for bad options, a table without rows, or no cases.
// Deterministic: ties between candidate peels go to the lower column, a lower edge before an
// upper one.
PrimResult prim(const Table& x, const std::vector<bool>& cases, const PrimOptions& options);

// P(X >= k) for X ~ Binomial(n, p).
double binomial_upper_tail(std::size_t k, std::size_t n, double p);

}  // namespace umbrella::sa
