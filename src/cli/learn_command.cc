// `unspin learn --original PATH --spun PATH`: candidate rules from original/spun pairs.
#include <chrono>
#include <cstdio>

#include "cli/commands.h"
#include "cli/defaults.h"
#include "cli/input.h"
#include "cli/pairing.h"
#include "learn/rarity_check.h"
#include "cli/written_rules.h"
#include "learn/rule_learner.h"
#include "learn/rule_writer.h"

namespace unspin {
namespace {

std::vector<std::string> Header(const LearnOptions& options, const LearnReport& report) {
  std::vector<std::string> lines = {
      "Candidate rules learned by 'unspin learn' on " + Today() + " from " +
          std::to_string(report.pairs) + " original/spun pairs",
      "  original: " + options.original,
      "  spun:     " + options.spun,
      "Each rule is one substitution the spinner made (spun words -> original words, up to " +
          std::to_string(options.max_words) + " words a side),",
      "seen " + std::to_string(report.substitutions) + " times in all, as " +
          std::to_string(report.distinct) + " distinct substitutions.",
      options.min_count > 1 ? "Filtered by --min-count " + std::to_string(options.min_count) +
                                  ": " + std::to_string(report.below_min_count) +
                                  " substitutions seen fewer times are left out."
                            : "Not filtered (--min-count 1): substitutions seen once are included.",
      "Left out: " + std::to_string(report.rejected_by_spelling) +
          " whose restoration the spelling dictionary rejects, " +
          std::to_string(report.without_example) + " without an example the rule alone restores.",
      "confidence = substitutions / (substitutions + times the spun wording was kept in an",
      "original). REVIEW marks spun wordings that are also real English: check them, and their",
      "keep: lines and unless- exceptions, before adding any rule to a pack.",
  };
  return lines;
}

// Spinners put rarer synonyms for common words ("mentioned" for "said"), so
// learned rules restore a commoner wording. Rules that mostly go the other
// way were most likely learned with the texts swapped.
void WarnCommonToRare(const std::vector<LearnedRule>& rules, const Vocabulary& vocabulary) {
  const RarityReport rarity = FindCommonToRare(rules, vocabulary);
  if (rarity.common_to_rare.empty()) return;
  std::string examples;
  for (size_t i = 0; i < rarity.common_to_rare.size() && i < 3; ++i) {
    const LearnedRule& rule = *rarity.common_to_rare[i];
    examples += (i == 0 ? "" : ", ") + std::string("'") + rule.spun + "' -> '" + rule.restore + "'";
  }
  const bool most = rarity.common_to_rare.size() * 2 > rarity.compared;
  std::fprintf(stderr,
               "unspin: warning: %zu of %zu learned rules restore a wording much rarer in the "
               "reference vocabulary than the spun one (%s)%s\n",
               rarity.common_to_rare.size(), rarity.compared, examples.c_str(),
               most ? "; spinners do the opposite: are --original and --spun swapped?" : "");
}

}  // namespace

int RunLearn(const LearnOptions& options) {
  if (options.original.empty() || options.spun.empty()) {
    return ReportError("learn needs --original PATH and --spun PATH");
  }
  if (options.positional) {
    std::fprintf(stderr,
                 "unspin: note: 'learn ORIGINAL SPUN' is deprecated (eval takes its texts the "
                 "other way round): use 'learn --original %s --spun %s'\n",
                 options.original.c_str(), options.spun.c_str());
  }
  StatusOr<std::vector<FilePair>> pairs =
      PairInputsForCommand(options.original, options.spun, ".original.txt", ".spun.txt", "original/spun");
  if (!pairs.ok()) return ReportError(pairs.status().message());
  StatusOr<DictionaryFiles> dictionary = FindHunspellDictionary("en_US");
  if (!dictionary.ok()) return ReportError(dictionary.status().message());
  StatusOr<std::unique_ptr<SpellStage>> spelling =
      SpellStage::Create(dictionary.value(), SpellMode::kReport);
  if (!spelling.ok()) return ReportError(spelling.status().message());
  std::shared_ptr<const Vocabulary> vocabulary;
  if (const std::string path = DefaultVocabulary(); !path.empty()) {
    StatusOr<std::shared_ptr<const Vocabulary>> opened = Vocabulary::Open(path);
    if (!opened.ok()) return ReportError(opened.status().message());
    vocabulary = opened.value();
  }

  LearnerOptions learner_options;
  learner_options.max_words = options.max_words;
  learner_options.min_count = options.min_count;
  learner_options.vocabulary = vocabulary.get();
  learner_options.spelling = spelling.value().get();
  RuleLearner learner(learner_options);
  for (const FilePair& pair : pairs.value()) {
    const size_t limit = options.max_doc_bytes;
    StatusOr<std::string> original = ReadInput(pair.first, limit, "--max-doc-bytes");
    if (!original.ok()) return ReportError(original.status().message());
    StatusOr<std::string> spun = ReadInput(pair.second, limit, "--max-doc-bytes");
    if (!spun.ok()) return ReportError(spun.status().message());
    learner.AddPair(original.value(), spun.value());
  }
  const LearnReport report = learner.Learn();
  const std::string text = WriteLearnedRules(report, Header(options, report));
  if (Status written = WriteRulesOutput(options.output, text); !written.ok()) {
    return ReportError(written.message());
  }
  if (vocabulary != nullptr) WarnCommonToRare(report.rules, *vocabulary);
  const RuleExampleReport check = CheckWrittenRules(text, "<learned>");
  std::fprintf(stderr,
               "unspin: %zu pairs, %zu substitutions (%zu distinct): %zu rules written; left "
               "out %zu below --min-count, %zu not in the spelling dictionary, %zu without a "
               "working example; %zu kept uses without a keep: line\n",
               report.pairs, report.substitutions, report.distinct, report.rules.size(),
               report.below_min_count, report.rejected_by_spelling, report.without_example,
               report.keeps_dropped);
  ReportWrittenRulesCheck(check);
  return 0;
}

}  // namespace unspin
