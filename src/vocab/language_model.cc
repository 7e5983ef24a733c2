#include "vocab/language_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "vocab/ngram_hash.h"

namespace unspin {
namespace {

// The backoff factor of stupid backoff.
constexpr double kBackoff = 0.4;

}  // namespace

LanguageModel::LanguageModel(std::shared_ptr<const Vocabulary> vocabulary)
    : LanguageModel(std::vector{std::move(vocabulary)}) {}

LanguageModel::LanguageModel(std::vector<std::shared_ptr<const Vocabulary>> vocabularies)
    : vocabularies_(std::move(vocabularies)) {
  for (const auto& v : vocabularies_) {
    unigram_total_ += static_cast<double>(v->total_tokens() + v->distinct_unigrams());
  }
}

uint64_t LanguageModel::CountOfHash(int order, uint64_t hash) const {
  // One vocabulary is the common case, and this the hot path.
  uint64_t count = vocabularies_.front()->CountOfHash(order, hash);
  for (size_t i = 1; i < vocabularies_.size(); ++i) {
    count += vocabularies_[i]->CountOfHash(order, hash);
  }
  return count;
}

uint64_t LanguageModel::Count(std::span<const std::string_view> words) const {
  if (words.empty() || words.size() > kMaxNgramOrder) return 0;
  return CountOfHash(static_cast<int>(words.size()), HashNgram(words));
}

void LanguageModel::Prefetch(int order, uint64_t hash) const {
  for (const auto& v : vocabularies_) v->Prefetch(order, hash);
}

double LanguageModel::LogScore(std::string_view before2, std::string_view before1,
                               std::string_view word) const {
  const LanguageModel& v = *this;
  double factor = 1.0;
  if (!before2.empty() && !before1.empty()) {
    const std::string_view trigram[] = {before2, before1, word};
    const std::string_view context[] = {before2, before1};
    // The context is looked up only for a trigram that was seen: most are
    // not, and each lookup is a likely cache miss.
    const uint64_t count = v.Count(trigram);
    const uint64_t context_count = count > 0 ? v.Count(context) : 0;
    if (count > 0 && context_count > 0) {
      return std::log10(static_cast<double>(count) / static_cast<double>(context_count));
    }
    factor *= kBackoff;
  }
  if (!before1.empty()) {
    const std::string_view bigram[] = {before1, word};
    const std::string_view context[] = {before1};
    const uint64_t count = v.Count(bigram);
    const uint64_t context_count = count > 0 ? v.Count(context) : 0;
    if (count > 0 && context_count > 0) {
      return std::log10(factor * static_cast<double>(count) / static_cast<double>(context_count));
    }
    factor *= kBackoff;
  }
  const std::string_view unigram[] = {word};
  // Add-half smoothing so unseen words get a small, equal, non-zero score.
  const double count = static_cast<double>(v.Count(unigram)) + 0.5;
  return std::log10(factor * count / unigram_total_);
}

double LanguageModel::SequenceLogScore(std::span<const std::string_view> history,
                                       std::span<const std::string_view> words) const {
  std::vector<std::string_view> all(history.begin(), history.end());
  all.insert(all.end(), words.begin(), words.end());
  return WindowLogScore(all, history.size());
}

double LanguageModel::WindowLogScore(std::span<const std::string_view> window,
                                     size_t first_scored) const {
  // Every n-gram LogScore may ask about, hashed up front (each word's bytes
  // are read three times, once per order, where LogScore alone reads them
  // nine) and prefetched together, so that the vocabulary's cache misses
  // overlap instead of coming one after another. Then the same backoff as
  // LogScore, by hash.
  const size_t size = window.size();
  if (first_scored >= size) return 0;
  constexpr size_t kOnStack = 16;
  std::array<uint64_t, 3 * kOnStack> on_stack;
  std::vector<uint64_t> on_heap;
  uint64_t* hashes = on_stack.data();
  if (size > kOnStack) {
    on_heap.resize(3 * size);
    hashes = on_heap.data();
  }
  // hashes[3 * j + n - 1]: the n-gram of order n ending at window[j], for
  // the j and n the scoring below can ask about.
  const LanguageModel& v = *this;
  const size_t first_hashed = first_scored >= 2 ? first_scored - 2 : 0;
  uint64_t state1 = 0, state2 = 0;  // unmixed states of the n-grams ending at j - 1
  for (size_t j = first_hashed; j < size; ++j) {
    uint64_t* at = hashes + 3 * j;
    const size_t orders = std::min<size_t>(3, j - first_hashed + 1);
    const uint64_t state3 = orders == 3 ? ExtendNgramHash(state2, window[j]) : 0;
    state2 = orders >= 2 ? ExtendNgramHash(state1, window[j]) : 0;
    state1 = ExtendNgramHash(kNgramHashBasis, window[j]);
    at[0] = FinishNgramHash(state1);
    if (orders >= 2) at[1] = FinishNgramHash(state2);
    if (orders == 3) at[2] = FinishNgramHash(state3);
    for (size_t n = 1; n <= orders; ++n) v.Prefetch(static_cast<int>(n), at[n - 1]);
  }
  const double total = unigram_total_;
  double score = 0;
  for (size_t i = first_scored; i < size; ++i) {
    const uint64_t* at = hashes + 3 * i;
    // As in LogScore, an empty word is no history.
    const bool has_before1 = i >= 1 && !window[i - 1].empty();
    const bool has_before2 = has_before1 && i >= 2 && !window[i - 2].empty();
    double factor = 1.0;
    if (has_before2) {
      // The context is looked up only for a trigram that was seen: most
      // are not.
      const uint64_t count = v.CountOfHash(3, at[2]);
      const uint64_t context_count = count > 0 ? v.CountOfHash(2, at[-2]) : 0;
      if (count > 0 && context_count > 0) {
        score += std::log10(static_cast<double>(count) / static_cast<double>(context_count));
        continue;
      }
      factor *= kBackoff;
    }
    if (has_before1) {
      const uint64_t count = v.CountOfHash(2, at[1]);
      const uint64_t context_count = count > 0 ? v.CountOfHash(1, at[-3]) : 0;
      if (count > 0 && context_count > 0) {
        score += std::log10(factor * static_cast<double>(count) /
                            static_cast<double>(context_count));
        continue;
      }
      factor *= kBackoff;
    }
    // Add-half smoothing so unseen words get a small, equal, non-zero score.
    const double count = static_cast<double>(v.CountOfHash(1, at[0])) + 0.5;
    score += std::log10(factor * count / total);
  }
  return score;
}

}  // namespace unspin
