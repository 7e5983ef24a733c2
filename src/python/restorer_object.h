// unspin.Restorer: the command line's restorer, built from keyword
// arguments that mirror its flags, with the same defaults (the news pack,
// the shipped vocabulary) found the same way (cli/defaults.h).
#pragma once

#include <pybind11/pybind11.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "cli/options.h"
#include "pipeline/restorer.h"
#include "python/result_object.h"

namespace unspin::python {

namespace py = pybind11;

// Raised to Python as unspin.Error (a ValueError), with the message the
// command line prints after "unspin: error: ".
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The keyword arguments, as given to Python (see __init__.pyi).
struct RestorerArguments {
  py::object rules = py::none();
  py::object add_rules = py::none();  // loaded on top of the packs (--add-rules)
  py::object packs = py::none();
  py::object vocab = py::none();
  std::string spell = "off";
  std::string suggest = "fast";
  std::string lang = "en_US";
  py::object dicts = py::none();
  double min_score = 0.0;
  std::optional<double> min_confidence;
  long long max_doc_bytes = 16ll << 20;
  long long max_rule_file_bytes = 64ll << 20;
  // Rule id or category globs, as --disable and --enable.
  py::object disable = py::none();
  py::object enable = py::none();
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

  size_t RuleCount() const { return restorer_->rules().rules().size(); }
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
  Restoration Run(const std::string& text, bool html) const;

  py::dict options_;
  std::shared_ptr<const Restorer> restorer_;
  size_t max_doc_bytes_ = 0;
};

// RestorerArguments from the dict that Options() returns (for pickling).
RestorerArguments ArgumentsFromOptions(const py::dict& options);

}  // namespace unspin::python
