#include "vocab/language_model.h"

#include <cmath>
#include <vector>

namespace unspin {
namespace {

// The backoff factor of stupid backoff.
constexpr double kBackoff = 0.4;

}  // namespace

LanguageModel::LanguageModel(std::shared_ptr<const Vocabulary> vocabulary)
    : vocabulary_(std::move(vocabulary)) {}

double LanguageModel::LogScore(std::string_view before2, std::string_view before1,
                               std::string_view word) const {
  const Vocabulary& v = *vocabulary_;
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
  const double total = static_cast<double>(v.total_tokens() + v.distinct_unigrams()) + 1.0;
  return std::log10(factor * count / total);
}

double LanguageModel::SequenceLogScore(std::span<const std::string_view> history,
                                       std::span<const std::string_view> words) const {
  std::vector<std::string_view> all(history.begin(), history.end());
  all.insert(all.end(), words.begin(), words.end());
  return WindowLogScore(all, history.size());
}

double LanguageModel::WindowLogScore(std::span<const std::string_view> window,
                                     size_t first_scored) const {
  double score = 0;
  for (size_t i = first_scored; i < window.size(); ++i) {
    const std::string_view before1 = i >= 1 ? window[i - 1] : std::string_view();
    const std::string_view before2 = i >= 2 ? window[i - 2] : std::string_view();
    score += LogScore(before2, before1, window[i]);
  }
  return score;
}

}  // namespace unspin
