#include "python/arrays.h"

namespace umbrella::python {

py::array column_view(const py::array& matrix, py::ssize_t column) {
  // Built directly rather than by indexing from Python: a table makes one per column.
  const auto* first = static_cast<const char*>(matrix.data()) + column * matrix.strides(1);
  return py::array(matrix.dtype(), {matrix.shape(0)}, {matrix.strides(0)}, first, matrix);
}

py::object pandas() {
  // Imported once: a failed import is slow to repeat, and the answer does not change. The
  // reference is kept for the life of the process, as sys.modules keeps the module's.
  static py::handle module;
  static bool tried = false;
  if (!tried) {
    tried = true;
    try {
      module = py::module_::import("pandas").release();
    } catch (const py::error_already_set& e) {
      if (!e.matches(PyExc_ImportError)) throw;
    }
  }
  return module ? py::reinterpret_borrow<py::object>(module) : py::none();
}

bool wants_frame(const py::object& as_frame) {
  if (as_frame.is_none()) return !pandas().is_none();
  if (!as_frame.cast<bool>()) return false;
  if (pandas().is_none()) {
    throw py::import_error("as_frame=True needs pandas, which cannot be imported");
  }
  return true;
}

const py::object& TableLabels::year_array() {
  if (!year_array_) {
    std::vector<int> years = years_;
    const auto size = static_cast<py::ssize_t>(years.size());
    year_array_ = owned_array(std::move(years), {size});
    year_array_.attr("flags").attr("writeable") = false;  // shared by every table
  }
  return year_array_;
}

const py::list& TableLabels::tuples() {
  if (tuples_.empty() && !columns_.empty()) {
    for (const auto& [outcome, subject] : columns_)
      tuples_.append(py::make_tuple(outcome, subject));
  }
  return tuples_;
}

const py::object& TableLabels::year_index() {
  if (!year_index_) year_index_ = pandas().attr("Index")(year_array(), py::arg("name") = "year");
  return year_index_;
}

const py::object& TableLabels::multi_index() {
  if (!multi_index_) {
    multi_index_ =
        pandas()
            .attr("MultiIndex")
            .attr("from_tuples")(tuples(), py::arg("names") = py::make_tuple("outcome", "subject"));
  }
  return multi_index_;
}

py::object year_table(const py::array& values, TableLabels& labels, const py::object& as_frame) {
  if (wants_frame(as_frame)) {
    // A DataFrame over one 2-D float array keeps that array as its block: no copy.
    return pandas().attr("DataFrame")(values, py::arg("index") = labels.year_index(),
                                      py::arg("columns") = labels.multi_index(),
                                      py::arg("copy") = false);
  }
  py::dict table;
  table["year"] = labels.year_array();
  const py::list& tuples = labels.tuples();
  for (std::size_t c = 0; c < tuples.size(); ++c) {
    table[tuples[c]] = column_view(values, static_cast<py::ssize_t>(c));
  }
  return table;
}

py::object column_table(const py::dict& columns, const py::object& as_frame) {
  if (wants_frame(as_frame)) return pandas().attr("DataFrame")(columns);
  return columns;
}

}  // namespace umbrella::python
