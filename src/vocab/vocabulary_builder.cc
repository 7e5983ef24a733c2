#include "vocab/vocabulary_builder.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "base/atomic_write.h"
#include "vocab/ngram_hash.h"

namespace unspin {
namespace {

void Append(std::string& out, const void* data, size_t size) {
  out.append(static_cast<const char*>(data), size);
}

template <typename T>
void AppendValue(std::string& out, T value) {
  Append(out, &value, sizeof value);
}

void PadTo8(std::string& out) {
  while (out.size() % 8 != 0) out.push_back('\0');
}

}  // namespace

void VocabularyBuilder::AddText(std::string_view text) {
  const Tokens tokens = tokenizer_.Tokenize(text);
  std::vector<std::string_view> sentence{kSentenceStart};
  auto flush = [&] {
    if (sentence.size() > 1) {
      sentence.push_back(kSentenceEnd);
      CountSentence(sentence);
    }
    sentence.assign({kSentenceStart});
  };
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kLineBreak) {
      flush();
    } else if (token.key.empty()) {
      flush();  // an invalid byte: do not join the n-grams around it
    } else {
      sentence.push_back(token.kind == TokenKind::kNumber ? kNumberKey
                                                          : std::string_view(token.key));
    }
  }
  flush();
}

void VocabularyBuilder::CountSentence(const std::vector<std::string_view>& words) {
  // <s> is history only; </s> is counted so "said ." and "said </s>" differ.
  total_tokens_ += words.size() - 1;
  for (size_t end = 1; end <= words.size(); ++end) {
    for (int order = 1; order <= kMaxNgramOrder && order <= static_cast<int>(end); ++order) {
      const std::span<const std::string_view> ngram(words.data() + end - order, order);
      if (order == 1 && ngram[0] == kSentenceStart) continue;
      uint32_t& count = counts_[order - 1][HashNgram(ngram)];
      if (count != UINT32_MAX) ++count;
    }
  }
}

std::string VocabularyBuilder::Serialize(uint32_t min_count) const {
  std::string out;
  Append(out, "UNSPINV1", 8);
  AppendValue<uint32_t>(out, 1);
  AppendValue<uint32_t>(out, kMaxNgramOrder);
  AppendValue<uint64_t>(out, total_tokens_);
  AppendValue<uint64_t>(out, counts_[0].size());
  std::array<std::vector<std::pair<uint64_t, uint32_t>>, kMaxNgramOrder> kept;
  for (int order = 0; order < kMaxNgramOrder; ++order) {
    const uint32_t threshold = order == 0 ? 1 : min_count;
    for (const auto& [hash, count] : counts_[order]) {
      if (count >= threshold) kept[order].emplace_back(hash, count);
    }
    std::sort(kept[order].begin(), kept[order].end());
    AppendValue<uint64_t>(out, kept[order].size());
  }
  for (const auto& table : kept) {
    for (const auto& entry : table) AppendValue<uint64_t>(out, entry.first);
    PadTo8(out);
    for (const auto& entry : table) AppendValue<uint32_t>(out, entry.second);
    PadTo8(out);
  }
  return out;
}

Status VocabularyBuilder::Write(const std::string& path, uint32_t min_count) const {
  // A new file renamed over the old one: a process that has the old
  // vocabulary mapped keeps its pages (rewriting the file in place would
  // kill it with SIGBUS).
  return WriteFileAtomically(path, Serialize(min_count));
}

}  // namespace unspin
