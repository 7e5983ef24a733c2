// unspin.Result and unspin.Check: what Restorer.restore() and .check()
// return to Python.
#pragma once

#include <pybind11/pybind11.h>

#include <string>

#include "unspin/unspin.h"

namespace unspin::python {

namespace py = pybind11;

// The library's result of one restoration (which holds the input).
// Immutable.
class ResultObject {
 public:
  // `input_was_bytes`: text and original are given back as bytes, not str.
  ResultObject(api::Result result, bool input_was_bytes);

  py::object Text() const;
  py::object Original() const;
  double SpinScore() const { return result_.spin_score; }
  double SpinProbability() const { return result_.spin_probability; }
  py::list Edits() const { return py::cast(result_.edits); }
  py::list Spelling() const { return py::cast(result_.spelling); }
  py::list Warnings() const { return py::cast(result_.warnings); }
  size_t EditCount() const { return result_.edits.size(); }
  // The report of `unspin --json` (with "file" when `file` is not empty),
  // the same as the "unspin" object `unspin --jsonl` adds to a record.
  std::string Json(const std::string& file) const { return result_.ToJson(file); }
  // Json() parsed into Python dicts and lists.
  py::object Dict() const;
  std::string Repr() const;

 private:
  py::object AsText(std::string_view bytes) const;

  api::Result result_;
  bool input_was_bytes_;
};

// Restorer.check(): the detector's spin probability against a threshold
// (unspin --check).
struct CheckResult {
  double spin_probability = 0;
  double spin_score = 0;  // certain artefacts per 1,000 words
  size_t edits = 0;
  double threshold = 0;
  bool spun = false;  // spin_probability >= threshold

  std::string Repr() const;
};

}  // namespace unspin::python
