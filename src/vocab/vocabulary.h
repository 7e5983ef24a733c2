// The reference vocabulary: n-gram counts (orders 1 to 3) of clean English,
// memory-mapped from a compact binary file.
//
// File layout (little-endian), version 1:
//   char[8]  magic "UNSPINV1"
//   u32      version (1)          u32 max_order (3)
//   u64      total tokens         u64 distinct unigrams
//   u64[3]   entries per order
//   then per order: u64 hashes[entries] (sorted), u32 counts[entries]
//   (each array padded to 8 bytes)
// Lookups are binary searches in the mapped arrays: opening a vocabulary of
// any size costs one mmap and a header check.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace unspin {

inline constexpr int kMaxNgramOrder = 3;
// Token keys standing for sentence boundaries and numbers in n-grams.
inline constexpr std::string_view kSentenceStart = "<s>";
inline constexpr std::string_view kSentenceEnd = "</s>";
inline constexpr std::string_view kNumberKey = "<num>";

// Immutable; all methods are const and thread-safe.
class Vocabulary {
 public:
  // Maps `path`. Fails with a message naming the file when it is missing,
  // truncated, or not a vocabulary of a version this build reads.
  static StatusOr<std::shared_ptr<const Vocabulary>> Open(const std::string& path);
  // Reads a vocabulary from bytes already in memory (tests, fuzzing). The
  // bytes are copied.
  static StatusOr<std::shared_ptr<const Vocabulary>> FromBytes(std::string bytes,
                                                               const std::string& name);

  ~Vocabulary();
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;

  // How often the n-gram `words` (1 to 3 token keys) occurred; 0 if never
  // or if it was pruned. Answers are remembered in a small per-thread cache:
  // context scoring asks for the same few thousand n-grams ("the", "said
  // the") over and over, and each miss in the mapped tables costs a few
  // cache misses of main memory.
  uint64_t Count(std::span<const std::string_view> words) const;
  uint64_t total_tokens() const { return total_tokens_; }
  uint64_t distinct_unigrams() const { return distinct_unigrams_; }
  uint64_t entries(int order) const { return tables_[order - 1].hashes.size(); }
  size_t size_bytes() const { return size_; }

 private:
  struct Table {
    std::span<const uint64_t> hashes;
    std::span<const uint32_t> counts;
    // Where each bucket of hashes (by their top `bucket_bits` bits) starts
    // in `hashes`, plus the end: built on first use (a pass over the
    // table), it turns a lookup into one probe of a few entries, where a
    // search of the mapped array costs several cache and TLB misses.
    std::vector<uint32_t> bucket_starts;
    int bucket_bits = 0;
  };
  Vocabulary() = default;
  Status Parse(const std::string& name);

  uint64_t CountUncached(int order, uint64_t hash) const;
  void BuildBucketIndex() const;

  // Tells this vocabulary's cached counts from those of any other one.
  uint64_t serial_ = 0;
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
  bool mapped_ = false;       // data_ is an mmap to unmap, else owned_bytes_
  std::string owned_bytes_;
  uint64_t total_tokens_ = 0;
  uint64_t distinct_unigrams_ = 0;
  mutable std::array<Table, kMaxNgramOrder> tables_;
  // One bit per (order, hash) of every n-gram, built with the bucket index:
  // most n-grams asked about are not in the vocabulary, and this answers
  // "not there" from 1 MB that stays in the CPU's cache, where the tables
  // would cost a miss of main memory.
  mutable std::vector<uint64_t> presence_;
  mutable std::once_flag bucket_index_built_;
};

}  // namespace unspin
