#include "vocab/backoff_model_writer.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <span>
#include <vector>

#include "vocab/backoff_model_format.h"
#include "vocab/ngram_hash.h"
#include "vocab/vocabulary.h"

namespace unspin {
namespace {

namespace fmt = backoff_format;

uint64_t HashOf(const BackoffModelSource& source, const BackoffNgram& ngram, int order) {
  uint64_t state = kNgramHashBasis;
  for (int i = 0; i < order; ++i) state = ExtendNgramHash(state, source.words[ngram.words[i]]);
  return FinishNgramHash(state);
}

// A slot for `hash` in an open-addressed table of `buckets`: its home
// bucket or the next one with room. Returns false when an entry with the
// same fingerprint is already on that path (a fingerprint collision, about
// once in 2^32 n-grams: the first one keeps the slot).
template <typename Bucket>
bool Place(std::span<Bucket> buckets, uint64_t hash, Bucket*& bucket, int& slot) {
  const uint32_t fingerprint = fmt::Fingerprint(hash);
  for (uint64_t b = fmt::HomeBucket(hash, buckets.size());; b = (b + 1) % buckets.size()) {
    for (slot = 0; slot < fmt::kSlots; ++slot) {
      if (buckets[b].fingerprints[slot] == fingerprint) return false;
      if (buckets[b].fingerprints[slot] == 0) {
        bucket = &buckets[b];
        bucket->fingerprints[slot] = fingerprint;
        return true;
      }
    }
  }
}

uint32_t WordId(const BackoffModelSource& source, std::string_view word) {
  const auto found = std::find(source.words.begin(), source.words.end(), word);
  return found == source.words.end() ? fmt::kNoWord
                                     : static_cast<uint32_t>(found - source.words.begin());
}

// The lowest log10 probability of a word that can occur (the sentence start
// <s>, which is only ever a history, has -99 in ARPA files).
double RarestWordLogProb(const BackoffModelSource& source) {
  double lowest = 0;
  for (const BackoffNgram& unigram : source.ngrams[0]) {
    if (unigram.log_prob > -90) lowest = std::min<double>(lowest, unigram.log_prob);
  }
  return lowest;
}

template <typename T>
void CopyTo(std::string& out, uint64_t offset, const std::vector<T>& section) {
  if (!section.empty()) std::memcpy(out.data() + offset, section.data(), section.size() * sizeof(T));
}

}  // namespace

std::string SerializeBackoffModel(const BackoffModelSource& source, std::string_view number_word) {
  const int max_order = source.max_order();
  fmt::Header header{};
  std::memcpy(header.magic, fmt::kMagic, sizeof header.magic);
  header.version = fmt::kVersion;
  header.max_order = static_cast<uint32_t>(max_order);
  header.word_count = static_cast<uint32_t>(source.words.size());
  header.unknown_word = WordId(source, "<unk>");
  header.number_word = WordId(source, kNumberKey);
  if (header.number_word == fmt::kNoWord) header.number_word = WordId(source, number_word);
  header.unknown_log_prob = fmt::Quantise(RarestWordLogProb(source));

  // Successor lists, per context length: the n-grams one word longer,
  // grouped by context, most probable first.
  std::array<std::vector<uint32_t>, 2> by_context;
  std::array<std::vector<uint64_t>, 2> context_hashes;  // parallel to the n-grams
  uint64_t successor_slots = 0;
  std::array<uint64_t, 2> contexts{};
  for (int c = 0; c + 2 <= max_order; ++c) {
    const auto& ngrams = source.ngrams[c + 1];
    context_hashes[c].resize(ngrams.size());
    for (size_t i = 0; i < ngrams.size(); ++i) context_hashes[c][i] = HashOf(source, ngrams[i], c + 1);
    by_context[c].resize(ngrams.size());
    std::iota(by_context[c].begin(), by_context[c].end(), 0);
    std::sort(by_context[c].begin(), by_context[c].end(), [&](uint32_t a, uint32_t b) {
      if (context_hashes[c][a] != context_hashes[c][b]) {
        return context_hashes[c][a] < context_hashes[c][b];
      }
      return ngrams[a].log_prob > ngrams[b].log_prob;
    });
    for (size_t i = 0; i < by_context[c].size(); ++i) {
      if (i == 0 || context_hashes[c][by_context[c][i]] != context_hashes[c][by_context[c][i - 1]]) {
        ++contexts[c];
      }
    }
    successor_slots += contexts[c] + ngrams.size();
    header.context_buckets[c] = fmt::BucketsFor(contexts[c]);
  }
  header.successor_slots = successor_slots;
  for (int o = 0; o < max_order; ++o) {
    header.table_buckets[o] = fmt::BucketsFor(source.ngrams[o].size());
    header.entries[o] = source.ngrams[o].size();
  }
  for (const std::string& word : source.words) header.word_bytes += word.size();

  // The layout.
  uint64_t offset = sizeof header;
  std::array<uint64_t, 3> table_at{};
  std::array<uint64_t, 2> context_at{};
  for (int o = 0; o < 3; ++o) {
    table_at[o] = offset;
    offset = fmt::Align64(offset + header.table_buckets[o] * sizeof(fmt::NgramBucket));
  }
  for (int c = 0; c < 2; ++c) {
    context_at[c] = offset;
    offset = fmt::Align64(offset + header.context_buckets[c] * sizeof(fmt::ContextBucket));
  }
  const uint64_t words_at = offset;
  offset = fmt::Align64(offset + successor_slots * 4);
  const uint64_t probs_at = offset;
  offset = fmt::Align64(offset + successor_slots * 2);
  const uint64_t offsets_at = offset;
  offset = fmt::Align64(offset + (source.words.size() + 1) * 4);
  const uint64_t bytes_at = offset;
  std::string out(bytes_at + header.word_bytes, '\0');
  std::memcpy(out.data(), &header, sizeof header);

  for (int o = 0; o < max_order; ++o) {
    std::vector<fmt::NgramBucket> table(header.table_buckets[o]);
    for (const BackoffNgram& ngram : source.ngrams[o]) {
      fmt::NgramBucket* bucket = nullptr;
      int slot = 0;
      if (!Place(std::span(table), HashOf(source, ngram, o + 1), bucket, slot)) continue;
      bucket->log_probs[slot] = fmt::Quantise(ngram.log_prob);
      bucket->log_backoffs[slot] = fmt::Quantise(ngram.log_backoff);
    }
    CopyTo(out, table_at[o], table);
  }
  std::vector<uint32_t> successor_words(successor_slots);
  std::vector<int16_t> successor_probs(successor_slots);
  uint64_t cursor = 0;
  for (int c = 0; c + 2 <= max_order; ++c) {
    std::vector<fmt::ContextBucket> table(header.context_buckets[c]);
    const auto& ngrams = source.ngrams[c + 1];
    const auto& order = by_context[c];
    for (size_t i = 0; i < order.size();) {
      const uint64_t hash = context_hashes[c][order[i]];
      size_t end = i;
      while (end < order.size() && context_hashes[c][order[end]] == hash) ++end;
      fmt::ContextBucket* bucket = nullptr;
      int slot = 0;
      if (Place(std::span(table), hash, bucket, slot)) {
        bucket->successors[slot] = static_cast<uint32_t>(cursor);
      }
      successor_words[cursor++] = static_cast<uint32_t>(end - i);
      for (; i < end; ++i) {
        successor_words[cursor] = ngrams[order[i]].words[c + 1];
        successor_probs[cursor++] = fmt::Quantise(ngrams[order[i]].log_prob);
      }
    }
    CopyTo(out, context_at[c], table);
  }
  CopyTo(out, words_at, successor_words);
  CopyTo(out, probs_at, successor_probs);
  std::vector<uint32_t> word_offsets(source.words.size() + 1);
  uint64_t at = 0;
  for (size_t w = 0; w < source.words.size(); ++w) {
    word_offsets[w] = static_cast<uint32_t>(at);
    std::memcpy(out.data() + bytes_at + at, source.words[w].data(), source.words[w].size());
    at += source.words[w].size();
  }
  word_offsets[source.words.size()] = static_cast<uint32_t>(at);
  CopyTo(out, offsets_at, word_offsets);
  return out;
}

}  // namespace unspin
