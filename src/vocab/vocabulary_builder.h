// Counting n-grams of clean text and writing a vocabulary file.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"
#include "tokenize/tokenizer.h"
#include "vocab/vocabulary.h"

namespace unspin {

// Not thread-safe. Memory grows with the number of distinct n-grams seen.
class VocabularyBuilder {
 public:
  // Counts the n-grams of `text`. Each line is a sentence or paragraph:
  // n-grams do not cross line breaks, and each line is framed by <s> and
  // </s>. Tokens are the same folded keys the matcher uses; numbers count as
  // <num>. Invalid UTF-8 bytes break n-grams and are not counted.
  void AddText(std::string_view text);

  // The vocabulary file's bytes. Bigrams and trigrams seen fewer than
  // `min_count` times are dropped (unigrams are all kept) to keep the file
  // compact.
  std::string Serialize(uint32_t min_count) const;
  // Writes the file as a new one renamed over `path` (base/atomic_write.h),
  // so a process that has the old file mapped keeps reading it intact. The
  // error names the file and the system's reason.
  Status Write(const std::string& path, uint32_t min_count) const;

  uint64_t total_tokens() const { return total_tokens_; }

 private:
  void CountSentence(const std::vector<std::string_view>& words);

  Tokenizer tokenizer_;
  uint64_t total_tokens_ = 0;
  std::array<std::unordered_map<uint64_t, uint32_t>, kMaxNgramOrder> counts_;
};

}  // namespace unspin
