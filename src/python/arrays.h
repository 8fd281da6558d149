#pragma once
// numpy arrays over C++ buffers without copying them, and the tables the module returns: pandas
// DataFrames when pandas is there (or asked for), plain dicts of numpy arrays otherwise.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace umbrella::python {

namespace py = pybind11;

// An array over `values`, which it takes over: the vector moves into a capsule that the array
// holds as its base, so the numbers are never copied and live as long as the array.
template <typename T>
py::array_t<T> owned_array(std::vector<T>&& values, std::vector<py::ssize_t> shape) {
  auto owner = std::make_unique<std::vector<T>>(std::move(values));
  const T* data = owner->data();
  py::capsule base(owner.get(), [](void* p) { delete static_cast<std::vector<T>*>(p); });
  static_cast<void>(owner.release());  // the capsule owns it now
  return py::array_t<T>(std::move(shape), data, base);
}

// A read-only array over numbers that `owner` (a Python object) keeps alive.
template <typename T>
py::array_t<T> view_array(std::span<const T> values, std::vector<py::ssize_t> shape,
                          py::handle owner) {
  py::array_t<T> view(std::move(shape), values.data(), owner);
  view.attr("flags").attr("writeable") = false;
  return view;
}

// Column `column` of a 2-D array: a strided view of it, no copy.
py::array column_view(const py::array& matrix, py::ssize_t column);

// pandas, imported once; None when it cannot be imported.
py::object pandas();

// Whether to build a DataFrame: `as_frame` True or False, or None for "when pandas is there".
bool wants_frame(const py::object& as_frame);

// The labels of a per-year table: its years and its (outcome, subject) columns. The Python
// objects a table needs (a read-only years array, the list of column tuples, pandas' Index and
// MultiIndex) are built the first time they are asked for and shared by every table after.
class TableLabels {
 public:
  using Columns = std::vector<std::pair<std::string, std::string>>;
  TableLabels(std::vector<int> years, Columns columns)
      : years_(std::move(years)), columns_(std::move(columns)) {}
  const Columns& columns() const { return columns_; }
  const py::object& year_array();
  const py::list& tuples();
  const py::object& year_index();
  const py::object& multi_index();

 private:
  std::vector<int> years_;
  Columns columns_;
  py::object year_array_;  // an array_t<int> once made (a default array_t is not null)
  py::list tuples_;
  py::object year_index_;
  py::object multi_index_;
};

// A table of years x columns over `values` (2-D, C order), sharing its memory: a DataFrame
// indexed by year with (outcome, subject) columns, or {"year": years, (outcome, subject):
// column}, as wants_frame(as_frame) says.
py::object year_table(const py::array& values, TableLabels& labels, const py::object& as_frame);

// A table of named columns (lists or arrays of equal length): a DataFrame, or the dict itself.
py::object column_table(const py::dict& columns, const py::object& as_frame);

}  // namespace umbrella::python
