#include "decide/proposer.h"

#include <algorithm>
#include <bit>
#include <string>

#include "rules/matcher.h"

namespace unspin {
namespace {

constexpr uint32_t kLongestPhrase = 3;

// Words the thesauri list by the hundred whose swap a trigram model cannot
// judge: a proposal for them is noise.
bool TooShortToPropose(std::string_view key) { return key.size() < 2; }

}  // namespace

bool ProposableToken(const TokenizedText& document, uint32_t index) {
  const Token& token = document.tokens[index];
  if (token.kind != TokenKind::kWord || TooShortToPropose(token.key)) return false;
  return AllowedHere(document, /*certain=*/false, index, index + 1);
}

uint32_t Proposer::PhraseEnd(const TokenizedText& document, uint32_t first,
                             const std::vector<bool>& covered) const {
  std::string_view words[kLongestPhrase];
  uint32_t longest = 0;
  for (uint32_t n = 1; n <= kLongestPhrase; ++n) {
    const uint32_t last = first + n - 1;
    if (last >= document.tokens.size() || covered[last] || !ProposableToken(document, last)) break;
    if (n > 1 && document.annotations[last].sentence_start) break;
    words[n - 1] = document.tokens[last].key;
    const std::span<const std::string_view> phrase(words, n);
    if (!lexicon_.Lookup(phrase, options_.exclude).empty()) longest = n;
    if (!lexicon_.HasLongerEntry(phrase)) break;
  }
  if (longest == 0 || InsideCompound(document, first, first + longest)) return 0;
  return first + longest;
}

bool Proposer::Propose(const TokenizedText& document, uint32_t first, uint32_t end,
                       VariantTable& variants, Candidate& candidate) const {
  std::string_view words[kLongestPhrase];
  for (uint32_t t = first; t < end; ++t) words[t - first] = document.tokens[t].key;
  std::vector<LexiconCandidate> found =
      lexicon_.Lookup(std::span<const std::string_view>(words, end - first), options_.exclude);
  // Spinners replace common words by rarer ones: the original is most often
  // the commoner neighbour, so the candidates kept are the most frequent
  // ones, ties broken by the number of thesauri agreeing and then the
  // lexicon's own order. Measured on 6 documents of the simulator's
  // wordai.moby training set (380 swaps): the right original is among 6 kept
  // candidates for 152 swaps, against 45 in the lexicon's sense order; 185
  // with 10 kept.
  std::stable_sort(found.begin(), found.end(),
                   [](const LexiconCandidate& a, const LexiconCandidate& b) {
                     const int sa = std::popcount(a.sources), sb = std::popcount(b.sources);
                     if (a.frequency / 8 != b.frequency / 8) return a.frequency > b.frequency;
                     return sa > sb;
                   });
  PhraseVariant variant;
  variant.rule_index = thesaurus_rule_;
  variant.length = end - first;
  for (const LexiconCandidate& original : found) {
    if (variant.restorations.size() >= options_.candidates_per_word) break;
    // A candidate equal to the spun wording proposes nothing.
    std::vector<std::string> keys;
    size_t at = 0;
    while (at <= original.text.size()) {
      const size_t space = std::min(original.text.find(' ', at), original.text.size());
      if (space > at) keys.emplace_back(original.text.substr(at, space - at));
      at = space + 1;
    }
    bool same = keys.size() == end - first;
    for (size_t k = 0; same && k < keys.size(); ++k) same = keys[k] == words[k];
    if (same || keys.empty()) continue;
    variant.restorations.emplace_back(original.text);
    variant.restoration_keys.push_back(std::move(keys));
    variant.thesaurus_sources.push_back(static_cast<uint8_t>(std::popcount(original.sources)));
  }
  if (variant.restorations.empty()) return false;
  candidate = Candidate{};
  candidate.first = first;
  candidate.end = end;
  candidate.variant = variants.Add(std::move(variant));
  return true;
}

void Proposer::Sample(const TokenizedText& document, const std::vector<bool>& covered,
                      VariantTable& variants, DocumentDecider& decider) const {
  size_t eligible = 0;
  for (uint32_t i = 0; i < document.tokens.size(); ++i) {
    eligible += !covered[i] && ProposableToken(document, i);
  }
  if (eligible == 0) return;
  // Every stride-th eligible word, so a long document is sampled evenly.
  const size_t stride = std::max<size_t>(1, (eligible + options_.sample_limit - 1) /
                                                options_.sample_limit);
  DocumentEvidence& evidence = decider.evidence();
  size_t seen = 0;
  for (uint32_t i = 0; i < document.tokens.size(); ++i) {
    if (covered[i] || !ProposableToken(document, i)) continue;
    if (seen++ % stride != 0) continue;
    const uint32_t end = PhraseEnd(document, i, covered);
    if (end == 0) continue;
    Candidate candidate;
    if (!Propose(document, i, end, variants, candidate)) continue;
    const CandidateScore score = decider.Score(candidate);
    double best = score.restorations.empty() ? 0.0 : score.gain();
    ++evidence.sampled;
    evidence.anomalous += best >= kAnomalousGain;
    evidence.anomaly_gain_sum += std::clamp(best, 0.0, 3.0);
  }
}

void Proposer::ProposeAll(const TokenizedText& document, const std::vector<bool>& covered,
                          VariantTable& variants, DocumentDecider& decider) const {
  for (uint32_t i = 0; i < document.tokens.size(); ++i) {
    if (covered[i] || !ProposableToken(document, i)) continue;
    const uint32_t end = PhraseEnd(document, i, covered);
    if (end == 0) continue;
    Candidate candidate;
    if (!Propose(document, i, end, variants, candidate)) continue;
    decider.AddProposal(candidate, decider.Score(candidate));
  }
}

}  // namespace unspin
