#include "vocab/context_scorer.h"

#include <string_view>

namespace unspin {
namespace {

constexpr size_t kContextWords = 2;

}  // namespace

std::string_view VocabularyKey(const Token& token) {
  return token.kind == TokenKind::kNumber ? kNumberKey : std::string_view(token.key);
}

CandidateScore ContextScorer::Score(const TokenizedText& document, const Candidate& candidate,
                                    const PhraseVariant& variant) const {
  const Tokens& tokens = document.tokens;
  std::vector<std::string_view> history;
  for (uint32_t i = candidate.first; i > 0 && history.size() < kContextWords; --i) {
    const Token& token = tokens[i - 1];
    if (token.kind == TokenKind::kLineBreak || token.key.empty()) break;
    history.insert(history.begin(), VocabularyKey(token));
  }
  if (history.size() < kContextWords) history.insert(history.begin(), kSentenceStart);

  std::vector<std::string_view> after;
  for (uint32_t i = candidate.end; i < tokens.size() && after.size() < kContextWords; ++i) {
    if (tokens[i].kind == TokenKind::kLineBreak || tokens[i].key.empty()) {
      after.push_back(kSentenceEnd);
      break;
    }
    after.push_back(VocabularyKey(tokens[i]));
  }
  if (candidate.end == tokens.size() && after.size() < kContextWords) after.push_back(kSentenceEnd);

  auto window_score = [&](auto phrase_begin, auto phrase_end) {
    std::vector<std::string_view> words(phrase_begin, phrase_end);
    words.insert(words.end(), after.begin(), after.end());
    return model_.SequenceLogScore(history, words);
  };

  auto alone_score = [&](auto phrase_begin, auto phrase_end) {
    const std::vector<std::string_view> words(phrase_begin, phrase_end);
    return model_.SequenceLogScore({}, words);
  };

  CandidateScore score;
  std::vector<std::string_view> spun;
  for (uint32_t i = candidate.first; i < candidate.end; ++i) spun.push_back(VocabularyKey(tokens[i]));
  score.spun = window_score(spun.begin(), spun.end());
  score.spun_alone = alone_score(spun.begin(), spun.end());
  double best_gain = 0;
  for (size_t r = 0; r < variant.restoration_keys.size(); ++r) {
    const auto& keys = variant.restoration_keys[r];
    score.restorations.push_back(window_score(keys.begin(), keys.end()));
    score.restorations_alone.push_back(alone_score(keys.begin(), keys.end()));
    const double gain = (score.restorations[r] - score.spun) -
                        (score.restorations_alone[r] - score.spun_alone);
    if (r == 0 || gain > best_gain) {
      best_gain = gain;
      score.best = r;
    }
  }
  return score;
}

}  // namespace unspin
