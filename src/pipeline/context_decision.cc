#include "pipeline/context_decision.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace unspin {

// Below this spin score (artefacts per 1,000 words) a document is treated
// as clean.
constexpr double kSpunDocument = 2.0;

double DocumentShift(double spin_score) {
  // Without artefacts, ambiguous edits need overwhelming evidence: a clean
  // article gets none. Each artefact per 1,000 words lowers the bar, up to a
  // cap so a document of nothing but artefacts does not accept every match
  // blindly.
  if (spin_score < kSpunDocument) return -1.0;
  return std::min(1.0, -1.0 + 0.2 * spin_score);
}

namespace {

// How many times each of the words `wanted` (by RuleSet word id, sorted
// and unique) occurs
// as a lower-case word outside quotes. Only the few restorations being
// decided are counted, and by the ids matching found: a map of every word
// of a long document cost more than all the scoring.
std::unordered_map<uint32_t, int> CountPlainWords(const RuleSet& rules,
                                                  const TokenizedText& document,
                                                  const std::vector<uint32_t>& wanted) {
  std::unordered_map<uint32_t, int> counts;
  if (wanted.empty()) return counts;
  std::vector<uint32_t> own_ids;
  if (document.word_ids.size() != document.tokens.size()) {
    own_ids = WordIdsOf(rules, document.tokens);
  }
  const std::span<const uint32_t> ids =
      own_ids.empty() ? document.word_ids : std::span<const uint32_t>(own_ids);
  // A bit per wanted id: this loop runs over every token of the document,
  // and a token's kind and annotation (cold memory) are read only for the
  // few that carry a wanted word.
  const uint32_t largest = *std::max_element(wanted.begin(), wanted.end());
  std::vector<uint64_t> is_wanted(largest / 64 + 1, 0);
  for (uint32_t id : wanted) is_wanted[id / 64] |= uint64_t{1} << (id % 64);
  std::vector<int> found(wanted.size(), 0);  // parallel to `wanted`, which is sorted
  for (size_t i = 0; i < ids.size(); ++i) {
    const uint32_t id = ids[i];
    if (id > largest || (is_wanted[id / 64] >> (id % 64) & 1) == 0) continue;
    // Annotations first: three bytes a token, where a token is forty.
    if (document.annotations[i].in_quotes ||
        document.annotations[i].capitalization != Capitalization::kNone ||
        document.tokens[i].kind != TokenKind::kWord) {
      continue;
    }
    ++found[std::lower_bound(wanted.begin(), wanted.end(), id) - wanted.begin()];
  }
  for (size_t w = 0; w < wanted.size(); ++w) counts.emplace(wanted[w], found[w]);
  return counts;
}

// The id of the first word of a candidate's chosen restoration.
uint32_t RestorationWordId(const RuleSet& rules, const Decision& decision) {
  const auto& keys = rules.variants()[decision.candidate.variant].restoration_keys;
  const auto& chosen = keys[decision.score.best];
  return chosen.empty() ? RuleSet::kNoNode : rules.WordId(chosen[0]);
}

double Consistency(int spun_count, int restoration_count) {
  if (restoration_count == 0 && spun_count >= 2) return 0.5;
  if (restoration_count >= 2 * spun_count) return -2.0;
  if (restoration_count >= spun_count) return -1.0;
  return 0.0;
}

}  // namespace

std::vector<Decision> DecideInContext(const RuleSet& rules, ContextScorer& scorer,
                                      const TokenizedText& document,
                                      const std::vector<Candidate>& candidates,
                                      double spin_score, const DecisionParams& params,
                                      std::vector<Candidate>& kept) {
  std::vector<Decision> decisions(candidates.size());
  std::unordered_map<uint32_t, std::pair<double, int>> gain_by_rule;  // sum, count
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
    // An ambiguous rule is never applied in a clean document: do not spend
    // the language model on it.
    if (rule.confidence < 0.5 && spin_score < kSpunDocument) continue;
    decision.score = scorer.Score(document, candidates[i], variant);
    auto& [sum, count] = gain_by_rule[variant.rule_index];
    sum += decision.score.gain();
    ++count;
  }
  const double shift = DocumentShift(spin_score);
  std::vector<uint32_t> restoration_words;
  for (const Decision& decision : decisions) {
    if (decision.score.restorations.empty()) continue;
    const uint32_t id = RestorationWordId(rules, decision);
    if (id != RuleSet::kNoNode) restoration_words.push_back(id);
  }
  std::sort(restoration_words.begin(), restoration_words.end());
  restoration_words.erase(std::unique(restoration_words.begin(), restoration_words.end()),
                          restoration_words.end());
  const std::unordered_map<uint32_t, int> words =
      CountPlainWords(rules, document, restoration_words);
  std::unordered_map<uint32_t, int> matches_by_rule;
  for (const Candidate& candidate : candidates) {
    ++matches_by_rule[rules.variants()[candidate.variant].rule_index];
  }
  for (Decision& decision : decisions) {
    Candidate& candidate = decision.candidate;
    if (decision.certain) {
      decision.applied = true;
      candidate.strength = 10;  // artefacts outrank any ambiguous reading
      kept.push_back(candidate);
      continue;
    }
    const uint32_t rule_index = rules.variants()[candidate.variant].rule_index;
    if (decision.score.restorations.empty()) continue;  // not scored: not applied
    const double confidence = std::clamp(rules.rules()[rule_index].confidence, 0.01, 0.99);
    const auto& [sum, count] = gain_by_rule[rule_index];
    decision.pooled_gain = sum / count;
    decision.prior = std::log10(confidence / (1 - confidence));
    decision.document_shift = shift;
    const auto found = words.find(RestorationWordId(rules, decision));
    decision.consistency = Consistency(matches_by_rule[rule_index],
                                       found == words.end() ? 0 : found->second);
    decision.evidence = (decision.score.gain() + decision.pooled_gain) / 2 + decision.prior +
                        shift + decision.consistency;
    // Rules below 0.5 are the ambiguous ones (no fixed context makes them
    // safe): a document without spinner artefacts gets none of them.
    const bool ambiguous_in_clean_document =
        rules.rules()[rule_index].confidence < 0.5 && spin_score < kSpunDocument;
    decision.applied = decision.evidence >= params.min_score && !ambiguous_in_clean_document;
    candidate.restoration = static_cast<uint32_t>(decision.score.best);
    candidate.strength = decision.evidence;
    candidate.scored = true;
    if (decision.applied) kept.push_back(candidate);
  }
  return decisions;
}

}  // namespace unspin
