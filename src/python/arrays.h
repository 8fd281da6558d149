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

// Column `column` of a 2-D array: a strided view, no copy.
py::object column_view(const py::array& matrix, py::ssize_t column);

// pandas, imported once; None when it cannot be imported.
py::object pandas();

// Whether to build a DataFrame: `as_frame` True or False, or None for "when pandas is there".
bool wants_frame(const py::object& as_frame);

// The (outcome, subject) labels of a table's columns; the Python list of tuples and the pandas
// MultiIndex a table needs are built the first time one is asked for.
class ColumnLabels {
 public:
  using Labels = std::vector<std::pair<std::string, std::string>>;
  explicit ColumnLabels(Labels labels) : labels_(std::move(labels)) {}
  const Labels& labels() const { return labels_; }
  const py::list& tuples();
  const py::object& multi_index();

 private:
  Labels labels_;
  py::list tuples_;
  py::object multi_index_;
};

// A table of years x columns over `values` (2-D, C order), sharing its memory: a DataFrame
// indexed by year with (outcome, subject) columns, or {"year": years, (outcome, subject):
// column}, as wants_frame(as_frame) says.
py::object year_table(const py::array& values, const py::array& years, ColumnLabels& labels,
                      const py::object& as_frame);

// A table of named columns (lists or arrays of equal length): a DataFrame, or the dict itself.
py::object column_table(const py::dict& columns, const py::object& as_frame);

}  // namespace umbrella::python
