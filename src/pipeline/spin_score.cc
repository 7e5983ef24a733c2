#include "pipeline/spin_score.h"

namespace unspin {

double SpinScore(const RuleSet& rules, const TokenizedText& document,
                 const std::vector<Candidate>& candidates) {
  size_t words = 0;
  for (const Token& token : document.tokens) words += token.kind == TokenKind::kWord;
  if (words == 0) return 0;
  size_t artefacts = 0;
  uint32_t covered_until = 0;
  for (const Candidate& candidate : candidates) {  // in order of first token
    const Rule& rule = rules.rules()[rules.variants()[candidate.variant].rule_index];
    if (!rule.certain || candidate.first < covered_until) continue;
    ++artefacts;
    covered_until = candidate.end;
  }
  return 1000.0 * static_cast<double>(artefacts) / static_cast<double>(words);
}

}  // namespace unspin
