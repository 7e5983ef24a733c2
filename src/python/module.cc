// The Python module unspin._unspin: bindings only. The package unspin
// (python/unspin/__init__.py) re-exports these names; their types are in
// python/unspin/_unspin.pyi.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "python/restorer_arguments.h"
#include "python/restorer_object.h"
#include "python/result_object.h"
#include "unspin/unspin.h"

namespace py = pybind11;
using namespace pybind11::literals;

namespace unspin::python {
namespace {

py::dict PositionDict(const api::Position& p) {
  return py::dict("byte"_a = p.byte, "codepoint"_a = p.codepoint, "line"_a = p.line,
                  "column"_a = p.column);
}

py::dict EditDict(const api::Edit& e) {
  py::dict d("kind"_a = e.kind, "start"_a = PositionDict(e.start),
                  "end"_a = PositionDict(e.end), "original"_a = e.original,
                  "replacement"_a = e.replacement, "alternatives"_a = e.alternatives,
                  "rule"_a = e.rule, "category"_a = e.category, "confidence"_a = e.confidence,
                  "score"_a = e.score, "certain"_a = e.certain, "explanation"_a = e.explanation,
                  "source"_a = e.source);
  // As the JSON report: no "certain" or "origin" for spelling fixes.
  if (e.rule) d["origin"] = e.origin;
  return d;
}

py::dict SpellingDict(const api::SpellingFinding& s) {
  return py::dict("start"_a = PositionDict(s.start), "end"_a = PositionDict(s.end),
                  "word"_a = s.word, "suggestions"_a = s.suggestions, "fixed"_a = s.fixed);
}

void BindViews(py::module_& m) {
  py::class_<api::Position>(m, "Position",
                           "A place in the input: byte and code-point offsets (0-based), line "
                           "and column (1-based, column in code points). For a str input, "
                           "codepoint is the index into the str.")
      .def_readonly("byte", &api::Position::byte)
      .def_readonly("codepoint", &api::Position::codepoint)
      .def_readonly("line", &api::Position::line)
      .def_readonly("column", &api::Position::column)
      .def("to_dict", &PositionDict, "The position as in the JSON report.")
      .def("__repr__", [](const api::Position& p) {
        return "Position(byte=" + std::to_string(p.byte) + ", codepoint=" +
               std::to_string(p.codepoint) + ", line=" + std::to_string(p.line) +
               ", column=" + std::to_string(p.column) + ")";
      });

  py::class_<api::Edit>(m, "Edit",
                       "One edit, with the fields of the JSON report's edits (docs/pipelines.md, "
                       "'JSON'). rule, confidence and source are None for spelling fixes; "
                       "score is None unless the edit was scored in context.")
      .def_readonly("kind", &api::Edit::kind, "'restoration', 'article' or 'spelling'")
      .def_readonly("start", &api::Edit::start)
      .def_readonly("end", &api::Edit::end, "exclusive")
      .def_readonly("original", &api::Edit::original, "the input's text in the span")
      .def_readonly("replacement", &api::Edit::replacement)
      .def_readonly("alternatives", &api::Edit::alternatives,
                    "other restorations the rule offered, fitted to case")
      .def_readonly("rule", &api::Edit::rule)
      .def_readonly("category", &api::Edit::category)
      .def_readonly("confidence", &api::Edit::confidence)
      .def_readonly("score", &api::Edit::score, "context evidence, log10 units")
      .def_readonly("certain", &api::Edit::certain)
      .def_readonly("origin", &api::Edit::origin,
                    "where the rule came from: hand, learned, mined or thesaurus")
      .def_readonly("explanation", &api::Edit::explanation)
      .def_readonly("source", &api::Edit::source, "the rule's file:line")
      .def("to_dict", &EditDict, "The edit as a dict with the JSON report's keys.")
      .def("__repr__", [](const api::Edit& e) {
        return "<unspin.Edit " + e.kind + " " + py::repr(py::str(e.original)).cast<std::string>() +
               " -> " + py::repr(py::str(e.replacement)).cast<std::string>() + " at byte " +
               std::to_string(e.start.byte) + ">";
      });

  py::class_<api::SpellingFinding>(m, "SpellingFinding",
                           "A word the spell stage reported (spell='report' or 'fix').")
      .def_readonly("start", &api::SpellingFinding::start)
      .def_readonly("end", &api::SpellingFinding::end)
      .def_readonly("word", &api::SpellingFinding::word)
      .def_readonly("suggestions", &api::SpellingFinding::suggestions, "best first")
      .def_readonly("fixed", &api::SpellingFinding::fixed, "spell='fix' corrected it")
      .def("to_dict", &SpellingDict, "The finding as in the JSON report.")
      .def("__repr__", [](const api::SpellingFinding& s) {
        return "<unspin.SpellingFinding " + py::repr(py::str(s.word)).cast<std::string>() + ">";
      });
}

void BindResults(py::module_& m) {
  py::class_<ResultObject>(m, "Result", "What Restorer.restore() returns.")
      .def_property_readonly("text", &ResultObject::Text,
                             "The restored text (str, or bytes for a bytes input). Every byte "
                             "not edited is the input's.")
      .def_property_readonly("original", &ResultObject::Original, "The input, as given.")
      .def_property_readonly("edits", &ResultObject::Edits,
                             "The edits (list of Edit), in document order.")
      .def_property_readonly("spin_probability", &ResultObject::SpinProbability,
                             "The detector's probability (0-1) that the document was spun.")
      .def_property_readonly("spin_score", &ResultObject::SpinScore,
                             "Unmistakable spinner artefacts per 1,000 words.")
      .def_property_readonly("spelling", &ResultObject::Spelling,
                             "The spell stage's findings (list of SpellingFinding); empty with "
                             "spell='off'.")
      .def_property_readonly("warnings", &ResultObject::Warnings,
                             "E.g. invalid UTF-8 passed through (bytes input).")
      .def("to_json", &ResultObject::Json, py::arg("file") = "",
           "The report `unspin --json` prints (with \"file\" when given): schema unspin/1. "
           "Without a file, the \"unspin\" object `unspin --jsonl` adds to a record.")
      .def("to_dict", &ResultObject::Dict, "to_json() as dicts and lists.")
      .def("__len__", &ResultObject::EditCount, "The number of edits.")
      .def("__repr__", &ResultObject::Repr);

  py::class_<CheckResult>(m, "Check", "What Restorer.check() returns (unspin --check).")
      .def_readonly("spin_probability", &CheckResult::spin_probability,
                    "The detector's probability (0-1) that the document was spun.")
      .def_readonly("spin_score", &CheckResult::spin_score,
                    "Unmistakable spinner artefacts per 1,000 words.")
      .def_readonly("edits", &CheckResult::edits, "The number of edits a restore would make.")
      .def_readonly("threshold", &CheckResult::threshold)
      .def_readonly("spun", &CheckResult::spun, "spin_probability >= threshold")
      .def("__bool__", [](const CheckResult& c) { return c.spun; }, "spun")
      .def("__repr__", &CheckResult::Repr);
}

constexpr const char* kRestorerDoc = R"(Restores text rewritten by article spinners.

Restorer(rules=None, packs=None, vocab=None, spell="off", *, suggest="fast",
         lang="en_US", dicts=None, min_score=0.0, min_confidence=None,
         max_doc_bytes=16 MiB, max_rule_file_bytes=64 MiB, disable=None,
         enable=None, add_rules=None, thesaurus_test=False)

The arguments mirror the command line's flags, with its defaults: the news
pack (packs=["news", "science"] for both), the shipped reference vocabulary
and the backoff model the build made (vocab=PATH adds your own vocabulary's
counts to the shipped one's, as --vocab does; vocab=False: no context
scoring), rules=PATH or [PATHS] instead of the packs' rules, add_rules=PATH
or [PATHS] on top of them (as --add-rules: rules that `unspin mine` or
`unspin learn` wrote). spell is "off" (the default here), "report" or "fix".
disable=["said.*", "tortured"] turns rules off by id or category (globs, as
--disable); enable=[...] turns some of them back on. The .unspin.toml config
file is not read: pass its settings as arguments. thesaurus_test=True runs
the spun-document detector's thesaurus test on every document (as --check
does): spin_probability then also finds spinners no rule covers, at the cost
of loading the candidate lexicon and, on short documents, most of the time.

Creating one loads the rules and the vocabulary (tens of milliseconds once
the rule set's validation is cached, a few hundred the first time): create it
once and reuse it. It is immutable and thread-safe, and restore() and check()
release the GIL, so threads restore in parallel. Raises unspin.Error (a
ValueError) with the command line's message: an unknown pack, every
file:line error of a broken rule file, a missing vocabulary.)";

void BindRestorer(py::module_& m) {
  py::class_<RestorerObject>(m, "Restorer", kRestorerDoc)
      // *args and **kwargs, parsed by hand: a wrong argument gets one
      // sentence rather than pybind11's list of signatures.
      .def(py::init([](const py::args& args, const py::kwargs& kwargs) {
        return std::make_unique<RestorerObject>(ParseRestorerArguments(args, kwargs));
      }))
      .def("restore", &RestorerObject::Restore, py::arg("text"), py::kw_only(),
           py::arg("html") = false,
           "Restores one document (str or bytes) -> Result. With html=True the document is an "
           "HTML page and only its text is restored (unspin --html). Releases the GIL. Raises "
           "unspin.Error when the document is larger than max_doc_bytes.")
      .def("check", &RestorerObject::Check, py::arg("text"), py::arg("threshold") = 0.5,
           py::kw_only(), py::arg("html") = false,
           "The detector's spin probability of one document, and whether it is at or above "
           "the threshold (unspin --check; default 0.5) -> Check. Raises unspin.Error for a "
           "threshold outside 0-1. Releases the GIL.")
      .def("restore_jsonl", &RestorerObject::RestoreJsonl, py::arg("line"),
           py::arg("field") = "text", py::arg("line_number") = 1, py::kw_only(),
           py::arg("report_key") = "unspin",
           "One record of `unspin --jsonl --field FIELD --report-key KEY` -> the output line "
           "(str, no newline), identical to the command line's. Never raises for bad records: "
           "errors travel in the record as {\"unspin\": {\"error\": ...}}. Raises "
           "unspin.Error when field is under report_key. Releases the GIL.")
      .def_property_readonly("rule_count", &RestorerObject::RuleCount,
                             "The number of rules loaded.")
      .def_property_readonly("rule_problems", &RestorerObject::RuleProblems,
                             "Restorations the spelling dictionary rejects (never applied), as "
                             "'file:line: rule ...' messages. Empty with spell='off'.")
      .def_property_readonly("options", &RestorerObject::Options,
                             "The arguments, normalised: Restorer(**options) makes the same "
                             "restorer.")
      .def("__repr__", &RestorerObject::Repr)
      .def(py::pickle([](const RestorerObject& r) { return r.Options(); },
                      [](const py::dict& options) {
                        return std::make_unique<RestorerObject>(ArgumentsFromOptions(options));
                      }));
}

}  // namespace
}  // namespace unspin::python

PYBIND11_MODULE(_unspin, m) {
  using namespace unspin::python;
  m.doc() = "unspin's engine (C++), for the unspin package.";
  py::register_exception<Error>(m, "Error", PyExc_ValueError);
  BindViews(m);
  BindResults(m);
  BindRestorer(m);
  m.def("data_dir", &unspin::api::DataDir,
        "The directory holding rules/ and dictionaries/, found as the command line finds it "
        "($UNSPIN_DATA_DIR, the source checkout of a build tree, the install prefix); '' if "
        "none.");
  m.def("lexicon_path", &unspin::api::LexiconPath,
        "The candidate lexicon (`unspin lexicon build`), found as the command line finds it "
        "(DATA/dictionaries/lexicon.bin, or the one a build tree compiled); '' if none.");
  m.def("installed_packs", &unspin::api::InstalledPacks, "The rule packs' names, sorted.");
  m.attr("__version__") = unspin::api::Version();
}
