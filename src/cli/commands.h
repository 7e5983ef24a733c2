// The subcommands. Each returns the process exit code: 0 success, 1 (where
// documented) findings, 2 errors, which are printed to stderr as
// "unspin: error: ...".
#pragma once

#include "cli/options.h"

namespace unspin {

int RunRestore(const RestoreOptions& options);
int RunJsonl(const JsonlOptions& options);
int RunReview(const ReviewOptions& options);
int RunRulesTest(const RulesTestOptions& options);
int RunRulesList(const RulesListOptions& options);
int RunRulesImport(const RulesImportOptions& options);
int RunVocabBuild(const VocabBuildOptions& options);
int RunLmBuild(const LmBuildOptions& options);
int RunLmScore(const LmScoreOptions& options);
int RunLexiconBuild(const LexiconBuildOptions& options);
int RunLexiconLookup(const LexiconLookupOptions& options);
int RunLearn(const LearnOptions& options);
int RunMine(const MineOptions& options);
int RunEval(const EvalOptions& options);

// Prints "unspin: error: MESSAGE" (each further line indented) to stderr
// and returns 2.
int ReportError(const std::string& message);

}  // namespace unspin
