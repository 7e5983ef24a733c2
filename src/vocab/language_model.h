// How natural a word sequence is under the reference vocabulary: a trigram
// model with stupid backoff (Brants et al. 2007), which needs no
// normalisation pass and works directly on raw counts.
#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "vocab/vocabulary.h"

namespace unspin {

// Immutable; const methods are thread-safe.
class LanguageModel {
 public:
  explicit LanguageModel(std::shared_ptr<const Vocabulary> vocabulary);
  // Several vocabularies as one: every count (and the token totals) is the
  // sum of theirs, as if their texts had been counted together (a user's
  // own text beside the shipped vocabulary). None may be null; the first is
  // vocabulary().
  explicit LanguageModel(std::vector<std::shared_ptr<const Vocabulary>> vocabularies);

  // log10 score of `word` after the history words `before2 before1` (either
  // may be empty when there is less history).
  double LogScore(std::string_view before2, std::string_view before1, std::string_view word) const;

  // Sum of LogScore over `words`, each word's history taken from the end of
  // `history` and the words before it.
  double SequenceLogScore(std::span<const std::string_view> history,
                          std::span<const std::string_view> words) const;

  // The same for a window already laid out as history then words: the sum
  // of LogScore over window[first_scored...], each word's history the words
  // before it in `window`.
  double WindowLogScore(std::span<const std::string_view> window, size_t first_scored) const;

  const Vocabulary& vocabulary() const { return *vocabularies_.front(); }

 private:
  uint64_t CountOfHash(int order, uint64_t hash) const;
  uint64_t Count(std::span<const std::string_view> words) const;
  void Prefetch(int order, uint64_t hash) const;

  std::vector<std::shared_ptr<const Vocabulary>> vocabularies_;
  // The add-half denominator of unigram scores: the vocabularies' tokens
  // and distinct unigrams (a word several of them count is counted once
  // each, a small overestimate), plus one.
  double unigram_total_ = 1;
};

}  // namespace unspin
