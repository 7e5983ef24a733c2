// unspin: restore text that an article spinner has rewritten.
//
// The front end only parses flags into option structs (cli/flags.cc) and
// dispatches to a command; everything else lives in the library.
#include <CLI/CLI.hpp>

#include <malloc.h>

#include <cstdio>
#include <exception>

#include "cli/commands.h"
#include "cli/config_options.h"
#include "cli/flags.h"
#include "cli/help_formatter.h"
#include "cli/option_suggestion.h"

namespace {

constexpr const char* kDescription =
    "unspin: restore text that an article spinner has rewritten.\n"
    "Reads each FILE (stdin when none, or '-') and writes the restored text to stdout.";

int Dispatch(const unspin::CommandLine& line) {
  using namespace unspin;
  if (line.review_command->parsed()) return RunReview(line.review);
  if (line.rules_test_command->parsed()) return RunRulesTest(line.rules_test);
  if (line.rules_import_command->parsed()) return RunRulesImport(line.rules_import);
  if (line.rules_list_command->parsed()) return RunRulesList(line.rules_list);
  if (line.vocab_build_command->parsed()) return RunVocabBuild(line.vocab_build);
  if (line.lm_build_command->parsed()) return RunLmBuild(line.lm_build);
  if (line.lm_score_command->parsed()) return RunLmScore(line.lm_score);
  if (line.lexicon_build_command->parsed()) return RunLexiconBuild(line.lexicon_build);
  if (line.lexicon_lookup_command->parsed()) return RunLexiconLookup(line.lexicon_lookup);
  if (line.learn_command->parsed()) return RunLearn(line.learn);
  if (line.mine_command->parsed()) return RunMine(line.mine);
  if (line.eval_command->parsed()) return RunEval(line.eval);
  if (line.jsonl) return RunJsonl(line.jsonl_options);
  return RunRestore(line.restore);
}

}  // namespace

int main(int argc, char** argv) {
  // Each chunk of a stream allocates and frees the same few large buffers
  // (text, tokens, output). With glibc's defaults, buffers over the mmap
  // threshold are mapped and unmapped every time, and every page faults in
  // again: 7% of a run on a 30 MB stream. Keep them in the heap instead.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
  CLI::App app(kDescription, "unspin");
  app.set_version_flag("--version", std::string("unspin ") + UNSPIN_VERSION);
  app.require_subcommand(0, 1);
  app.formatter(std::make_shared<unspin::HelpFormatter>());  // before the subcommands copy it
  unspin::CommandLine line;
  unspin::DeclareFlags(app, line);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "unspin: error: %s%s\nTry 'unspin --help'.\n", e.what(),
                 unspin::SuggestOption(app, argc, argv).c_str());
    return 2;
  }
  if (unspin::Status config = unspin::ApplyConfigFile(app, line); !config.ok()) {
    std::fprintf(stderr, "unspin: error: %s\n", config.message().c_str());
    return 2;
  }
  unspin::FinishFlags(app, line);
  try {
    return Dispatch(line);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "unspin: error: internal error: %s\n", e.what());
    return 2;
  }
}
