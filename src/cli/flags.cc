#include "cli/flags.h"

#include <limits>

#include "cli/color.h"
#include "cli/number_checks.h"

namespace unspin {
namespace {

// Bounds of the numeric options: wide enough for any real use, narrow
// enough that no value overflows what is computed from it.
constexpr uint64_t kMaxBytesOption = uint64_t{1} << 40;  // 1 TiB
constexpr double kMaxScore = 1e6;  // log10 evidence, and artefacts per 1,000 words
constexpr uint64_t kMaxCount = std::numeric_limits<unsigned>::max();

// Rules, vocabulary, scoring and spelling: shared by restoring, --jsonl and
// review.
void DeclareCommonFlags(CLI::App& app, CommonOptions& common) {
  app.add_option("--pack", common.packs,
                 "Rule pack to use: news (default), science, ... (repeatable)")
      ->type_name("NAME")
      ->allow_extra_args(false);
  app.add_option("--rules", common.rule_paths,
                 "Rule file or directory (repeatable); used instead of the packs' rules")
      ->type_name("PATH")
      ->allow_extra_args(false);
  app.add_option("--disable", common.disable,
                 "Turn off the rules whose id or category matches (glob: 'said.*', tortured; "
                 "repeatable)")
      ->type_name("RULE")
      ->allow_extra_args(false);
  app.add_option("--enable", common.enable,
                 "Turn back on rules that --disable or the config file turned off (repeatable)")
      ->type_name("RULE")
      ->allow_extra_args(false);
  auto* config = app.add_option("--config", common.config_file,
                                "Settings file to use instead of the nearest .unspin.toml")
                     ->type_name("FILE");
  app.add_flag("--no-config", common.no_config, "Read no .unspin.toml")->excludes(config);
  app.add_option("--add-rules", common.added_rule_paths,
                 "Rule file or directory (repeatable) loaded on top of the packs' rules (e.g. "
                 "what 'unspin mine' wrote)")
      ->type_name("PATH")
      ->allow_extra_args(false);
  app.add_option("--min-confidence", common.min_confidence,
                 "Skip rules below this confidence (default 0.5; 0 with a vocabulary)")
      ->check(FiniteIn(0.0, 1.0));
  app.add_option("--vocab", common.vocabularies,
                 "Your own vocabulary (unspin vocab build): its counts are added to the shipped "
                 "one's (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_option("--vocab-only", common.vocabulary_only,
                 "Score context with this vocabulary instead of the shipped one (--vocab files "
                 "are added to it)")
      ->type_name("FILE");
  app.add_flag("--no-vocab", common.no_vocabulary,
               "No context scoring: apply rules whenever their conditions hold");
  app.add_option("--lm", common.backoff_model,
                 "Backoff language model scored beside the vocabulary (default: the one the "
                 "build made from CMU Sphinx's, if any)")
      ->type_name("FILE");
  app.add_flag("--no-lm", common.no_backoff_model,
               "Score context with the vocabulary alone, without a backoff language model");
  app.add_option("--detector-model", common.detector_model,
                 "Spun-document detector model (default: dictionaries/detector.model; 'none': "
                 "the built-in rule)")
      ->type_name("FILE");
  app.add_flag("--thesaurus-test", common.thesaurus_test,
               "Run the detector's thesaurus test on every document (on with --check): finds "
               "spinners no rule covers; costs start-up and time on short documents");
  app.add_option("--decision-model", common.decision_model,
                 "Per-candidate decision model (default: dictionaries/decision.model; 'none': "
                 "the built-in one)")
      ->type_name("FILE");
  app.add_option("--propose", common.propose,
                 "Thesaurus proposals beyond the rules (experimental): never, auto (in documents "
                 "found spun), always")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("--lexicon", common.lexicon,
                 "Candidate lexicon for proposals (default: the one the build compiled)")
      ->type_name("FILE");
  app.add_option("--lexicon-exclude", common.lexicon_exclude,
                 "Thesauri the proposals must not use: wordnet, mythes, moby (comma-separated)")
      ->type_name("LIST");
  app.add_option("--min-score", common.min_score,
                 "Evidence an ambiguous restoration needs (log10 units)")
      ->check(FiniteIn(-kMaxScore, kMaxScore))
      ->capture_default_str();
  app.add_option("--spell", common.spell,
                 "Spell stage: report findings on stderr, fix unambiguous ones, or off")
      ->check(CLI::IsMember({"report", "fix", "off"}))
      ->capture_default_str();
  app.add_option("--suggest", common.suggest,
                 "Spelling suggestions: fast (vocabulary words one edit away), full (Hunspell's "
                 "search, slow) or off")
      ->check(CLI::IsMember({"fast", "full", "off"}))
      ->capture_default_str();
  app.add_option("--lang", common.language, "Hunspell dictionary for the spell stage")
      ->capture_default_str();
  app.add_option("--dict", common.personal_dictionaries,
                 "Personal word list, one word per line (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_flag("--html", common.html,
               "Inputs are HTML: restore only their text (default: for .html/.htm/.xhtml files)");
  app.add_flag("--no-html", common.no_html, "Inputs are plain text, whatever their names");
  app.add_flag("--html-attributes", common.html_attributes,
               "With --html, also restore alt= and title= attribute values");
  auto* markdown = app.add_flag(
      "--markdown", common.markdown,
      "Inputs are Markdown: restore only their prose (default: for .md/.markdown files)");
  app.add_flag("--no-markdown", common.no_markdown, "Inputs are not Markdown, whatever their names")
      ->excludes(markdown);
  markdown->excludes(app.get_option("--html"));
  app.add_option("--max-doc-bytes", common.max_doc_bytes,
                 "Largest input read whole (all modes but plain text, which is streamed; "
                 "a --jsonl line is one document)")
      ->check(WholeIn(1, kMaxBytesOption))
      ->capture_default_str();
  app.add_option("--max-rule-file-bytes", common.max_rule_file_bytes,
                 "Largest rule file accepted")
      ->check(WholeIn(1, kMaxBytesOption))
      ->capture_default_str();
}

void DeclareOutputFlags(CLI::App& app, CommandLine& line) {
  RestoreOptions& restore = line.restore;
  auto* diff = app.add_flag("--diff", line.diff, "Print a unified diff per input (for patch -p0)");
  auto* word_diff = app.add_flag("--word-diff", line.word_diff,
                                 "Print the text with edits as [-old-]{+new+}");
  auto* json = app.add_flag("--json", line.json,
                            "Print one JSON document per input (schema unspin/1)");
  auto* check = app.add_flag(
      "--check", line.check,
      "Print each input's spin probability; exit 1 if one reaches --threshold");
  // The suffix attaches only with '=' (as sed's -iSUF): expected(0, 0) on an
  // option, unlike a flag, gives "" (default_str) when bare, and never takes
  // the next argument, so `--in-place a.txt b.txt` rewrites both files.
  auto* in_place = app.add_option("--in-place", restore.backup_suffix,
                                  "Rewrite the files atomically (with =SUFFIX: keep the original "
                                  "as FILE+SUFFIX)")
                       ->expected(0, 0)
                       ->default_str("")
                       ->type_name("[=SUFFIX]");
  auto* jsonl = app.add_flag("--jsonl", line.jsonl,
                             "Filter JSON Lines: restore the --field of each object");
  // The output formats by name; --diff, --word-diff and --json are short
  // for three of them.
  auto* format = app.add_option("--format", line.format,
                                "Output: text, diff, word-diff, json, lint (FILE:LINE:COL: RULE: "
                                "'old' -> 'new') or sarif (SARIF 2.1.0)")
                     ->check(CLI::IsMember({"text", "diff", "word-diff", "json", "lint", "sarif"}))
                     ->type_name("FORMAT");
  const std::vector<CLI::Option*> modes = {diff, word_diff, json, check, in_place, jsonl, format};
  for (CLI::Option* mode : modes) {
    for (CLI::Option* other : modes) {
      if (mode != other) mode->excludes(other);
    }
  }
  app.add_flag("--follow-symlinks", restore.follow_symlinks,
               "--in-place: rewrite the file a symbolic link points to (default: refuse links)")
      ->needs(in_place);
  AddColorOption(app, restore.color, "Colour --word-diff");
  app.add_option("--threshold", restore.threshold,
                 "Spin probability from which --check counts an input as spun")
      ->check(FiniteIn(0.0, 1.0))
      ->capture_default_str();
  app.add_flag("--explain", restore.explain,
               "Print to stderr why each candidate was or was not restored");
  // Two callbacks, not one flag bound to the optional: CLI11 2.1 sets an
  // unset std::optional<bool> flag to false (and --help showed {false}).
  app.add_flag_callback("--progress", [&restore] { restore.progress = true; },
                        "Progress on stderr (default: on a terminal, for inputs over 4 MB)");
  app.add_flag_callback("--no-progress", [&restore] { restore.progress = false; },
                        "No progress, even on a terminal");
  app.add_option("--field", line.jsonl_options.field,
                 "--jsonl: the text's field (dotted path, e.g. article.body)")
      ->capture_default_str();
  app.add_option("--report-key", line.jsonl_options.report_key,
                 "--jsonl: the top-level key each record's report goes under (a record that "
                 "already has it gets an error record)")
      ->capture_default_str();
  app.add_option("--threads", line.jsonl_options.threads,
                 "--jsonl: worker threads (default: the machine's cores)")
      ->check(WholeIn(1, 1024));
  auto* pool = app.add_flag("--pool", restore.pool,
                            "Pool evidence across the inputs (several files, or --jsonl records): "
                            "what earlier documents show about a rule counts in later ones");
  app.add_option("--pool-batch", line.jsonl_options.pool_batch,
                 "--jsonl --pool: records decided together, each with the evidence of the "
                 "records before its batch")
      ->check(WholeIn(1, 1u << 16))
      ->capture_default_str()
      ->needs(pool);
}

// Which inputs are read, how each is taken, where the output goes.
void DeclareInputFlags(CLI::App& app, CommandLine& line) {
  InputOptions& inputs = line.restore.inputs;
  CLI::Option* jsonl = app.get_option("--jsonl");
  auto* recursive = app.add_flag(
      "-r,--recursive", inputs.recursive,
      "A directory stands for its .txt, .md and .html files, recursively (hidden ones skipped)");
  app.add_option("--exclude", inputs.excludes,
                 "With -r, leave out files and directories matching this glob (repeatable)")
      ->type_name("GLOB")
      ->allow_extra_args(false)
      ->needs(recursive);
  app.add_option("--stdin-filename", inputs.stdin_filename,
                 "Name for stdin in messages and diffs; its extension picks the format")
      ->type_name("NAME");
  auto* binary = app.add_option("--binary", inputs.binary,
                                "A file that is not text (NUL bytes, mostly invalid UTF-8): pass "
                                "it through unchanged, error, or restore it as text")
                     ->check(CLI::IsMember({"pass", "error", "text"}))
                     ->capture_default_str();
  app.add_option("-o,--output", inputs.output,
                 "Write the output to this file (atomically; never over an input)")
      ->type_name("FILE")
      ->excludes(app.get_option("--in-place"));
  app.add_flag("-q,--quiet", inputs.quiet,
               "No warnings, notes or spelling findings on stderr (errors still print)");
  for (CLI::Option* restore_only : {recursive, binary, app.get_option("--markdown")}) {
    jsonl->excludes(restore_only);
    restore_only->excludes(jsonl);
  }
}

void DeclareSubcommands(CLI::App& app, CommandLine& line) {
  line.review_command = app.add_subcommand(
      "review", "Accept or reject each suggested edit interactively (keys y n a d e q ?)");
  line.review_command->add_option("FILE", line.review.file, "File to review")->required();
  line.review_command->add_option("-o,--output", line.review.output,
                                  "Write the result here ('-' for stdout) instead of FILE");
  DeclareCommonFlags(*line.review_command, line.review.common);
  AddColorOption(*line.review_command, line.review.color, "Colour the edits shown");

  CLI::App* rules = app.add_subcommand("rules", "Work with rule files");
  rules->require_subcommand(1);
  line.rules_test_command = rules->add_subcommand(
      "test", "Run every rule's example: and keep: sentences (exit 1 on a failure)");
  line.rules_test_command->add_option("PATH", line.rules_test.paths,
                                      "Rule files or directories (default: the pack)");
  line.rules_test_command
      ->add_option("--pack", line.rules_test.packs, "Rule pack to test (repeatable; default news)")
      ->type_name("NAME")
      ->allow_extra_args(false);
  line.rules_test_command
      ->add_option("--lang", line.rules_test.language,
                   "Hunspell dictionary that restorations must pass")
      ->capture_default_str();
  line.rules_test_command
      ->add_option("--dict", line.rules_test.personal_dictionaries,
                   "Extra word list for the spelling dictionary (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  line.rules_list_command =
      rules->add_subcommand("list", "Show the rule packs: rules, categories and word lists");
  line.rules_list_command->add_option("PACK", line.rules_list.packs,
                                      "Packs to show (default: all installed)");
  line.rules_import_command = rules->add_subcommand(
      "import", "Write rules from a spinner thesaurus (original|synonym... or {a|b|c} lines)");
  line.rules_import_command
      ->add_option("THESAURUS", line.rules_import.thesaurus, "Thesaurus file ('-' for stdin)")
      ->required();
  line.rules_import_command->add_option("--format", line.rules_import.format, "auto, pipe or spintax")
      ->check(CLI::IsMember({"auto", "pipe", "spintax"}))
      ->capture_default_str();
  line.rules_import_command->add_option("-o,--output", line.rules_import.output,
                                        "Rule file to write (default: stdout)");

  CLI::App* vocab = app.add_subcommand("vocab", "Work with reference vocabularies");
  vocab->require_subcommand(1);
  line.vocab_build_command = vocab->add_subcommand(
      "build", "Count the n-grams of clean text (one sentence or paragraph per line)");
  line.vocab_build_command->add_option("TEXT", line.vocab_build.inputs,
                                       "Text files ('-' or none: stdin)");
  line.vocab_build_command->add_option("-o,--output", line.vocab_build.output,
                                       "Vocabulary file to write")
      ->required();
  line.vocab_build_command
      ->add_option("--min-count", line.vocab_build.min_count,
                   "Drop bigrams and trigrams seen fewer times")
      ->check(WholeIn(1, kMaxCount))
      ->capture_default_str();
}

void DeclareLanguageModel(CLI::App& app, CommandLine& line) {
  CLI::App* lm = app.add_subcommand("lm", "Work with backoff language models");
  lm->require_subcommand(1);
  line.lm_build_command = lm->add_subcommand(
      "build", "Convert an ARPA or CMU Sphinx trigram model into unspin's mapped format");
  LmBuildOptions& options = line.lm_build;
  auto* arpa = line.lm_build_command->add_option("--arpa", options.arpa, "ARPA text model to read")
                   ->type_name("FILE");
  auto* sphinx = line.lm_build_command
                     ->add_option("--sphinx", options.sphinx,
                                  "CMU Sphinx binary model to read (e.g. Debian's en-us.lm.bin)")
                     ->type_name("FILE");
  arpa->excludes(sphinx);
  sphinx->excludes(arpa);
  line.lm_build_command->add_option("-o,--output", options.output, "Model file to write")
      ->required();
  line.lm_build_command
      ->add_option("--number-word", options.number_word,
                   "Word that numbers are scored as when the model has no <num>")
      ->capture_default_str();
  LmScoreOptions& score = line.lm_score;
  line.lm_score_command = lm->add_subcommand(
      "score", "Print how common words or phrases are: log10 probability without context");
  line.lm_score_command
      ->add_option("PHRASE", score.phrases, "Words or quoted phrases (default: one per stdin line)");
  line.lm_score_command
      ->add_option("--model", score.model, "Model file (default: the installed en-us.lm)")
      ->type_name("FILE");
}

// A positional form kept working for old scripts; it cannot be mixed with
// the named options that replace it.
void AddDeprecatedPositional(CLI::App& command, const char* name, std::string& field,
                             const char* replacement,
                             std::initializer_list<CLI::Option*> named) {
  CLI::Option* option =
      command.add_option(name, field, std::string("Deprecated: use ") + replacement)
          ->type_name("PATH");
  for (CLI::Option* other : named) option->excludes(other);
}

void DeclareMine(CLI::App& app, CommandLine& line) {
  MineOptions& mine = line.mine;
  line.mine_command = app.add_subcommand(
      "mine", "Write a spinner's dictionary as rules, from a collection of its spun texts alone");
  CLI::App& m = *line.mine_command;
  m.add_option("INPUT", mine.inputs,
               "Spun documents: files, directories (searched recursively) or '-' for stdin")
      ->required();
  m.add_option("-o,--output", mine.output, "Rule file to write (default: stdout)");
  m.add_flag("--jsonl", mine.jsonl, "Inputs are JSON Lines: one document per line, in --field");
  m.add_option("--field", mine.field, "--jsonl: the text's field (dotted path)")
      ->capture_default_str();
  m.add_option("--min-occurrences", mine.min_occurrences,
               "Mine only words and phrases seen at least this many times")
      ->check(WholeIn(1, kMaxCount))
      ->capture_default_str();
  m.add_option("--min-documents", mine.min_documents, "... in at least this many documents")
      ->check(WholeIn(1, kMaxCount))
      ->capture_default_str();
  m.add_option("--min-confidence", mine.min_confidence, "Write only pairs at this confidence")
      ->check(FiniteIn(0.0, 1.0))
      ->capture_default_str();
  m.add_option("--exclude", mine.exclude,
               "Thesauri to leave out of the candidates: moby,wordnet,mythes")
      ->type_name("LIST");
  m.add_option("--lexicon", mine.lexicon, "Lexicon file (default: the installed one)")
      ->type_name("FILE");
  m.add_option("--model", mine.model,
               "Confidence model (default: dictionaries/mine.model)")
      ->type_name("FILE");
  m.add_option("--type-model", mine.type_model,
               "Model of whether a type's best pair is a swap at all (default: "
               "dictionaries/mine-type.model with the default --model)")
      ->type_name("FILE");
  m.add_option("--features", mine.features,
               "Also write every scored pair's features here, tab-separated (for training "
               "the model)")
      ->type_name("FILE");
  m.add_option("--max-doc-bytes", mine.max_doc_bytes,
               "Skip documents larger than this, with a warning")
      ->check(WholeIn(1, kMaxBytesOption))
      ->capture_default_str();
}

void DeclareLearnAndEval(CLI::App& app, CommandLine& line) {
  line.learn_command = app.add_subcommand(
      "learn", "Write candidate rules from original/spun pairs of texts");
  // --original and --spun name the two sides the same way for learn and
  // eval; the positional forms (whose orders differ) still work, with a
  // note (FinishFlags).
  CLI::App& learn = *line.learn_command;
  auto* original = learn.add_option("--original", line.learn.original,
                                    "Original text: a file, or a directory (NAME.original.txt "
                                    "when --spun is the same directory)")
                       ->type_name("PATH");
  auto* spun = learn.add_option("--spun", line.learn.spun,
                                "Spun text: a file, or a directory paired by name")
                   ->type_name("PATH");
  AddDeprecatedPositional(learn, "ORIGINAL", line.learn.original, "--original", {original, spun});
  AddDeprecatedPositional(learn, "SPUN", line.learn.spun, "--spun", {original, spun});
  line.learn_command->add_option("-o,--output", line.learn.output,
                                 "Rule file to write (default: stdout)");
  line.learn_command
      ->add_option("--min-count", line.learn.min_count,
                   "Leave out substitutions seen fewer times")
      ->check(WholeIn(1, kMaxCount))
      ->capture_default_str();
  line.learn_command
      ->add_option("--max-words", line.learn.max_words, "Longest phrase on either side, in words")
      ->check(WholeIn(1, 64))
      ->capture_default_str();
  line.learn_command
      ->add_option("--max-doc-bytes", line.learn.max_doc_bytes, "Largest text read")
      ->check(WholeIn(1, kMaxBytesOption))
      ->capture_default_str();

  DeclareMine(app, line);

  line.eval_command = app.add_subcommand(
      "eval", "Restore spun texts and score them against the originals (as score.py does)");
  CLI::App& eval = *line.eval_command;
  auto* eval_spun = eval.add_option("--spun", line.eval.spun,
                                    "Spun text: a file, or a directory (NAME.spun.txt when "
                                    "--original is the same directory)")
                        ->type_name("PATH");
  auto* expected = eval.add_option("--original,--expected", line.eval.expected,
                                   "Original text ({a|b} marks acceptable wordings): a file or "
                                   "a directory")
                       ->type_name("PATH");
  AddDeprecatedPositional(eval, "SPUN", line.eval.spun, "--spun", {eval_spun, expected});
  AddDeprecatedPositional(eval, "EXPECTED", line.eval.expected, "--original",
                          {eval_spun, expected});
  line.eval_command->add_flag("--json", line.eval.json, "Print one JSON object");
  DeclareCommonFlags(*line.eval_command, line.eval.common);
}

void DeclareLexicon(CLI::App& app, CommandLine& line) {
  CLI::App* lexicon =
      app.add_subcommand("lexicon", "Candidate originals from open thesauri (WordNet, mythes, Moby)");
  lexicon->require_subcommand(1);
  LexiconBuildOptions& build = line.lexicon_build;
  line.lexicon_build_command =
      lexicon->add_subcommand("build", "Compile the installed thesauri into a lexicon file");
  CLI::App& b = *line.lexicon_build_command;
  b.add_option("-o,--output", build.output, "Lexicon file to write")->required();
  b.add_option("--wordnet", build.wordnet, "WordNet 3.0 database directory")->capture_default_str();
  b.add_option("--mythes", build.mythes, "MyThes thesaurus (.dat)")->capture_default_str();
  b.add_option("--moby", build.moby, "Aiksaurus data directory (words.dat, meanings.dat)")
      ->capture_default_str();
  b.add_option("--sources", build.sources, "Thesauri to compile in (comma-separated)")
      ->capture_default_str();
  b.add_option("--vocab", build.vocabulary,
               "Vocabulary whose counts rank the candidates (default: the shipped one)")
      ->type_name("FILE");
  b.add_option("--inflections", build.inflections,
               "Irregular inflection table (default: the shipped one)")
      ->type_name("FILE");
  b.add_option("--max-candidates", build.max_candidates, "Candidates kept per lemma")
      ->check(CLI::Range(1, 65535))
      ->capture_default_str();
  LexiconLookupOptions& lookup = line.lexicon_lookup;
  line.lexicon_lookup_command = lexicon->add_subcommand(
      "lookup", "Print the candidate originals of words or phrases, with their sources");
  CLI::App& l = *line.lexicon_lookup_command;
  l.add_option("WORD", lookup.phrases, "Words or quoted phrases, each looked up on its own")
      ->required();
  l.add_option("--lexicon", lookup.lexicon, "Lexicon file (default: the installed one)")
      ->type_name("FILE");
  l.add_option("--exclude", lookup.exclude, "Sources to ignore: moby,wordnet,mythes")
      ->type_name("LIST");
  l.add_option("--limit", lookup.limit, "Print at most this many candidates per word (0: all)")
      ->capture_default_str();
}

}  // namespace

void DeclareFlags(CLI::App& app, CommandLine& line) {
  app.add_option("FILE", line.restore.files, "Input files ('-' for stdin)");
  DeclareCommonFlags(app, line.restore.common);
  DeclareOutputFlags(app, line);
  DeclareInputFlags(app, line);
  DeclareSubcommands(app, line);
  DeclareLanguageModel(app, line);
  DeclareLearnAndEval(app, line);
  DeclareLexicon(app, line);
}

void FinishFlags(CLI::App& app, CommandLine& line) {
  RestoreOptions& restore = line.restore;
  if (line.format == "diff") restore.mode = OutputMode::kDiff;
  if (line.format == "word-diff") restore.mode = OutputMode::kWordDiff;
  if (line.format == "json") restore.mode = OutputMode::kJson;
  if (line.format == "lint") restore.mode = OutputMode::kLint;
  if (line.format == "sarif") restore.mode = OutputMode::kSarif;
  if (line.diff) restore.mode = OutputMode::kDiff;
  if (line.word_diff) restore.mode = OutputMode::kWordDiff;
  if (line.json) restore.mode = OutputMode::kJson;
  if (line.check) restore.mode = OutputMode::kCheck;
  // --check answers "is this spun?": worth the thesaurus test's cost.
  restore.common.thesaurus_test =
      restore.common.thesaurus_test || restore.mode == OutputMode::kCheck;
  if (app.count("--in-place") > 0) restore.mode = OutputMode::kInPlace;
  // --explain reports every restoration's features, not only the chosen
  // one's: what scripts/train/train-models.py learns from.
  restore.common.keep_all_features = restore.explain;
  line.learn.positional =
      line.learn_command->count("ORIGINAL") + line.learn_command->count("SPUN") > 0;
  line.eval.positional =
      line.eval_command->count("SPUN") + line.eval_command->count("EXPECTED") > 0;
  line.jsonl_options.common = restore.common;
  line.jsonl_options.files = restore.files;
  line.jsonl_options.progress = restore.progress;
  line.jsonl_options.inputs = restore.inputs;
  line.jsonl_options.explain = restore.explain;
  line.jsonl_options.pool = restore.pool;
}

}  // namespace unspin
