// The library's errors as Python exceptions with the messages the command line prints: an
// InputError's names file:line:column, the field and what was expected; a UsageError names the
// keyword where the command line names its option.
#include <algorithm>
#include <array>
#include <utility>

#include "core/error.h"
#include "python/bindings.h"

namespace umbrella::python {
namespace {

// The keyword a Python caller passes for an option the library names (as the command line does,
// without dashes): the same name with underscores, but for these.
std::string keyword_of(std::string_view option) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kRenamed{{
      {"assume", "assumptions"},
      {"from", "from_year"},
      {"lever", "levers"},
      {"overlay", "overlays"},
      {"to", "to_year"},
  }};
  for (const auto& [name, keyword] : kRenamed) {
    if (option == name) return std::string(keyword);
  }
  std::string keyword(option);
  std::replace(keyword.begin(), keyword.end(), '-', '_');
  return keyword;
}

// Created once with the module and kept for the life of the process, as the module keeps them.
py::handle input_error_type;
py::handle usage_error_type;

py::handle new_error_type(py::module_& m, const char* name, const char* doc) {
  const std::string qualified = std::string("umbrella.") + name;
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, PyExc_ValueError, nullptr);
  if (type == nullptr) throw py::error_already_set();
  m.add_object(name, py::handle(type));
  return type;
}

// By value: the signature pybind11 calls translators with.
void translate(std::exception_ptr error) {  // NOLINT(performance-unnecessary-value-param)
  try {
    if (error) std::rethrow_exception(error);
  } catch (const InputError& e) {
    py::object instance = input_error_type(e.what());
    instance.attr("file") = e.where().file;
    instance.attr("line") = e.where().line;
    instance.attr("column") = e.where().column;
    instance.attr("field") = e.field();
    instance.attr("message") = e.message();
    PyErr_SetObject(input_error_type.ptr(), instance.ptr());
  } catch (const UsageError& e) {
    py::object instance = usage_error_type(e.text(keyword_of));
    instance.attr("keyword") =
        e.option().empty() ? py::object(py::none()) : py::str(keyword_of(e.option()));
    instance.attr("message") = e.message(keyword_of);
    PyErr_SetObject(usage_error_type.ptr(), instance.ptr());
  } catch (const FileError& e) {
    // The machine would not let us read or write a file (no space, no permission): Python's own
    // kind for that.
    PyErr_SetString(PyExc_OSError, e.what());
  }
}

}  // namespace

void bind_errors(py::module_& m) {
  input_error_type = new_error_type(
      m, "InputError",
      "Bad input in a file (scenario, experiment, .efg game, results): the message starts with "
      "file:line:column and names the field and what was expected, as the command line's does.\n"
      "Attributes: file, line, column (0 when unknown), field, message.");
  usage_error_type = new_error_type(
      m, "UsageError",
      "A bad argument: an unknown lever, assumption view or flashpoint, a year outside the "
      "simulated ones, a results folder that cannot be written. The message is the command "
      "line's, with keywords where that one names its options (levers: ..., to_year 2300 ...).\n"
      "Attributes: keyword (the argument it is about, or None), message (the rest).");
  py::register_exception_translator(&translate);
}

}  // namespace umbrella::python
