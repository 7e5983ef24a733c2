// A Katz-backoff trigram language model (log10 probabilities with backoff
// weights, as in ARPA files) mapped from unspin's own file format, which
// `unspin lm build` writes from an ARPA file or a CMU Sphinx binary model
// (the build makes build/data/en-us.lm from Debian's pocketsphinx-en-us).
//
// Opening costs a header check: the file's hash tables are laid out ready
// to use (backoff_model_format.h), so nothing is built at load, and the
// pages a lookup needs are read from the page cache when first touched.
//
// Keys are unspin's token keys (folded, lower case), like Vocabulary's.
// Sentence boundaries are <s> and </s> (kSentenceStart, kSentenceEnd).
// How keys the model does not have are scored:
//   - numbers (<num>): as the model's <num>, or else as the word the file
//     names for it ("two" for the Sphinx model, which spells numbers out:
//     see kDefaultNumberWord);
//   - punctuation (keys without a letter or digit): the model is of
//     speech, which has none, so "." "!" "?" end the sentence (</s> when
//     scored, a new <s> in the history) and other marks are left out;
//   - other unknown words: as the model's <unk>, or, in a model without
//     one (Sphinx's), as likely as its rarest word, with no history.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/mapped_file.h"
#include "base/status.h"

namespace unspin {

namespace backoff_format {
struct Header;
struct NgramBucket;
struct ContextBucket;
}  // namespace backoff_format

// How far BackoffModel's slot searches go (see their costs).
struct SlotSearchLimits {
  size_t max_scored = 1024;       // words scored for a one-word slot
  size_t beam = 16;               // first words kept for a two-word slot
  size_t max_second_words = 256;  // second words scored per first word
};

// Immutable; all methods are const and thread-safe.
class BackoffModel {
 public:
  // Maps `path`. Fails with a message naming the file when it is missing,
  // truncated, or not a model of a version this build reads.
  static StatusOr<std::shared_ptr<const BackoffModel>> Open(const std::string& path);
  // A model from bytes in memory (tests); they are copied.
  static StatusOr<std::shared_ptr<const BackoffModel>> FromBytes(std::string_view bytes,
                                                                 const std::string& name);

  // log10 P(word | before2 before1); either history word may be empty when
  // there is less history.
  double LogScore(std::string_view before2, std::string_view before1, std::string_view word) const;

  // The sum of LogScore over window[first_scored...], each word's history
  // the words before it in `window` (an empty word stops the history). The
  // hot path of context scoring: about 250 ns a scored word on a loaded
  // host, as for the vocabulary's model.
  double WindowLogScore(std::span<const std::string_view> window, size_t first_scored) const;

  // Words that fit a slot, for generating candidate originals: the `k`
  // words w with the highest
  //   log P(w | before2 before1) + log P(after1 | before1 w)
  //     + log P(after2 | w after1)
  // among the words that follow "before2 before1" or "before1" in the
  // model (its successor lists), best first. `before1` must not be empty
  // (use <s> at a sentence start); empty `before2`, `after1` or `after2`
  // drop their terms. Keys are mapped as for scoring (numbers, unknown
  // words). The words view the model's file and live as long as the model.
  // Cost: successor lists are most probable first, so the scan stops once
  // no later word can enter the top k (the right-hand terms are at most
  // 0), and after limits.max_scored words; each word scored costs one or
  // two three-word scores, their lookups prefetched sixteen words at a
  // time. On the news corpus's slots about 1 ms a call with the default
  // limits (docs/performance.md; build/unspin_lm_report).
  struct ProposedWord {
    std::string_view word;
    double log_score = 0;
  };
  std::vector<ProposedWord> ProposeWords(std::string_view before2, std::string_view before1,
                                         std::string_view after1, std::string_view after2,
                                         size_t k, const SlotSearchLimits& limits = {}) const;

  // The same for a two-word slot: the `k` pairs w1 w2 with the highest
  //   log P(w1 | before2 before1) + log P(w2 | before1 w1)
  //     + log P(after1 | w1 w2) + log P(after2 | w2 after1),
  // by a beam over successors: the limits.beam likeliest first words, and
  // for each the successors of "before1 w1" and "w1" (at most
  // limits.max_second_words, with the same early stop). Cost: up to
  // beam x max_second_words pairs scored (4,096 with the defaults); about
  // 25 ms a call on the news corpus's slots: a tool's search, not a
  // per-candidate step of restoring.
  struct ProposedPhrase {
    std::array<std::string_view, 2> words;
    double log_score = 0;
  };
  std::vector<ProposedPhrase> ProposePhrases(std::string_view before2, std::string_view before1,
                                             std::string_view after1, std::string_view after2,
                                             size_t k, const SlotSearchLimits& limits = {}) const;

  // Whether `word` is one of the model's words (not counting <unk>).
  bool Contains(std::string_view word) const;
  uint32_t word_count() const;
  uint64_t entries(int order) const;
  size_t size_bytes() const { return file_.size(); }

 private:
  struct Found {
    bool found = false;
    double log_prob = 0;
    double log_backoff = 0;
  };
  struct Successors {
    const uint32_t* words = nullptr;
    const int16_t* log_probs = nullptr;
    uint32_t size = 0;
  };
  // The model's words for a window: see the header comment.
  struct ModelWindow;

  explicit BackoffModel(MappedFile file) : file_(std::move(file)) {}
  Status Parse(const std::string& name);

  Found Lookup(int order, uint64_t hash) const;
  void Prefetch(int order, uint64_t hash) const;
  Successors SuccessorsOf(std::span<const std::string_view> context) const;
  std::string_view Word(uint32_t id) const;
  // `key` as the model has it: numbers and unknown words mapped.
  std::string_view ModelKey(std::string_view key) const;
  void MapWindow(std::span<const std::string_view> window, size_t first_scored,
                 ModelWindow& out) const;
  double ScoreMapped(std::span<const std::string_view> words, size_t first_scored) const;
  // hashes[j][n - 1]: the n-gram of order n ending at words[j], for every
  // one ScoreMapped(words, first_scored) may ask about, each prefetched.
  void HashWindow(std::span<const std::string_view> words, size_t first_scored,
                  std::vector<std::array<uint64_t, 3>>& hashes) const;
  // Scores each (word, left score) of `batch` with RightScore and keeps
  // make_item(word, total) of those that enter `best`, a heap of the k
  // best; empties `batch`.
  template <typename Item, typename MakeItem>
  void ScoreBatch(std::vector<std::pair<std::string_view, double>>& batch,
                  std::string_view before, std::string_view after1, std::string_view after2,
                  size_t k, std::vector<Item>& best, MakeItem&& make_item) const;
  // Starts loading what RightScore(before, word, after1, ...) reads first.
  void PrefetchRight(std::string_view before, std::string_view word,
                     std::string_view after1) const;
  // log P(after1 | before word) + log P(after2 | word after1) (terms of
  // empty words dropped); the second is skipped when the first alone is at
  // most `needed`, which then cannot be reached.
  double RightScore(std::string_view before, std::string_view word, std::string_view after1,
                    std::string_view after2, double needed) const;
  // The left-context candidates of a slot, each with log P(w | before2 before1).
  template <typename Visit>
  void VisitSlotWords(std::string_view before2, std::string_view before1, Visit&& visit) const;

  MappedFile file_;
  const backoff_format::Header* header_ = nullptr;
  std::array<const backoff_format::NgramBucket*, 3> tables_{};
  std::array<const backoff_format::ContextBucket*, 2> contexts_{};
  const uint32_t* successor_words_ = nullptr;
  const int16_t* successor_probs_ = nullptr;
  const uint32_t* word_offsets_ = nullptr;
  const char* word_bytes_ = nullptr;
  std::string_view number_word_;
  double unknown_log_prob_ = 0;
};

}  // namespace unspin
