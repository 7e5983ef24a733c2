#include "python/restorer_object.h"

#include <pybind11/stl.h>

#include <algorithm>
#include <cstdio>


namespace unspin::python {
namespace {

std::string TypeName(py::handle value) {
  return py::str(py::type::of(value).attr("__name__")).cast<std::string>();
}

bool IsPath(py::handle value) {
  return py::isinstance<py::str>(value) || py::isinstance<py::bytes>(value) ||
         py::hasattr(value, "__fspath__");
}

std::string FsPath(py::handle value, const char* argument) {
  if (!IsPath(value)) {
    throw py::type_error(std::string(argument) + ": expected a path (str or os.PathLike), not " +
                         TypeName(value));
  }
  // os.fsencode: the path's bytes as the file system spells them.
  const py::object os = py::module_::import("os");
  return os.attr("fsencode")(os.attr("fspath")(value)).cast<std::string>();
}

// None, one path, or an iterable of paths.
std::vector<std::string> PathList(py::handle value, const char* argument) {
  std::vector<std::string> paths;
  if (value.is_none()) return paths;
  if (IsPath(value)) {
    paths.push_back(FsPath(value, argument));
    return paths;
  }
  if (!py::isinstance<py::iterable>(value)) {
    throw py::type_error(std::string(argument) + ": expected a path or a list of paths, not " +
                         TypeName(value));
  }
  for (py::handle item : value) paths.push_back(FsPath(item, argument));
  return paths;
}

// None, one name, or an iterable of names.
std::vector<std::string> NameList(py::handle value, const char* argument) {
  std::vector<std::string> names;
  if (value.is_none()) return names;
  if (py::isinstance<py::str>(value)) {
    names.push_back(value.cast<std::string>());
    return names;
  }
  if (!py::isinstance<py::iterable>(value)) {
    throw py::type_error(std::string(argument) + ": expected a name or a list of names, not " +
                         TypeName(value));
  }
  for (py::handle item : value) {
    if (!py::isinstance<py::str>(item)) {
      throw py::type_error(std::string(argument) + ": expected names (str), not " +
                           TypeName(item));
    }
    names.push_back(item.cast<std::string>());
  }
  return names;
}

py::object ListOrNone(const std::vector<std::string>& values, py::handle given) {
  if (given.is_none()) return py::none();
  return py::cast(values);
}

size_t PositiveSize(long long value, const char* argument) {
  if (value <= 0) throw Error(std::string(argument) + " must be positive");
  return static_cast<size_t>(value);
}

// The library's options for these arguments; `options` receives them
// normalised. Values of the right type but out of range are checked by
// api::Restorer::Create.
api::Options ToOptions(const RestorerArguments& arguments, py::dict& options) {
  api::Options common = arguments.options;
  common.rule_paths = PathList(arguments.rules, "rules");
  common.added_rule_paths = PathList(arguments.add_rules, "add_rules");
  common.packs = NameList(arguments.packs, "packs");
  py::object vocab = py::none();
  if (arguments.vocab.is(py::bool_(false))) {
    common.no_vocabulary = true;
    vocab = py::bool_(false);
  } else if (!arguments.vocab.is_none() && !arguments.vocab.is(py::bool_(true))) {
    // Like --vocab: a user's vocabulary adds to the shipped one.
    common.vocabularies.push_back(FsPath(arguments.vocab, "vocab"));
    vocab = py::str(common.vocabularies.back());
  }
  common.personal_dictionaries = PathList(arguments.dicts, "dicts");
  common.max_doc_bytes = PositiveSize(arguments.max_doc_bytes, "max_doc_bytes");
  common.max_rule_file_bytes = PositiveSize(arguments.max_rule_file_bytes, "max_rule_file_bytes");
  common.disable = NameList(arguments.disable, "disable");
  common.enable = NameList(arguments.enable, "enable");

  options["rules"] = ListOrNone(common.rule_paths, arguments.rules);
  options["add_rules"] = ListOrNone(common.added_rule_paths, arguments.add_rules);
  options["packs"] = ListOrNone(common.packs, arguments.packs);
  options["vocab"] = vocab;
  options["spell"] = common.spell;
  options["suggest"] = common.suggest;
  options["lang"] = common.language;
  options["dicts"] = ListOrNone(common.personal_dictionaries, arguments.dicts);
  options["min_score"] = common.min_score;
  options["min_confidence"] = py::cast(common.min_confidence);
  options["max_doc_bytes"] = common.max_doc_bytes;
  options["max_rule_file_bytes"] = common.max_rule_file_bytes;
  options["disable"] = ListOrNone(common.disable, arguments.disable);
  options["enable"] = ListOrNone(common.enable, arguments.enable);
  options["thesaurus_test"] = common.thesaurus_test;
  return common;
}

api::Expected<api::Restorer> CreateWithoutGil(const api::Options& options) {
  py::gil_scoped_release release;
  return api::Restorer::Create(options);
}

}  // namespace

RestorerObject::RestorerObject(const RestorerArguments& arguments) {
  const api::Options options = ToOptions(arguments, options_);
  api::Expected<api::Restorer> restorer = CreateWithoutGil(options);
  if (!restorer.ok()) throw Error(restorer.error());
  restorer_ = std::move(restorer.value());
  if (const size_t problems = restorer_->rule_problems().size(); problems > 0) {
    const std::string message =
        std::to_string(problems) +
        " rule restorations are not in the spelling dictionary and are never applied (list "
        "them with Restorer.rule_problems or 'unspin rules test')";
    if (PyErr_WarnEx(PyExc_UserWarning, message.c_str(), 2) != 0) throw py::error_already_set();
  }
  for (const std::string& warning : restorer_->warnings()) {
    if (PyErr_WarnEx(PyExc_UserWarning, warning.c_str(), 2) != 0) throw py::error_already_set();
  }
}

RestorerObject::Input RestorerObject::Read(py::handle text) const {
  Input input;
  if (PyUnicode_Check(text.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
    if (data == nullptr) throw py::error_already_set();  // lone surrogates
    input.bytes.assign(data, static_cast<size_t>(size));
  } else if (PyBytes_Check(text.ptr()) || PyByteArray_Check(text.ptr())) {
    input.bytes = py::bytes(py::reinterpret_borrow<py::object>(text)).cast<std::string>();
    input.was_bytes = true;
  } else {
    throw py::type_error("expected str or bytes, not " + TypeName(text));
  }
  return input;
}

api::Result RestorerObject::Run(std::string_view text, bool html) const {
  const size_t max_doc_bytes = restorer_->options().max_doc_bytes;
  if (text.size() > max_doc_bytes) {
    throw Error("the document is " + std::to_string(text.size()) +
                " bytes, larger than max_doc_bytes (" + std::to_string(max_doc_bytes) +
                " bytes); raise the limit with Restorer(max_doc_bytes=...)");
  }
  py::gil_scoped_release release;
  api::Expected<api::Result> result =
      restorer_->Restore(text, html ? api::Format::kHtml : api::Format::kText);
  // Raised once the GIL is taken back (the release's destructor).
  if (!result.ok()) throw Error(result.error());
  return std::move(result.value());
}

ResultObject RestorerObject::Restore(py::handle text, bool html) const {
  const Input input = Read(text);
  return ResultObject(Run(input.bytes, html), input.was_bytes);
}

CheckResult RestorerObject::Check(py::handle text, double threshold, bool html) const {
  if (!(threshold >= 0 && threshold <= 1)) {
    // A probability since the detector (a spin score of 2 or 20 would flag nothing).
    throw Error("threshold must be a probability from 0 to 1, not " + std::to_string(threshold));
  }
  const api::Result result = Run(Read(text).bytes, html);
  CheckResult check;
  check.spin_probability = result.spin_probability;
  check.spin_score = result.spin_score;
  check.edits = result.edits.size();
  check.threshold = threshold;
  check.spun = result.spin_probability >= threshold;
  return check;
}

std::string RestorerObject::RestoreJsonl(py::handle line, const std::string& field,
                                         size_t line_number,
                                         const std::string& report_key) const {
  api::JsonlOptions options;
  options.field = field;
  options.report_key = report_key;
  const Input input = Read(line);
  py::gil_scoped_release release;
  api::Expected<api::JsonlLine> output = restorer_->RestoreJsonl(input.bytes, line_number, options);
  // As `unspin --jsonl` refuses such a --field (raised with the GIL back).
  if (!output.ok()) {
    throw Error("field '" + field + "' is under the report's key '" + report_key +
                "': name another with report_key=...");
  }
  return std::move(output->line);
}

py::list RestorerObject::RuleProblems() const { return py::cast(restorer_->rule_problems()); }

std::string RestorerObject::Repr() const {
  std::string repr = "<unspin.Restorer: " + std::to_string(RuleCount()) + " rules";
  for (const char* key : {"packs", "rules", "vocab", "spell"}) {
    repr += std::string(", ") + key + "=" + py::repr(options_[key]).cast<std::string>();
  }
  return repr + ">";
}

RestorerArguments ArgumentsFromOptions(const py::dict& options) {
  RestorerArguments arguments;
  arguments.rules = options["rules"];
  arguments.add_rules = options["add_rules"];
  arguments.packs = options["packs"];
  arguments.vocab = options["vocab"];
  arguments.options.spell = options["spell"].cast<std::string>();
  arguments.options.suggest = options["suggest"].cast<std::string>();
  arguments.options.language = options["lang"].cast<std::string>();
  arguments.dicts = options["dicts"];
  arguments.options.min_score = options["min_score"].cast<double>();
  arguments.options.min_confidence = options["min_confidence"].cast<std::optional<double>>();
  arguments.max_doc_bytes = options["max_doc_bytes"].cast<long long>();
  arguments.max_rule_file_bytes = options["max_rule_file_bytes"].cast<long long>();
  // Pickles made before these options existed lack them.
  if (options.contains("disable")) arguments.disable = options["disable"];
  if (options.contains("enable")) arguments.enable = options["enable"];
  if (options.contains("thesaurus_test")) {
    arguments.options.thesaurus_test = options["thesaurus_test"].cast<bool>();
  }
  return arguments;
}

}  // namespace unspin::python
