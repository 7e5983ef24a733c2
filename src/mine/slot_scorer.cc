#include "mine/slot_scorer.h"

#include "vocab/context_scorer.h"
#include "vocab/vocabulary.h"

namespace unspin {

SlotContext SlotContext::Of(const Tokens& tokens, size_t begin, size_t end) {
  SlotContext context;
  std::array<std::string_view, 2> newest_first{};
  size_t history = 0;
  for (size_t i = begin; i > 0 && history < 2; --i) {
    const Token& token = tokens[i - 1];
    if (token.kind == TokenKind::kLineBreak || token.key.empty()) break;
    newest_first[history++] = VocabularyKey(token);
  }
  if (history < 2) newest_first[history++] = kSentenceStart;
  context.before_size = history;
  for (size_t h = 0; h < history; ++h) context.before[h] = newest_first[history - 1 - h];
  for (size_t i = end; i < tokens.size() && context.after_size < 2; ++i) {
    if (tokens[i].kind == TokenKind::kLineBreak || tokens[i].key.empty()) {
      context.after[context.after_size++] = kSentenceEnd;
      break;
    }
    context.after[context.after_size++] = VocabularyKey(tokens[i]);
  }
  if (end == tokens.size() && context.after_size < 2) {
    context.after[context.after_size++] = kSentenceEnd;
  }
  return context;
}

SlotScorer::Scores SlotScorer::Window(const SlotContext& context,
                                      std::span<const std::string_view> phrase) {
  window_.assign(context.before.begin(), context.before.begin() + context.before_size);
  window_.insert(window_.end(), phrase.begin(), phrase.end());
  window_.insert(window_.end(), context.after.begin(), context.after.begin() + context.after_size);
  Scores scores;
  scores.vocabulary = model_.WindowLogScore(window_, context.before_size);
  if (backoff_ != nullptr) scores.backoff = backoff_->WindowLogScore(window_, context.before_size);
  return scores;
}

const SlotScorer::Scores& SlotScorer::Alone(std::span<const std::string_view> phrase) {
  key_.clear();
  for (const std::string_view word : phrase) {
    key_ += word;
    key_ += ' ';
  }
  if (const auto found = alone_.find(key_); found != alone_.end()) return found->second;
  Scores scores;
  scores.vocabulary = model_.WindowLogScore(phrase, 0);
  if (backoff_ != nullptr) scores.backoff = backoff_->WindowLogScore(phrase, 0);
  return alone_.emplace(key_, scores).first->second;
}

SlotGain SlotScorer::Gain(const SlotContext& context, std::span<const std::string_view> spun,
                          std::span<const std::string_view> candidate) {
  const Scores spun_window = Window(context, spun);
  const Scores candidate_window = Window(context, candidate);
  const Scores spun_alone = Alone(spun);
  const Scores candidate_alone = Alone(candidate);
  SlotGain gain;
  gain.vocabulary = (candidate_window.vocabulary - spun_window.vocabulary) -
                    (candidate_alone.vocabulary - spun_alone.vocabulary);
  if (backoff_ != nullptr) {
    gain.has_backoff = true;
    gain.backoff_window = candidate_window.backoff - spun_window.backoff;
    gain.backoff = gain.backoff_window - (candidate_alone.backoff - spun_alone.backoff);
  }
  return gain;
}

std::vector<std::string_view> SlotScorer::Propose(const SlotContext& context, size_t k) const {
  std::vector<std::string_view> words;
  if (backoff_ == nullptr || k == 0) return words;
  const std::string_view before1 = context.before[context.before_size - 1];
  const std::string_view before2 = context.before_size > 1 ? context.before[0] : "";
  const std::string_view after1 = context.after_size > 0 ? context.after[0] : "";
  const std::string_view after2 = context.after_size > 1 ? context.after[1] : "";
  SlotSearchLimits limits;
  limits.max_scored = 256;
  for (const auto& proposed : backoff_->ProposeWords(before2, before1, after1, after2, k, limits)) {
    words.push_back(proposed.word);
  }
  return words;
}

}  // namespace unspin
