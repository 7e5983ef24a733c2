// Pass 2 of mining, at one occurrence of a phrase type: how much each
// language model prefers a candidate original over the phrase on the page,
// in the words around it, as the context scorer measures it (context_scorer.h:
// the window's gain beyond the context-free gain), and the words the
// backoff model proposes for the slot.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/string_map.h"
#include "tokenize/token.h"
#include "vocab/backoff_model.h"
#include "vocab/language_model.h"

namespace unspin {

// The words around tokens [begin, end) of a document, as the context
// scorer takes them: two before (oldest first) and two after, stopping at
// a line break, with <s> / </s> at the edges of a line. The views point
// into the document's tokens and the vocabulary's constants.
struct SlotContext {
  std::array<std::string_view, 2> before{};  // before[before_size - 1] is next to the slot
  size_t before_size = 0;
  std::array<std::string_view, 2> after{};
  size_t after_size = 0;

  static SlotContext Of(const Tokens& tokens, size_t begin, size_t end);
};

// Both models' gains of one candidate at one slot (log10 units; positive:
// the candidate reads better there than the phrase, beyond how much more
// common it is anyway), and the backoff model's plain difference of window
// scores (the candidate's prior included).
struct SlotGain {
  double vocabulary = 0;
  double backoff = 0;  // 0 without a backoff model
  double backoff_window = 0;
  double combined() const { return has_backoff ? (vocabulary + backoff) / 2 : vocabulary; }
  bool has_backoff = false;
};

// Not thread-safe: it remembers the context-free scores of phrases.
class SlotScorer {
 public:
  // `backoff` may be null; both models must outlive the scorer.
  SlotScorer(const LanguageModel& model, const BackoffModel* backoff)
      : model_(model), backoff_(backoff) {}

  // The gain of `candidate` (model keys) over `spun` (the phrase's keys,
  // numbers as <num>) in `context`.
  SlotGain Gain(const SlotContext& context, std::span<const std::string_view> spun,
                std::span<const std::string_view> candidate);

  // The backoff model's `k` best one-word fillers of the slot (none without
  // a backoff model); the views live as long as the model.
  std::vector<std::string_view> Propose(const SlotContext& context, size_t k) const;

  // A phrase's log10 scores without context (backoff 0 without a model).
  struct Scores {
    double vocabulary = 0, backoff = 0;
  };
  const Scores& Alone(std::span<const std::string_view> phrase);

 private:
  Scores Window(const SlotContext& context, std::span<const std::string_view> phrase);

  const LanguageModel& model_;
  const BackoffModel* backoff_;
  StringMap<Scores> alone_;
  std::vector<std::string_view> window_;
  std::string key_;
};

}  // namespace unspin
