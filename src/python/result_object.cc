#include "python/result_object.h"

#include <pybind11/stl.h>

#include <cstdio>

#include "python/edit_views.h"
#include "render/json_report.h"

namespace unspin::python {

ResultObject::ResultObject(std::shared_ptr<const Restorer> restorer, std::string input,
                           Restoration restoration, bool input_was_bytes)
    : restorer_(std::move(restorer)),
      input_(std::move(input)),
      restoration_(std::move(restoration)),
      input_was_bytes_(input_was_bytes),
      edits_(py::none()),
      spelling_(py::none()) {
  // Only --explain reads the decisions; they can outweigh the edits.
  restoration_.decisions.clear();
  restoration_.decisions.shrink_to_fit();
}

py::object ResultObject::AsText(const std::string& bytes) const {
  if (input_was_bytes_) return py::bytes(bytes);
  // A str input is valid UTF-8 and so is every replacement: this cannot fail.
  return py::str(bytes);
}

py::object ResultObject::Text() const { return AsText(restoration_.text); }

py::object ResultObject::Original() const { return AsText(input_); }

py::list ResultObject::Edits() {
  if (edits_.is_none()) {
    edits_ = py::cast(EditViews(restorer_->rules(), input_, restoration_.edits));
  }
  return edits_;
}

py::list ResultObject::Spelling() {
  if (spelling_.is_none()) spelling_ = py::cast(SpellingViews(input_, restoration_.spelling));
  return spelling_;
}

py::list ResultObject::Warnings() const { return py::cast(RestorationWarnings(restoration_)); }

std::string ResultObject::Json(const std::string& file) const {
  return RestorationJson(restorer_->rules(), input_, restoration_, file);
}

py::object ResultObject::Dict() const {
  return py::module_::import("json").attr("loads")(Json(""));
}

std::string ResultObject::Repr() const {
  char probability[32];
  std::snprintf(probability, sizeof probability, "%.2f", restoration_.spin_probability);
  return "<unspin.Result: " + std::to_string(restoration_.edits.size()) +
         " edits, spin probability " + probability + ", " + std::to_string(input_.size()) +
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
