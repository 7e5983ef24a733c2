#include "vocab/sphinx_trie_reader.h"

#include <cmath>
#include <cstring>
#include <vector>

#include "base/mapped_file.h"

namespace unspin {
namespace {

constexpr std::string_view kHeader = "Trie Language Model";
constexpr size_t kBins = size_t{1} << 16;
// Sphinx's default log base, in which the file's scores are written.
const double kLog10OfBase = std::log10(1.0001);

uint8_t RequiredBits(uint32_t max_value) {
  uint8_t bits = 0;
  while (max_value != 0) {
    ++bits;
    max_value >>= 1;
  }
  return bits;
}

// Sphinx's bit arrays: a value of `bits` bits at bit `offset`, read as a
// little-endian 64-bit word from the byte holding the first bit.
uint32_t ReadBits(const uint8_t* base, uint64_t offset, uint8_t bits) {
  uint64_t word;
  std::memcpy(&word, base + offset / 8, sizeof word);
  return static_cast<uint32_t>((word >> (offset % 8)) & ((uint64_t{1} << bits) - 1));
}

struct Unigram {
  float prob;
  float backoff;
  uint32_t next;
};

class TrieParser {
 public:
  TrieParser(std::string_view bytes, const std::string& name)
      : data_(reinterpret_cast<const uint8_t*>(bytes.data())), size_(bytes.size()), name_(name) {}

  StatusOr<BackoffModelSource> Parse();

 private:
  Status Error(const std::string& message) const {
    return Status::Error(name_ + ": " + message);
  }
  template <typename T>
  T At(size_t offset) const {
    T value;
    std::memcpy(&value, data_ + offset, sizeof value);
    return value;
  }
  float Log10(float log_base_value) const {
    return static_cast<float>(log_base_value * kLog10OfBase);
  }
  Status ReadWords(size_t offset, uint32_t count, BackoffModelSource& source) const;

  const uint8_t* data_;
  size_t size_;
  const std::string& name_;
};

Status TrieParser::ReadWords(size_t offset, uint32_t count, BackoffModelSource& source) const {
  if (offset + 4 > size_) return Error("truncated before its word list");
  const auto bytes = At<int32_t>(offset);
  offset += 4;
  if (bytes < 0 || offset + static_cast<size_t>(bytes) != size_) {
    return Error("its word list does not end the file (corrupt or not a trie model)");
  }
  const std::string_view text(reinterpret_cast<const char*>(data_ + offset), bytes);
  size_t begin = 0;
  while (begin < text.size() && source.words.size() < count) {
    const size_t end = text.find('\0', begin);
    if (end == std::string_view::npos) break;
    source.words.emplace_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  if (source.words.size() != count || begin != text.size()) {
    return Error("its word list holds " + std::to_string(source.words.size()) +
                 " words, the header says " + std::to_string(count));
  }
  return Status::Ok();
}

StatusOr<BackoffModelSource> TrieParser::Parse() {
  if (size_ < kHeader.size() + 1 || std::memcmp(data_, kHeader.data(), kHeader.size()) != 0) {
    return Error("not a CMU Sphinx trie language model (no 'Trie Language Model' header)");
  }
  size_t offset = kHeader.size();
  const uint8_t order = data_[offset++];
  if (order != 3) {
    return Error("a model of order " + std::to_string(order) + "; this reader takes trigram models");
  }
  const size_t quant_bytes = 3 * kBins * sizeof(float);
  const size_t fixed = offset + 3 * 4 + 4 + quant_bytes;
  if (size_ < fixed) return Error("truncated in its header");
  const uint32_t counts[3] = {At<uint32_t>(offset), At<uint32_t>(offset + 4),
                              At<uint32_t>(offset + 8)};
  offset += 12 + 4;  // the counts, then a quantisation type no longer used
  std::vector<float> bins(3 * kBins);
  std::memcpy(bins.data(), data_ + offset, quant_bytes);
  const float* bigram_probs = bins.data();
  const float* bigram_backoffs = bins.data() + kBins;
  const float* trigram_probs = bins.data() + 2 * kBins;
  offset += quant_bytes;

  const uint8_t word_bits = RequiredBits(counts[0]);
  const uint8_t next_bits = RequiredBits(counts[2]);
  const uint64_t bigram_bits = word_bits + 32 + next_bits;
  const uint64_t trigram_bits = word_bits + 16;
  const uint64_t unigram_bytes = (uint64_t{counts[0]} + 1) * sizeof(Unigram);
  const uint64_t bigram_bytes = ((uint64_t{counts[1]} + 1) * bigram_bits + 7) / 8 + 8;
  const uint64_t trigram_bytes = ((uint64_t{counts[2]} + 1) * trigram_bits + 7) / 8 + 8;
  if (size_ - offset < unigram_bytes + bigram_bytes + trigram_bytes) {
    return Error("truncated: the header counts " + std::to_string(counts[0]) + " words, " +
                 std::to_string(counts[1]) + " bigrams and " + std::to_string(counts[2]) +
                 " trigrams");
  }
  std::vector<Unigram> unigrams(counts[0] + size_t{1});
  std::memcpy(unigrams.data(), data_ + offset, unigram_bytes);
  const uint8_t* bigram_base = data_ + offset + unigram_bytes;
  const uint8_t* trigram_base = bigram_base + bigram_bytes;

  BackoffModelSource source;
  if (Status words = ReadWords(offset + unigram_bytes + bigram_bytes + trigram_bytes, counts[0],
                               source);
      !words.ok()) {
    return words;
  }
  for (uint32_t w = 0; w < counts[0]; ++w) {
    source.ngrams[0].push_back({{w, 0, 0}, Log10(unigrams[w].prob), Log10(unigrams[w].backoff)});
  }
  // The header's bigram count may exceed what the trie holds (the
  // assertion sphinx_lm_convert stops on); the unigrams' last pointer is
  // the trie's own end.
  uint32_t previous_end = 0;
  for (uint32_t w = 0; w < counts[0]; ++w) {
    const uint32_t begin = unigrams[w].next;
    const uint32_t end = unigrams[w + 1].next;
    if (begin != previous_end || end < begin || end > counts[1]) {
      return Error("the bigram range of '" + source.words[w] + "' is out of order or bounds");
    }
    previous_end = end;
    for (uint32_t b = begin; b < end; ++b) {
      const uint64_t at = b * bigram_bits;
      const uint32_t h1 = ReadBits(bigram_base, at, word_bits);
      const uint32_t backoff_bin = ReadBits(bigram_base, at + word_bits, 16);
      const uint32_t prob_bin = ReadBits(bigram_base, at + word_bits + 16, 16);
      const uint32_t trigrams_begin = ReadBits(bigram_base, at + word_bits + 32, next_bits);
      const uint32_t trigrams_end = ReadBits(bigram_base, at + bigram_bits + word_bits + 32,
                                             next_bits);
      if (h1 >= counts[0] || trigrams_end < trigrams_begin || trigrams_end > counts[2]) {
        return Error("bigram " + std::to_string(b) + " has a word or trigram range out of bounds");
      }
      source.ngrams[1].push_back(
          {{h1, w, 0}, Log10(bigram_probs[prob_bin]), Log10(bigram_backoffs[backoff_bin])});
      for (uint32_t t = trigrams_begin; t < trigrams_end; ++t) {
        const uint64_t trigram_at = t * trigram_bits;
        const uint32_t h2 = ReadBits(trigram_base, trigram_at, word_bits);
        if (h2 >= counts[0]) return Error("trigram " + std::to_string(t) + " has an unknown word");
        source.ngrams[2].push_back(
            {{h2, h1, w}, Log10(trigram_probs[ReadBits(trigram_base, trigram_at + word_bits, 16)]),
             0});
      }
    }
  }
  return source;
}

}  // namespace

StatusOr<BackoffModelSource> ParseSphinxTrie(std::string_view bytes, const std::string& name) {
  return TrieParser(bytes, name).Parse();
}

StatusOr<BackoffModelSource> ReadSphinxTrieFile(const std::string& path) {
  StatusOr<MappedFile> file = MappedFile::Open(path, "Sphinx language model");
  if (!file.ok()) return file.status();
  return ParseSphinxTrie(file->view(), path);
}

}  // namespace unspin
