// Restorer(...)'s arguments, parsed from Python's *args and **kwargs by
// hand so that a mistake gets one sentence naming the argument (pybind11's
// overload matching would print the whole signature instead).
#pragma once

#include <pybind11/pybind11.h>

#include "python/restorer_object.h"

namespace unspin::python {

// The parameters in order; the first kPositional may be passed by position.
inline constexpr const char* kRestorerParameters[] = {
    "rules",          "packs",         "vocab",   "spell",   "suggest",
    "lang",           "dicts",         "min_score", "min_confidence", "max_doc_bytes",
    "max_rule_file_bytes", "disable",  "enable", "add_rules",
    "thesaurus_test"};
inline constexpr size_t kPositional = 4;

// Throws pybind11::type_error for too many positional arguments, an unknown
// keyword (with the closest parameter's name), one given twice, or a value
// of the wrong type ("spell must be a str ..., not bool"). Values of the
// right type are checked later (RestorerObject's constructor: unspin.Error).
RestorerArguments ParseRestorerArguments(const pybind11::args& args,
                                         const pybind11::kwargs& kwargs);

}  // namespace unspin::python
