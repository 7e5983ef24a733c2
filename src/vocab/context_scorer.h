// Scoring a candidate restoration in its context: how much more natural the
// restored wording is than the spun wording, given the words around it.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "rules/matcher.h"
#include "rules/rule_set.h"
#include "vocab/language_model.h"

namespace unspin {

struct CandidateScore {
  double spun = 0;                    // log10 score of the window with the spun wording
  std::vector<double> restorations;   // ... with each restoration, in variant order
  double spun_alone = 0;              // log10 score of the spun wording without context
  std::vector<double> restorations_alone;
  size_t best = 0;                    // index of the best restoration by gain
  // How much more the context favours the restoration than the spun wording,
  // beyond how much more common the restoration is anyway ("said" is far
  // more common than "mentioned" everywhere; what matters is whether this
  // context prefers it even more). In log10 units; positive favours
  // restoring. Pointwise-mutual-information style: window gain minus
  // context-free gain.
  double gain() const {
    return (restorations[best] - spun) - (restorations_alone[best] - spun_alone);
  }
};

// Not thread-safe: it remembers each phrase variant's context-free scores
// (the same for every occurrence of the variant, and half of all the
// language model's work otherwise). Make one per document or per thread.
class ContextScorer {
 public:
  explicit ContextScorer(const LanguageModel& model) : model_(model) {}

  // Compares the window "two words before | phrase | two words after" with
  // the spun phrase and with each of the variant's restorations. Windows stop
  // at line breaks (sentence boundaries in the vocabulary).
  CandidateScore Score(const TokenizedText& document, const Candidate& candidate,
                       const PhraseVariant& variant);

 private:
  struct ContextFreeScores {
    double spun = 0;
    std::vector<double> restorations;
  };

  const LanguageModel& model_;
  std::unordered_map<uint32_t, ContextFreeScores> context_free_;  // by variant index
};

// The key of a token as the vocabulary counts it (<num> for numbers).
std::string_view VocabularyKey(const Token& token);

}  // namespace unspin
