#include "pipeline/context_decision.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace unspin {

double DocumentShift(double spin_score) {
  // No artefacts at all: ambiguous edits need strong evidence. Each artefact
  // per 1,000 words lowers the bar, up to a cap so a document of nothing but
  // artefacts does not accept every match blindly.
  return std::min(1.5, -1.0 + 0.25 * spin_score);
}

std::vector<Decision> DecideInContext(const RuleSet& rules, const ContextScorer& scorer,
                                      const TokenizedText& document,
                                      const std::vector<Candidate>& candidates,
                                      double spin_score, const DecisionParams& params,
                                      std::vector<Candidate>& kept) {
  std::vector<Decision> decisions(candidates.size());
  std::map<uint32_t, std::pair<double, int>> gain_by_rule;  // sum, count
  for (size_t i = 0; i < candidates.size(); ++i) {
    Decision& decision = decisions[i];
    decision.candidate = candidates[i];
    decision.span = {document.tokens[candidates[i].first].span.begin,
                     document.tokens[candidates[i].end - 1].span.end};
    const PhraseVariant& variant = rules.variants()[candidates[i].variant];
    decision.rule_index = variant.rule_index;
    const Rule& rule = rules.rules()[variant.rule_index];
    decision.certain = rule.certain;
    if (rule.certain) continue;
    decision.score = scorer.Score(document, candidates[i], variant);
    auto& [sum, count] = gain_by_rule[variant.rule_index];
    sum += decision.score.gain();
    ++count;
  }
  const double shift = DocumentShift(spin_score);
  for (Decision& decision : decisions) {
    Candidate& candidate = decision.candidate;
    if (decision.certain) {
      decision.applied = true;
      candidate.strength = 10;  // artefacts outrank any ambiguous reading
      kept.push_back(candidate);
      continue;
    }
    const uint32_t rule_index = rules.variants()[candidate.variant].rule_index;
    const double confidence = std::clamp(rules.rules()[rule_index].confidence, 0.01, 0.99);
    const auto& [sum, count] = gain_by_rule[rule_index];
    decision.pooled_gain = sum / count;
    decision.prior = std::log10(confidence / (1 - confidence));
    decision.document_shift = shift;
    decision.evidence =
        (decision.score.gain() + decision.pooled_gain) / 2 + decision.prior + shift;
    decision.applied = decision.evidence >= params.min_score;
    candidate.restoration = static_cast<uint32_t>(decision.score.best);
    candidate.strength = decision.evidence;
    if (decision.applied) kept.push_back(candidate);
  }
  return decisions;
}

}  // namespace unspin
