#pragma once
// The yearly recording of a Simulation's outcomes. Every outcome is recorded every year, so the
// probes are sorted once by what they measure and a year is written with one tight loop per
// measure (measure_as) instead of a dispatch per outcome; a flashpoint's outcomes, which are all
// zero in the years without a crisis there (most years), are written together.
#include <array>
#include <cstddef>
#include <span>
#include <vector>

#include "engine/outcomes.h"
#include "model/runtime.h"

namespace umbrella {

class Recorder {
 public:
  Recorder() = default;
  // Outcome `i` reads probes[i] and is written to column `i` of a year's row.
  explicit Recorder(std::span<const Probe> probes);
  // Only the outcomes `only` (indices into `probes`), each still at its own column: the other
  // columns of a row are left as they are. For callers that read a few outcomes of the
  // catalogue (an experiment's), so that a run does not write the rest every year.
  Recorder(std::span<const Probe> probes, std::span<const std::size_t> only);

  // Writes its outcomes of the state `rt` into their columns of `row`, a year's row of a record.
  void record(const RuntimeState& rt, double* row) const;

 private:
  struct Cell {
    std::size_t column = 0;
    Probe probe;
  };
  void add(std::size_t column, const Probe& probe);
  // Once every cell is added: the flashpoints' runs of columns and the cells sorted by measure.
  void finish();
  template <std::size_t... M>
  void record_each(const RuntimeState& rt, double* row, std::index_sequence<M...>) const;

  // Columns first .. first + count - 1.
  struct Run {
    std::size_t first = 0;
    std::size_t count = 0;
  };
  struct Flashpoint {
    int index = 0;
    std::vector<Cell> cells;
    std::vector<Run> runs;  // the columns of `cells` as runs of neighbours, zeroed at once
  };

  std::vector<Cell> cells_;  // the measures of states, alliances and the world, sorted by measure
  // The cells of measure m are cells_[first_[m]] .. cells_[first_[m + 1] - 1].
  std::array<std::size_t, kMeasureCount + 1> first_{};
  std::vector<Flashpoint> flashpoints_;  // the flashpoint measures, by flashpoint
};

}  // namespace umbrella
