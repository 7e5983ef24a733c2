// A Katz-backoff language model as a list of n-grams, the way ARPA files and
// CMU Sphinx binaries hold it: what the readers (arpa_reader.h,
// sphinx_trie_reader.h) produce and the writer (backoff_model_writer.h)
// turns into unspin's mapped format (backoff_model.h).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace unspin {

inline constexpr int kMaxBackoffOrder = 3;

struct BackoffNgram {
  // Ids into BackoffModelSource::words, oldest word first; only the first
  // `order` are used.
  std::array<uint32_t, kMaxBackoffOrder> words{};
  float log_prob = 0;     // log10 P(last word | the words before it)
  float log_backoff = 0;  // log10 backoff weight of these words as a history
};

struct BackoffModelSource {
  std::vector<std::string> words;  // by id; every word is also a unigram
  // By order - 1. Unigram i is words[i]'s (the readers keep them in step).
  std::array<std::vector<BackoffNgram>, kMaxBackoffOrder> ngrams;

  int max_order() const {
    int order = 0;
    while (order < kMaxBackoffOrder && !ngrams[order].empty()) ++order;
    return order;
  }
};

}  // namespace unspin
