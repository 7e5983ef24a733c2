#include "vocab/context_scorer.h"

#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace unspin {
namespace {

constexpr size_t kContextWords = 2;

}  // namespace

std::string_view VocabularyKey(const Token& token) {
  return token.kind == TokenKind::kNumber ? kNumberKey : std::string_view(token.key);
}

CandidateScore ContextScorer::Score(const TokenizedText& document, const Candidate& candidate,
                                    const PhraseVariant& variant) {
  const Tokens& tokens = document.tokens;
  // The history, newest word first, then oldest first as scored.
  std::string_view history[kContextWords];
  size_t history_size = 0;
  for (uint32_t i = candidate.first; i > 0 && history_size < kContextWords; --i) {
    const Token& token = tokens[i - 1];
    if (token.kind == TokenKind::kLineBreak || token.key.empty()) break;
    history[history_size++] = VocabularyKey(token);
  }
  if (history_size < kContextWords) history[history_size++] = kSentenceStart;

  std::string_view after[kContextWords];
  size_t after_size = 0;
  for (uint32_t i = candidate.end; i < tokens.size() && after_size < kContextWords; ++i) {
    if (tokens[i].kind == TokenKind::kLineBreak || tokens[i].key.empty()) {
      after[after_size++] = kSentenceEnd;
      break;
    }
    after[after_size++] = VocabularyKey(tokens[i]);
  }
  if (candidate.end == tokens.size() && after_size < kContextWords) {
    after[after_size++] = kSentenceEnd;
  }

  // One buffer per thread, laid out history | phrase | after: scoring runs
  // for every candidate and must not allocate.
  thread_local std::vector<std::string_view> window;
  // Each returns the vocabulary's score and, when there is one, the backoff
  // model's (0 otherwise).
  auto window_score = [&](auto phrase_begin, auto phrase_end) {
    window.clear();
    for (size_t h = history_size; h > 0; --h) window.push_back(history[h - 1]);
    window.insert(window.end(), phrase_begin, phrase_end);
    window.insert(window.end(), after, after + after_size);
    return std::pair(model_.WindowLogScore(window, history_size),
                     backoff_ != nullptr ? backoff_->WindowLogScore(window, history_size) : 0.0);
  };
  auto alone_score = [&](auto phrase_begin, auto phrase_end) {
    window.assign(phrase_begin, phrase_end);
    return std::pair(model_.WindowLogScore(window, 0),
                     backoff_ != nullptr ? backoff_->WindowLogScore(window, 0) : 0.0);
  };

  CandidateScore score;
  thread_local std::vector<std::string_view> spun;
  spun.clear();
  bool no_numbers = true;
  for (uint32_t i = candidate.first; i < candidate.end; ++i) {
    spun.push_back(VocabularyKey(tokens[i]));
    no_numbers = no_numbers && tokens[i].kind != TokenKind::kNumber;
  }
  const size_t restorations = variant.restoration_keys.size();
  // A phrase without numbers has the variant's keys wherever it matched,
  // so its context-free scores are the variant's; one with numbers (<num>)
  // is scored as found.
  const ContextFreeScores* context_free = nullptr;
  ContextFreeScores computed;
  if (no_numbers) {
    if (auto found = context_free_.find(candidate.variant); found != context_free_.end()) {
      context_free = &found->second;
    }
  }
  if (context_free == nullptr) {
    std::tie(computed.spun, computed.backoff_spun) = alone_score(spun.begin(), spun.end());
    for (const auto& keys : variant.restoration_keys) {
      const auto [vocabulary, backoff] = alone_score(keys.begin(), keys.end());
      computed.restorations.push_back(vocabulary);
      computed.backoff_restorations.push_back(backoff);
    }
    context_free = no_numbers ? &context_free_.emplace(candidate.variant, std::move(computed))
                                    .first->second
                             : &computed;
  }
  std::tie(score.spun, score.backoff.spun) = window_score(spun.begin(), spun.end());
  score.spun_alone = context_free->spun;
  score.restorations.reserve(restorations);
  score.restorations_alone = context_free->restorations;
  if (backoff_ != nullptr) {
    score.backoff.spun_alone = context_free->backoff_spun;
    score.backoff.restorations_alone = context_free->backoff_restorations;
    score.backoff.restorations.reserve(restorations);
  }
  double best_gain = 0;
  for (size_t r = 0; r < restorations; ++r) {
    const auto& keys = variant.restoration_keys[r];
    const auto [vocabulary, backoff] = window_score(keys.begin(), keys.end());
    score.restorations.push_back(vocabulary);
    if (backoff_ != nullptr) score.backoff.restorations.push_back(backoff);
    const double gain = score.CombinedGain(r);
    if (r == 0 || gain > best_gain) {
      best_gain = gain;
      score.best = r;
    }
  }
  return score;
}

}  // namespace unspin
