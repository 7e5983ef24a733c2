// unspin.Restorer: the library's restorer (include/unspin/unspin.h), built
// from keyword arguments that mirror the command line's flags and fill the
// library's options, whose defaults are the module's.
#pragma once

#include <pybind11/pybind11.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "python/result_object.h"
#include "unspin/unspin.h"

namespace unspin::python {

namespace py = pybind11;

// Raised to Python as unspin.Error (a ValueError), with the message the
// command line prints after "unspin: error: ".
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The keyword arguments, as given to Python (see __init__.pyi): paths and
// names as Python objects, the rest already in the library's options (whose
// defaults are the module's: api::Options).
struct RestorerArguments {
  py::object rules = py::none();
  py::object add_rules = py::none();  // loaded on top of the packs (--add-rules)
  py::object packs = py::none();
  py::object vocab = py::none();
  py::object dicts = py::none();
  // Rule id or category globs, as --disable and --enable.
  py::object disable = py::none();
  py::object enable = py::none();
  // spell, suggest, lang, min_score, min_confidence.
  api::Options options;
  // Checked to be positive before they go into `options`.
  long long max_doc_bytes = static_cast<long long>(api::Options().max_doc_bytes);
  long long max_rule_file_bytes = static_cast<long long>(api::Options().max_rule_file_bytes);
};

// Immutable after construction; every method may be called from many Python
// threads at once, and each releases the GIL while it restores.
class RestorerObject {
 public:
  // Loads the rules, vocabulary and dictionary with the GIL released.
  // Throws Error (unknown pack, broken rule file, missing vocabulary, bad
  // option) or pybind11::type_error. Warns (UserWarning) when some rule
  // restorations fail the spelling dictionary, as the command line does.
  explicit RestorerObject(const RestorerArguments& arguments);

  // `text` is str or bytes; with `html`, an HTML page of which only the text
  // is restored (as --html). Throws Error above max_doc_bytes.
  ResultObject Restore(py::handle text, bool html) const;
  CheckResult Check(py::handle text, double threshold, bool html) const;
  // One line of `unspin --jsonl`: the same output line, byte for byte,
  // including error records (`line_number` goes into their messages).
  std::string RestoreJsonl(py::handle line, const std::string& field, size_t line_number,
                           const std::string& report_key) const;

  size_t RuleCount() const { return restorer_->rule_count(); }
  py::list RuleProblems() const;
  // The arguments, normalised (paths as str, lists as lists): a copy.
  py::dict Options() const { return py::dict(options_); }
  std::string Repr() const;

 private:
  // The document's bytes; a str is encoded as UTF-8.
  struct Input {
    std::string bytes;
    bool was_bytes = false;
  };
  Input Read(py::handle text) const;
  api::Result Run(std::string_view text, bool html) const;

  py::dict options_;
  std::optional<api::Restorer> restorer_;  // set by the constructor
};

// RestorerArguments from the dict that Options() returns (for pickling).
RestorerArguments ArgumentsFromOptions(const py::dict& options);

}  // namespace unspin::python
