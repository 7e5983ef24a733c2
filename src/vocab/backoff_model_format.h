// The layout of unspin's language model files (UNSPINLM), shared by the
// writer (backoff_model_writer.h) and the reader (backoff_model.h). All
// values are little-endian, in the byte order of the machine that wrote
// them (the file is generated at build time on the machine that uses it).
//
//   Header (128 bytes, below)
//   then sections, each starting at a multiple of 64 bytes, in this order:
//   NgramBucket[table_buckets[o]] for each order o present (1 to 3)
//   ContextBucket[context_buckets[c]] for contexts of 1 and of 2 words
//   u32 successor_words[successor_slots]   i16 successor_probs[successor_slots]
//   u32 word_offsets[word_count + 1]       char word_bytes[word_bytes]
//
// N-gram tables are open-addressed hash tables of 64-byte buckets: an
// n-gram's HashNgram() hash picks its home bucket by its top 32 bits
// (multiplied into the bucket count), and its low 32 bits are its
// fingerprint (0 is mapped to 1: 0 marks an empty slot). An n-gram lives
// in its home bucket or, when that is full, in the next one with room; a
// lookup stops at the first bucket with an empty slot. Tables are at most
// 70% full, so nearly every lookup reads one bucket: one cache miss.
//
// Successor lists: for each context (1 or 2 words) that some longer n-gram
// extends, the context table holds the offset of its list in the successor
// arrays: successor_words[offset] is the list's length, and entries
// offset+1... are the words (ids) that follow the context with their
// log10 probabilities (successor_probs), most probable first.
#pragma once

#include <cmath>
#include <cstdint>

namespace unspin::backoff_format {

inline constexpr char kMagic[8] = {'U', 'N', 'S', 'P', 'I', 'N', 'L', 'M'};
inline constexpr uint32_t kVersion = 1;
inline constexpr uint32_t kNoWord = UINT32_MAX;
inline constexpr int kSlots = 8;
inline constexpr double kMaxLoad = 0.7;

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t max_order;       // 1 to 3
  uint32_t word_count;
  uint32_t unknown_word;    // id of <unk>, or kNoWord
  uint32_t number_word;     // id of the word unspin's <num> stands for, or kNoWord
  int32_t unknown_log_prob; // quantised; for words not in a model without <unk>
  uint64_t table_buckets[3];
  uint64_t context_buckets[2];
  uint64_t successor_slots;
  uint64_t word_bytes;
  uint64_t entries[3];  // n-grams per order, for reports
  uint64_t reserved[2];
};
static_assert(sizeof(Header) == 128);

struct alignas(64) NgramBucket {
  uint32_t fingerprints[kSlots];  // 0: empty
  int16_t log_probs[kSlots];      // quantised
  int16_t log_backoffs[kSlots];   // quantised
};
static_assert(sizeof(NgramBucket) == 64);

struct alignas(64) ContextBucket {
  uint32_t fingerprints[kSlots];  // 0: empty
  uint32_t successors[kSlots];    // offset into the successor arrays
};
static_assert(sizeof(ContextBucket) == 64);

// log10 values are stored in thousandths, clamped to +-32.767 (Sphinx's
// own files keep 16-bit bins; a thousandth of a decade is 0.23%).
inline int16_t Quantise(double log10_value) {
  const double milli = std::round(log10_value * 1000.0);
  return static_cast<int16_t>(milli < -32767 ? -32767 : milli > 32767 ? 32767 : milli);
}
inline double Dequantise(int32_t quantised) { return quantised / 1000.0; }

inline uint32_t Fingerprint(uint64_t hash) {
  const auto fingerprint = static_cast<uint32_t>(hash);
  return fingerprint == 0 ? 1 : fingerprint;
}
inline uint64_t HomeBucket(uint64_t hash, uint64_t buckets) {
  return ((hash >> 32) * buckets) >> 32;
}
// Buckets for `entries` keys at no more than kMaxLoad.
inline uint64_t BucketsFor(uint64_t entries) {
  return static_cast<uint64_t>(std::ceil(static_cast<double>(entries) / (kSlots * kMaxLoad))) + 1;
}

inline uint64_t Align64(uint64_t offset) { return (offset + 63) / 64 * 64; }

}  // namespace unspin::backoff_format
