#include "python/restorer_arguments.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "base/strings.h"

namespace unspin::python {
namespace {

std::string TypeName(py::handle value) {
  return py::str(py::type::of(value).attr("__name__")).cast<std::string>();
}

std::string Str(py::handle value, const char* name, const char* what) {
  if (!py::isinstance<py::str>(value)) {
    throw py::type_error(std::string(name) + " must be a str" + what + ", not " +
                         TypeName(value));
  }
  return value.cast<std::string>();
}

// bool is an int in Python; a number argument refuses it all the same
// (min_score=True is a mistake, not 1.0).
bool IsNumber(py::handle value) {
  return !py::isinstance<py::bool_>(value) &&
         (py::isinstance<py::int_>(value) || py::isinstance<py::float_>(value));
}

double Number(py::handle value, const char* name) {
  if (!IsNumber(value)) {
    throw py::type_error(std::string(name) + " must be a number, not " + TypeName(value));
  }
  return value.cast<double>();
}

long long Integer(py::handle value, const char* name) {
  if (py::isinstance<py::bool_>(value) || !py::isinstance<py::int_>(value)) {
    throw py::type_error(std::string(name) + " must be an int, not " + TypeName(value));
  }
  try {
    return value.cast<long long>();
  } catch (const py::cast_error&) {
    throw py::type_error(std::string(name) + " is too large");
  }
}

void Assign(RestorerArguments& arguments, const std::string& name, py::handle value) {
  if (name == "rules") arguments.rules = py::reinterpret_borrow<py::object>(value);
  if (name == "packs") arguments.packs = py::reinterpret_borrow<py::object>(value);
  if (name == "vocab") arguments.vocab = py::reinterpret_borrow<py::object>(value);
  if (name == "dicts") arguments.dicts = py::reinterpret_borrow<py::object>(value);
  if (name == "disable") arguments.disable = py::reinterpret_borrow<py::object>(value);
  if (name == "enable") arguments.enable = py::reinterpret_borrow<py::object>(value);
  if (name == "add_rules") arguments.add_rules = py::reinterpret_borrow<py::object>(value);
  if (name == "spell") {
    arguments.options.spell = Str(value, "spell", " ('off', 'report' or 'fix')");
  }
  if (name == "suggest") {
    arguments.options.suggest = Str(value, "suggest", " ('fast', 'full' or 'off')");
  }
  if (name == "lang") {
    arguments.options.language = Str(value, "lang", " (a dictionary name such as 'en_US')");
  }
  if (name == "min_score") arguments.options.min_score = Number(value, "min_score");
  if (name == "min_confidence") {
    arguments.options.min_confidence =
        value.is_none() ? std::nullopt : std::optional<double>(Number(value, "min_confidence"));
  }
  if (name == "thesaurus_test") {
    if (!py::isinstance<py::bool_>(value)) {
      throw py::type_error("thesaurus_test must be a bool, not " + TypeName(value));
    }
    arguments.options.thesaurus_test = value.cast<bool>();
  }
  if (name == "max_doc_bytes") arguments.max_doc_bytes = Integer(value, "max_doc_bytes");
  if (name == "max_rule_file_bytes") {
    arguments.max_rule_file_bytes = Integer(value, "max_rule_file_bytes");
  }
}

}  // namespace

RestorerArguments ParseRestorerArguments(const py::args& args, const py::kwargs& kwargs) {
  const std::vector<std::string> parameters(std::begin(kRestorerParameters),
                                            std::end(kRestorerParameters));
  if (args.size() > kPositional) {
    throw py::type_error("Restorer() takes at most " + std::to_string(kPositional) +
                         " positional arguments (rules, packs, vocab, spell), not " +
                         std::to_string(args.size()) + "; pass the others by keyword");
  }
  RestorerArguments arguments;
  std::vector<bool> given(parameters.size(), false);
  for (size_t i = 0; i < args.size(); ++i) {
    given[i] = true;
    Assign(arguments, parameters[i], args[i]);
  }
  for (const auto& [key, value] : kwargs) {
    const std::string name = py::str(key).cast<std::string>();
    const auto at = std::find(parameters.begin(), parameters.end(), name);
    if (at == parameters.end()) {
      std::string message = "Restorer() got an unexpected keyword argument '" + name + "'";
      if (const std::string guess = ClosestMatch(name, parameters); !guess.empty()) {
        message += " (did you mean '" + guess + "'?)";
      }
      throw py::type_error(message);
    }
    const size_t index = static_cast<size_t>(at - parameters.begin());
    if (given[index]) {
      throw py::type_error("Restorer() got multiple values for argument '" + name + "'");
    }
    given[index] = true;
    Assign(arguments, name, value);
  }
  return arguments;
}

}  // namespace unspin::python
