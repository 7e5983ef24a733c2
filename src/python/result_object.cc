#include "python/result_object.h"

#include <pybind11/stl.h>

#include <cstdio>

namespace unspin::python {

ResultObject::ResultObject(api::Result result, bool input_was_bytes)
    : result_(std::move(result)), input_was_bytes_(input_was_bytes) {}

py::object ResultObject::AsText(std::string_view bytes) const {
  if (input_was_bytes_) return py::bytes(bytes.data(), bytes.size());
  // A str input is valid UTF-8 and so is every replacement: this cannot fail.
  return py::str(bytes.data(), bytes.size());
}

py::object ResultObject::Text() const { return AsText(result_.text); }

py::object ResultObject::Original() const { return AsText(result_.original()); }

py::object ResultObject::Dict() const {
  return py::module_::import("json").attr("loads")(Json(""));
}

std::string ResultObject::Repr() const {
  char probability[32];
  std::snprintf(probability, sizeof probability, "%.2f", result_.spin_probability);
  return "<unspin.Result: " + std::to_string(result_.edits.size()) +
         " edits, spin probability " + probability + ", " + std::to_string(result_.original().size()) +
         " bytes>";
}

std::string CheckResult::Repr() const {
  char text[160];
  std::snprintf(text, sizeof text,
                "Check(spin_probability=%.3f, spin_score=%g, edits=%zu, spun=%s, threshold=%g)",
                spin_probability, spin_score, edits, spun ? "True" : "False", threshold);
  return text;
}

}  // namespace unspin::python
