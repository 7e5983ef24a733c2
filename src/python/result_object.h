// unspin.Result and unspin.Check: what Restorer.restore() and .check()
// return to Python.
#pragma once

#include <pybind11/pybind11.h>

#include <memory>
#include <string>

#include "pipeline/restorer.h"

namespace unspin::python {

namespace py = pybind11;

// Holds the input, the restoration and the restorer (whose rules the edits
// point into). Immutable; the edit and spelling lists are built on first
// use, under the GIL.
class ResultObject {
 public:
  // `input_was_bytes`: text and original are given back as bytes, not str.
  ResultObject(std::shared_ptr<const Restorer> restorer, std::string input,
               Restoration restoration, bool input_was_bytes);

  py::object Text() const;
  py::object Original() const;
  double SpinScore() const { return restoration_.spin_score; }
  double SpinProbability() const { return restoration_.spin_probability; }
  py::list Edits();
  py::list Spelling();
  py::list Warnings() const;
  size_t EditCount() const { return restoration_.edits.size(); }
  // The report of `unspin --json` (with "file" when `file` is not empty),
  // the same as the "unspin" object `unspin --jsonl` adds to a record.
  std::string Json(const std::string& file) const;
  // Json() parsed into Python dicts and lists.
  py::object Dict() const;
  std::string Repr() const;

 private:
  py::object AsText(const std::string& bytes) const;

  std::shared_ptr<const Restorer> restorer_;
  std::string input_;
  Restoration restoration_;
  bool input_was_bytes_;
  py::object edits_;     // None until Edits() is first called
  py::object spelling_;  // None until Spelling() is first called
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
