#include "learn/rarity_check.h"

#include <string_view>

#include "base/strings.h"

namespace unspin {
namespace {

// The vocabulary's count of a phrase of one to three token keys; 0 for
// longer phrases, which it does not count.
uint64_t PhraseCount(std::string phrase, const Vocabulary& vocabulary) {
  // The vocabulary's keys are lower case; a restoration keeps its case.
  for (char& c : phrase) c = LowerAscii(c);
  const std::vector<std::string> words = SplitAndTrim(phrase, " ");
  if (words.empty() || words.size() > 3) return 0;
  std::vector<std::string_view> views(words.begin(), words.end());
  return vocabulary.Count(views);
}

}  // namespace

RarityReport FindCommonToRare(const std::vector<LearnedRule>& rules,
                              const Vocabulary& vocabulary) {
  RarityReport report;
  for (const LearnedRule& rule : rules) {
    const uint64_t spun = PhraseCount(rule.spun, vocabulary);
    const uint64_t restored = PhraseCount(rule.restore, vocabulary);
    if (spun == 0 || restored == 0) continue;
    ++report.compared;
    if (static_cast<double>(restored) * kRarerBy < static_cast<double>(spun)) {
      report.common_to_rare.push_back(&rule);
    }
  }
  return report;
}

}  // namespace unspin
