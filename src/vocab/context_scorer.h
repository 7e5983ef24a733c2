// Scoring a candidate restoration in its context: how much more natural the
// restored wording is than the spun wording, given the words around it.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "tokenize/tokenized_text.h"
#include "rules/rule_set.h"
#include "vocab/backoff_model.h"
#include "vocab/language_model.h"

namespace unspin {

// One language model's scores of a candidate.
struct ModelScore {
  double spun = 0;                    // log10 score of the window with the spun wording
  std::vector<double> restorations;   // ... with each restoration, in variant order
  double spun_alone = 0;              // log10 score of the spun wording without context
  std::vector<double> restorations_alone;

  // How much more the context favours restoration `r` than the spun
  // wording, beyond how much more common the restoration is anyway ("said"
  // is far more common than "mentioned" everywhere; what matters is whether
  // this context prefers it even more). In log10 units; positive favours
  // restoring. Pointwise-mutual-information style: window gain minus
  // context-free gain.
  double Gain(size_t r) const {
    return (restorations[r] - spun) - (restorations_alone[r] - spun_alone);
  }
};

// The scores of a candidate under each language model the scorer has: the
// reference vocabulary's (LanguageModel, always) and the backoff model's
// (BackoffModel, when there is one), each a separate feature.
struct CandidateScore : ModelScore {  // the reference vocabulary's scores
  ModelScore backoff;                 // empty restorations without a backoff model
  size_t best = 0;                    // index of the best restoration by gain()

  bool has_backoff() const { return !backoff.restorations.empty(); }
  // The gain of restoration `r` the decision uses: the mean of the two
  // models' gains when there are two (docs/how-it-works.md, "Context scoring"), else the
  // vocabulary's.
  double CombinedGain(size_t r) const {
    return has_backoff() ? (Gain(r) + backoff.Gain(r)) / 2 : Gain(r);
  }
  double gain() const { return CombinedGain(best); }
};

// Not thread-safe: it remembers each phrase variant's context-free scores
// (the same for every occurrence of the variant, and half of all the
// language model's work otherwise). Make one per document or per thread.
class ContextScorer {
 public:
  // `backoff` may be null (the vocabulary's model alone); both models must
  // outlive the scorer.
  explicit ContextScorer(const LanguageModel& model, const BackoffModel* backoff = nullptr)
      : model_(model), backoff_(backoff) {}

  // Compares the window "two words before | phrase | two words after" with
  // the spun phrase and with each of the variant's restorations. Windows stop
  // at line breaks (sentence boundaries in the vocabulary).
  CandidateScore Score(const TokenizedText& document, const Candidate& candidate,
                       const PhraseVariant& variant);

 private:
  struct ContextFreeScores {
    double spun = 0;
    std::vector<double> restorations;
    double backoff_spun = 0;
    std::vector<double> backoff_restorations;
  };

  const LanguageModel& model_;
  const BackoffModel* backoff_;
  std::unordered_map<uint32_t, ContextFreeScores> context_free_;  // by variant index
};

// The key of a token as the vocabulary counts it (<num> for numbers).
std::string_view VocabularyKey(const Token& token);

}  // namespace unspin
