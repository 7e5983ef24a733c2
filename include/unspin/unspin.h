// unspin's C++ library: restores text that article spinners rewrote
// ("satellite tv for pc" -> "satellite"), the engine behind the `unspin`
// command and the Python module. docs/library.md shows a whole program.
//
//   unspin::Expected<unspin::Restorer> restorer = unspin::Restorer::Create({});
//   if (!restorer.ok()) { /* restorer.error(): what to fix */ }
//   unspin::Expected<unspin::Result> result = restorer->Restore("a satellite tv for pc");
//   std::cout << result->text;  // "a satellite"
//
// Errors are values (Expected<T>), never exceptions: every function that can
// fail for a reason the caller can act on says so and returns one. This
// header is the whole interface; it includes only the standard library.
//
// The types are declared in unspin::api and are also unspin::Restorer,
// unspin::Options and so on. (unspin's own sources, which define stages of
// the same names in namespace unspin, build with UNSPIN_BUILDING_LIBRARY and
// name them unspin::api::...)
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__GNUC__)
#define UNSPIN_EXPORT __attribute__((visibility("default")))
#else
#define UNSPIN_EXPORT
#endif

namespace unspin::api {

// A value, or the message saying why there is none. The message is one
// sentence a user can act on, naming the place (a file:line, an option).
template <typename T>
class Expected {
 public:
  Expected(T value) : value_(std::move(value)) {}  // NOLINT: implicit, as std::expected
  static Expected Error(std::string message) { return Expected(std::move(message), 0); }

  bool ok() const { return value_.has_value(); }
  // Empty when ok().
  const std::string& error() const { return error_; }
  // Only when ok() (else undefined behaviour, as std::optional's *).
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Expected(std::string message, int) : error_(std::move(message)) {}
  std::optional<T> value_;
  std::string error_;
};

// Everything that decides how text is restored, with its default. The
// command line's flags and .unspin.toml, and the Python module's keyword
// arguments, fill this struct; the names of the flags are given. Paths are
// file names; "" means the default described.
struct Options {
  // Rule packs by name (DATA/rules/NAME/, see InstalledPacks()); empty: the
  // "news" pack. Each pack's word list (DATA/dictionaries/NAME-words.txt)
  // joins the spelling dictionary. (--pack)
  std::vector<std::string> packs;
  // Rule files or directories used instead of the packs' rules. (--rules)
  std::vector<std::string> rule_paths;
  // Rule files or directories loaded on top of the packs' rules (or of
  // rule_paths): a user's own rules, such as `unspin mine` wrote. (--add-rules)
  std::vector<std::string> added_rule_paths;
  // Rules turned off by id or category glob ("said.*", "tortured"), and
  // back on; enable wins. Patterns that match no rule are reported by
  // Restorer::warnings(). (--disable, --enable)
  std::vector<std::string> disable;
  std::vector<std::string> enable;

  // Reference vocabularies whose counts are added to the shipped one's (or
  // to vocabulary_only's). (--vocab)
  std::vector<std::string> vocabularies;
  // Used instead of the shipped vocabulary. (--vocab-only)
  std::string vocabulary_only;
  // No context scoring at all: rules apply when their conditions hold and
  // their confidence reaches min_confidence. (--no-vocab)
  bool no_vocabulary = false;
  // The backoff language model scored beside the vocabulary; "": the one
  // the build generated (DATA/dictionaries/en-us.lm), when there is one.
  // (--lm, --no-lm)
  std::string backoff_model;
  bool no_backoff_model = false;
  // The learned detector and decision models; "": the shipped ones
  // (DATA/dictionaries/detector.model, decision.model); "none": the
  // built-in ones. (--detector-model, --decision-model)
  std::string detector_model;
  std::string decision_model;
  // The candidate lexicon; "": the installed or built one (LexiconPath()).
  // Only read with a vocabulary. (--lexicon)
  std::string lexicon;
  // Comma-separated thesauri the lexicon's proposals must not come from:
  // wordnet, mythes, moby. (--lexicon-exclude)
  std::string lexicon_exclude;
  // When the lexicon's proposals are scored: "never" (they are not yet
  // precise enough; docs/learning.md), "auto" (in documents the detector
  // finds spun) or "always" (training data). (--propose)
  std::string propose = "never";
  // Run the spun-document detector's thesaurus test on every document (the
  // share of sampled words a thesaurus neighbour fits much better): finds
  // spinners no rule covers, at the cost of loading the candidate lexicon
  // and, on short documents, most of the running time. On with --check.
  // (--thesaurus-test)
  bool thesaurus_test = false;

  // Rules below this confidence are not applied. Unset: 0.5 without a
  // vocabulary, 0 with one (confidence is then a prior). (--min-confidence)
  std::optional<double> min_confidence;
  // Evidence a restoration that is not certain needs, in log10 odds (0:
  // even odds; higher is more cautious). (--min-score)
  double min_score = 0.0;

  // The spell stage: "off", "report" (findings in Result::spelling) or
  // "fix" (unambiguous misspellings corrected). Whatever the mode, a
  // restoration the dictionary rejects is never applied. The library's
  // and the Python module's default is "off"; the command line's is
  // "report" (src/cli/options.h says why). (--spell)
  std::string spell = "off";
  // Spelling suggestions: "fast" (vocabulary words one edit away), "full"
  // (Hunspell's) or "off". (--suggest)
  std::string suggest = "fast";
  // The Hunspell dictionary (/usr/share/hunspell/NAME.aff). (--lang)
  std::string language = "en_US";
  // Word lists (one word a line) the dictionary accepts too. (--dict)
  std::vector<std::string> personal_dictionaries;

  // The largest document Restore() takes (the library's and the Python
  // module's default, 16 MiB; the command line's is 32 MiB). A document
  // takes 25 to 45 bytes of memory per byte while it is restored.
  // (--max-doc-bytes)
  size_t max_doc_bytes = size_t{16} << 20;
  // The largest rule file loaded. (--max-rule-file-bytes)
  size_t max_rule_file_bytes = size_t{64} << 20;
  // HTML pages: also restore alt= and title= values. (--html-attributes)
  bool html_attributes = false;
  // Keep every candidate's features (what --explain shows); slower.
  bool keep_all_features = false;
};

// A place in a restored document's input.
struct Position {
  size_t byte = 0;       // UTF-8 byte offset, 0-based
  size_t codepoint = 0;  // code-point offset, 0-based (each invalid byte counts one)
  size_t line = 1;       // 1-based
  size_t column = 1;     // 1-based, in code points
};

// One change to the input: the fields of the JSON report's edits
// (docs/pipelines.md, "JSON").
struct Edit {
  std::string kind;  // "restoration", "article" or "spelling"
  Position start;
  Position end;  // exclusive
  std::string original;  // the input's text in [start, end)
  std::string replacement;
  std::vector<std::string> alternatives;  // other restorations the rule offered
  std::optional<std::string> rule;        // the rule's id; unset for spelling fixes
  std::string category;
  std::optional<double> confidence;   // the rule's; unset for spelling fixes
  std::optional<double> score;        // context evidence (log10 odds), when scored
  bool certain = false;               // an unmistakable spinner artefact
  std::optional<std::string> origin;  // "hand", "learned", "mined", "thesaurus"; unset for spelling
  std::string explanation;
  std::optional<std::string> source;  // the rule's "file:line"; unset for spelling fixes
};

// A word the spell stage reported (Options::spell "report" or "fix").
struct SpellingFinding {
  Position start;
  Position end;
  std::string word;
  std::vector<std::string> suggestions;  // best first
  bool fixed = false;                    // "fix" corrected it
};

// What Restorer::Restore returns. Copyable; holds no reference to the input
// or the restorer that outlives it being destroyed.
class UNSPIN_EXPORT Result {
 public:
  // The input with the edits applied: every byte not edited is the input's
  // (invalid UTF-8 included).
  std::string text;
  std::vector<Edit> edits;  // in document order, non-overlapping
  // The detector's probability (0-1) that the document was spun.
  double spin_probability = 0;
  // Unmistakable spinner artefacts per 1,000 words.
  double spin_score = 0;
  std::vector<SpellingFinding> spelling;  // in document order
  // Notes on the input, e.g. that invalid UTF-8 was passed through.
  std::vector<std::string> warnings;

  // The report `unspin --json` prints for the document (schema unspin/1),
  // with "file" when `file` is not empty; without it, the object `unspin
  // --jsonl` adds to a record. Empty for a default-constructed Result.
  std::string ToJson(std::string_view file = {}) const;
  // The input that was restored, as given; valid as long as this Result
  // (or a copy of it). Empty for a default-constructed Result.
  std::string_view original() const;

 private:
  friend class Restorer;
  struct Report;
  std::shared_ptr<const Report> report_;
};

// What a document is: restoring HTML or Markdown changes only its text or
// prose, never its markup.
enum class Format { kText, kHtml, kMarkdown };

// How RestoreJsonl reads a record (the command line's --jsonl flags).
struct JsonlOptions {
  std::string field = "text";         // dotted path to the text (--field)
  std::string report_key = "unspin";  // top-level key of the report (--report-key)
  bool html = false;                  // the field holds an HTML page (--html)
  bool explain = false;               // the report gets an "explain" object (--explain)
};

// One output line of RestoreJsonl.
struct JsonlLine {
  std::string line;    // one line of JSON, without a newline
  bool error = false;  // the line is an error record
};

// The restoration pipeline, loaded once. Immutable: every method is const
// and may be called from many threads at once. Copies are cheap and share
// the loaded rules, vocabulary and dictionary.
class UNSPIN_EXPORT Restorer {
 public:
  // Loads the rules, vocabulary, models and dictionary `options` name
  // (tens of milliseconds once the rule set's validation is cached, a few
  // hundred the first time). Fails with the message the command line
  // prints: an unknown pack (listing the installed ones), every file:line
  // error of a broken rule file, a missing vocabulary or dictionary, an
  // option out of its range ("spell must be one of 'off', 'report', 'fix',
  // not 'x'"). Data is found as DataDir() says.
  static Expected<Restorer> Create(const Options& options);

  // Restores one document. Fails when it is larger than
  // Options::max_doc_bytes, or when an HTML page is past the HTML limits
  // (docs/limits.md) or Markdown cannot be parsed.
  Expected<Result> Restore(std::string_view text, Format format = Format::kText) const;

  // One record of `unspin --jsonl`: `line` is a JSON object (a trailing
  // newline is ignored); the result is the same line with the text at
  // options.field restored and a report added under options.report_key,
  // every other byte as it was: byte for byte the command line's output.
  // Bad records (not JSON, no such field, larger than max_doc_bytes) give
  // an error record, not a failure; `line_number` goes into its message.
  // Fails only when options.field lies under options.report_key.
  Expected<JsonlLine> RestoreJsonl(std::string_view line, size_t line_number = 1,
                                   const JsonlOptions& options = {}) const;

  // The options it was created from.
  const Options& options() const;
  // The number of rules loaded, as written (a rule's outside-context:
  // reading is part of it).
  size_t rule_count() const;
  // Restorations the spelling dictionary rejects, never applied:
  // "file:line: rule 'id': restoration 'x' ..." (`unspin rules test` lists
  // them too).
  const std::vector<std::string>& rule_problems() const;
  // Disable/enable patterns that matched no rule.
  const std::vector<std::string>& warnings() const;

 private:
  struct Impl;
  explicit Restorer(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

// Where unspin's data (rules/, dictionaries/) is, in this order:
// $UNSPIN_DATA_DIR; the source checkout, for code in its build tree;
// PREFIX/share/unspin beside the installed library, program or Python
// module; the prefix the build was configured with. "" when none exists.
UNSPIN_EXPORT std::string DataDir();
// The rule packs under DataDir()/rules, by name, sorted.
UNSPIN_EXPORT std::vector<std::string> InstalledPacks();

// A rule pack's files.
struct Pack {
  std::string name;
  std::string rules;      // its directory
  std::string word_list;  // words its restorations need; "" when it has none
};
// The packs named ("news" when `names` is empty). Fails for an unknown
// name, listing the installed packs, or when there is no data directory.
UNSPIN_EXPORT Expected<std::vector<Pack>> FindPacks(const std::vector<std::string>& names);
// The compiled candidate lexicon (`unspin lexicon build`), or "".
UNSPIN_EXPORT std::string LexiconPath();
// The library's version, "MAJOR.MINOR.PATCH".
UNSPIN_EXPORT const char* Version();

}  // namespace unspin::api

#ifndef UNSPIN_BUILDING_LIBRARY
namespace unspin {
using api::DataDir;
using api::Edit;
using api::Expected;
using api::FindPacks;
using api::Format;
using api::InstalledPacks;
using api::JsonlLine;
using api::JsonlOptions;
using api::LexiconPath;
using api::Options;
using api::Pack;
using api::Position;
using api::Restorer;
using api::Result;
using api::SpellingFinding;
using api::Version;
}  // namespace unspin
#endif
