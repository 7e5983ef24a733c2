// The command line, parsed into plain structs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/rule_filter.h"
#include "unspin/unspin.h"

namespace unspin {

// The restoration options (unspin::api::Options, defaults there) and what
// only the command line has: input formats and the config file.
struct CommonOptions : api::Options {
  // The command line's defaults that differ from the library's (and the
  // Python module's), kept as each documents them (man page; docs/python.md):
  // a person at a terminal reads spelling findings as notes on stderr,
  // while a program asks for them (they cost time on every document); and
  // the command line restores one large document at a time, where a
  // library caller restores many at once in threads, each taking 25 to 45
  // bytes of memory per byte.
  CommonOptions() {
    spell = "report";
    max_doc_bytes = size_t{32} << 20;
  }

  // Inputs are HTML pages (--html), or are not (--no-html); with neither, a
  // file whose name ends in .html, .htm or .xhtml is. Only a page's text is
  // restored.
  bool html = false;
  bool no_html = false;
  // Inputs are Markdown (--markdown), or are not (--no-markdown); with
  // neither, a .md or .markdown file is. Only its prose is restored.
  bool markdown = false;
  bool no_markdown = false;

  // The config file's disable/enable patterns, beneath the command line's
  // (Options::disable, Options::enable).
  RuleSwitches config_switches;
  // --config FILE, or --no-config; with neither, the nearest .unspin.toml.
  std::string config_file;
  bool no_config = false;

  bool IsHtml(const std::string& file_name) const;
};

// Which inputs are read and how each is taken, and where the output goes
// (the main command; --jsonl takes output, quiet and stdin_filename).
struct InputOptions {
  bool recursive = false;             // -r: a directory stands for its files
  std::vector<std::string> excludes;  // --exclude: globs of names left out of directories
  // --stdin-filename: names stdin in messages and diffs, and its extension
  // picks stdin's format (else the first bytes do: HTML, Markdown).
  std::string stdin_filename;
  std::string binary = "pass";  // a file that is not text: pass, error or text
  std::string output;           // -o: written there atomically; empty: stdout
  bool quiet = false;           // -q: no warnings, notes or spelling findings
};

enum class OutputMode { kText, kDiff, kWordDiff, kJson, kCheck, kInPlace, kLint, kSarif };

struct RestoreOptions {
  CommonOptions common;
  bool explain = false;
  OutputMode mode = OutputMode::kText;
  std::string color = "auto";        // --word-diff colour: auto, always, never
  double threshold = 0.5;            // --check: spin probability from which an input is spun
  std::string backup_suffix;         // --in-place=SUFFIX
  bool follow_symlinks = false;      // --in-place rewrites a link's target
  std::optional<bool> progress;      // unset: on a terminal, for inputs over a few MB
  // Decide each input with the evidence of the inputs before it
  // (collection_evidence.h; docs/pipelines.md).
  bool pool = false;
  std::vector<std::string> files;  // empty or "-": stdin
  InputOptions inputs;
};

struct JsonlOptions {
  CommonOptions common;
  std::vector<std::string> files;  // empty or "-": stdin
  std::string field = "text";      // dotted path to the text in each object
  std::string report_key = "unspin";  // the top-level key of each record's report
  bool explain = false;            // each report gets an "explain" object
  unsigned threads = 0;            // 0: the machine's cores
  // --pool: records are decided in batches of pool_batch (whatever the
  // threads), each with the evidence of the batches before it.
  bool pool = false;
  size_t pool_batch = 16;
  std::optional<bool> progress;
  InputOptions inputs;             // output, quiet and stdin_filename apply
};

struct ReviewOptions {
  CommonOptions common;
  std::string file;
  std::string output;  // empty: rewrite `file` in place
  std::string color = "auto";  // of the edits shown on stderr: auto, always, never
};

struct RulesTestOptions {
  std::vector<std::string> paths;  // empty: the packs
  std::vector<std::string> packs;  // empty: news
  std::string language = "en_US";  // dictionary for the restoration guard
  std::vector<std::string> personal_dictionaries;
};

struct RulesListOptions {
  std::vector<std::string> packs;  // empty: every installed pack
};

struct RulesImportOptions {
  std::string thesaurus;  // file, or "-" for stdin
  std::string format = "auto";
  std::string output;  // empty: stdout
};

struct VocabBuildOptions {
  std::vector<std::string> inputs;  // text files; "-" is stdin
  std::string output;
  unsigned min_count = 2;
};

struct LmBuildOptions {
  std::string arpa;    // an ARPA text model, or
  std::string sphinx;  // a CMU Sphinx binary (trie) model
  std::string output;
  std::string number_word = "two";  // what <num> is scored as, in a model without <num>
};

struct LmScoreOptions {
  std::vector<std::string> phrases;
  std::string model;  // empty: the installed or built en-us.lm
};

struct LexiconBuildOptions {
  std::string output;
  // The thesauri; one that is missing is left out with a warning.
  std::string wordnet = "/usr/share/wordnet";
  std::string mythes = "/usr/share/mythes/th_en_US_v2.dat";
  std::string moby = "/usr/share/aiksaurus";
  std::string sources = "wordnet,mythes,moby";
  std::string vocabulary;   // empty: the shipped one
  std::string inflections;  // empty: the shipped table
  unsigned max_candidates = 100;
};

struct LexiconLookupOptions {
  std::vector<std::string> phrases;
  std::string lexicon;  // empty: the installed or built one
  std::string exclude;  // comma-separated source names
  unsigned limit = 0;   // 0: every candidate
};

struct LearnOptions {
  std::string original;  // file or directory
  std::string spun;      // file or directory
  bool positional = false;  // given as the deprecated ORIGINAL SPUN
  std::string output;    // empty: stdout
  unsigned min_count = 1;
  unsigned max_words = 4;
  // Each text is held whole with its tokens: the bound the other commands
  // put on documents read whole.
  size_t max_doc_bytes = CommonOptions().max_doc_bytes;
};

struct MineOptions {
  std::vector<std::string> inputs;  // files and directories; "-" is stdin
  std::string output;               // empty: stdout
  bool jsonl = false;               // inputs are JSON Lines, one document a line
  std::string field = "text";       // --jsonl: dotted path to the text
  unsigned min_occurrences = 3;
  unsigned min_documents = 2;
  double min_confidence = 0.5;
  std::string exclude;   // lexicon sources left out: moby,wordnet,mythes
  std::string lexicon;   // empty: the installed or built one
  std::string model;     // empty: dictionaries/mine.model
  // empty: dictionaries/mine-type.model, unless --model names another pair
  // model (the type model is trained on the shipped one's log-odds)
  std::string type_model;
  std::string features;  // write every scored pair's features here (TSV)
  // Documents (a file, or a --jsonl line) larger than this are skipped
  // with a warning.
  size_t max_doc_bytes = 1u << 20;
};

struct EvalOptions {
  CommonOptions common;
  std::string spun;      // file or directory
  std::string expected;  // file or directory
  bool positional = false;  // given as the deprecated SPUN EXPECTED
  bool json = false;
};

}  // namespace unspin
