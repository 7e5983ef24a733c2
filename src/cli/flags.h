// The command line's flags, declared on CLI11 apps and bound to the option
// structs. main.cc only parses and dispatches.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/options.h"

namespace unspin {

// Everything the command line can say, filled in by parsing.
struct CommandLine {
  RestoreOptions restore;
  bool diff = false;
  bool word_diff = false;
  bool json = false;
  bool check = false;
  bool jsonl = false;
  std::string format;  // --format; empty: text, or what another mode flag says
  JsonlOptions jsonl_options;
  ReviewOptions review;
  RulesTestOptions rules_test;
  RulesListOptions rules_list;
  RulesImportOptions rules_import;
  VocabBuildOptions vocab_build;
  LmBuildOptions lm_build;
  LmScoreOptions lm_score;
  LexiconBuildOptions lexicon_build;
  LexiconLookupOptions lexicon_lookup;
  LearnOptions learn;
  MineOptions mine;
  EvalOptions eval;

  CLI::App* review_command = nullptr;
  CLI::App* rules_test_command = nullptr;
  CLI::App* rules_import_command = nullptr;
  CLI::App* rules_list_command = nullptr;
  CLI::App* vocab_build_command = nullptr;
  CLI::App* lm_build_command = nullptr;
  CLI::App* lm_score_command = nullptr;
  CLI::App* lexicon_build_command = nullptr;
  CLI::App* lexicon_lookup_command = nullptr;
  CLI::App* learn_command = nullptr;
  CLI::App* mine_command = nullptr;
  CLI::App* eval_command = nullptr;
};

// Declares every flag and subcommand of `app`, bound to `line`.
void DeclareFlags(CLI::App& app, CommandLine& line);

// After parsing: derives what flags imply (the output mode, --jsonl's
// options from the shared ones).
void FinishFlags(CLI::App& app, CommandLine& line);

}  // namespace unspin
