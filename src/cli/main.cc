// unspin: restore text that an article spinner has rewritten.
//
// The front end only parses flags into option structs and dispatches to a
// command; everything else lives in the library.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include "cli/commands.h"

namespace {

constexpr const char* kDescription =
    "unspin: restore text that an article spinner has rewritten.\n"
    "Reads each FILE (stdin when none, or '-') and writes the restored text to stdout.";

}  // namespace

int main(int argc, char** argv) {
  using namespace unspin;
  CLI::App app(kDescription, "unspin");
  app.set_version_flag("--version", std::string("unspin ") + UNSPIN_VERSION);
  app.require_subcommand(0, 1);

  RestoreOptions restore;
  app.add_option("FILE", restore.files, "Input files ('-' for stdin)");
  app.add_option("--rules", restore.common.rule_paths,
                 "Rule file or directory (repeatable); replaces the default pack")
      ->type_name("PATH")
      ->allow_extra_args(false);
  app.add_option("--min-confidence", restore.common.min_confidence,
                 "Skip rules below this confidence (default 0.5; 0 with a vocabulary)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--vocab", restore.common.vocabulary,
                 "Reference vocabulary for context scoring (default: the shipped one)")
      ->type_name("FILE");
  app.add_flag("--no-vocab", restore.common.no_vocabulary,
               "No context scoring: apply rules whenever their conditions hold");
  app.add_option("--min-score", restore.common.min_score,
                 "Evidence an ambiguous restoration needs (log10 units)")
      ->capture_default_str();
  app.add_option("--spell", restore.common.spell,
                 "Spell stage: report findings on stderr, fix unambiguous ones, or off")
      ->check(CLI::IsMember({"report", "fix", "off"}))
      ->capture_default_str();
  app.add_option("--lang", restore.common.language, "Hunspell dictionary for the spell stage")
      ->capture_default_str();
  app.add_option("--dict", restore.common.personal_dictionaries,
                 "Personal word list, one word per line (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_flag("--explain", restore.explain,
               "Print to stderr why each candidate was or was not restored");

  CLI::App* rules = app.add_subcommand("rules", "Work with rule files");
  rules->require_subcommand(1);
  RulesTestOptions rules_test;
  CLI::App* test = rules->add_subcommand(
      "test", "Run every rule's example: and keep: sentences (exit 1 on a failure)");
  test->add_option("PATH", rules_test.paths, "Rule files or directories (default: the pack)");
  test->add_option("--lang", rules_test.language,
                   "Hunspell dictionary that restorations must pass")
      ->capture_default_str();

  RulesImportOptions rules_import;
  CLI::App* import = rules->add_subcommand(
      "import", "Write rules from a spinner thesaurus (original|synonym... or {a|b|c} lines)");
  import->add_option("THESAURUS", rules_import.thesaurus, "Thesaurus file ('-' for stdin)")
      ->required();
  import->add_option("--format", rules_import.format, "auto, pipe or spintax")
      ->check(CLI::IsMember({"auto", "pipe", "spintax"}))
      ->capture_default_str();
  import->add_option("-o,--output", rules_import.output, "Rule file to write (default: stdout)");

  CLI::App* vocab = app.add_subcommand("vocab", "Work with reference vocabularies");
  vocab->require_subcommand(1);
  VocabBuildOptions vocab_build;
  CLI::App* build = vocab->add_subcommand(
      "build", "Count the n-grams of clean text (one sentence or paragraph per line)");
  build->add_option("TEXT", vocab_build.inputs, "Text files ('-' or none: stdin)");
  build->add_option("-o,--output", vocab_build.output, "Vocabulary file to write")->required();
  build->add_option("--min-count", vocab_build.min_count,
                    "Drop bigrams and trigrams seen fewer times")
      ->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "unspin: error: %s\nTry 'unspin --help'.\n", e.what());
    return 2;
  }

  try {
    if (test->parsed()) return RunRulesTest(rules_test);
    if (build->parsed()) return RunVocabBuild(vocab_build);
    if (import->parsed()) return RunRulesImport(rules_import);
    return RunRestore(restore);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "unspin: error: internal error: %s\n", e.what());
    return 2;
  }
}
