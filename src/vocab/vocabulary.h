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
// Opening a vocabulary of any size costs one mmap and a header check. The
// first lookup builds an in-memory index (a presence bitmap and a bucketed
// table of 32-bit fingerprints and counts, about 17 MB for the bundled
// vocabulary, a few milliseconds); tables too large for it are searched in
// the mapped arrays. Fingerprints tell n-grams apart by the top bits of
// their hash (the bucket) and 32 more: an n-gram that is not in the file
// takes the count of one that is about once in 2^30 lookups, the same kind
// of error as the 64-bit hashes colliding, and as negligible beside the
// noise of the counts themselves.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/presence_bits.h"
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
  // the") over and over, and each answer from the index below costs a
  // cache miss of main memory.
  uint64_t Count(std::span<const std::string_view> words) const;
  // The same by the n-gram's order (1 to 3) and HashNgram() hash.
  uint64_t CountOfHash(int order, uint64_t hash) const;
  // Asks the CPU to start loading what CountOfHash(order, hash) will read:
  // a caller that knows several n-grams it will ask about (a window of
  // text) overlaps their cache misses instead of waiting for each in turn.
  void Prefetch(int order, uint64_t hash) const;
  // CountOfHash without the per-thread cache (tests compare it with a
  // plain search of the file).
  uint64_t CountOfHashUncached(int order, uint64_t hash) const;
  uint64_t total_tokens() const { return total_tokens_; }
  uint64_t distinct_unigrams() const { return distinct_unigrams_; }
  uint64_t entries(int order) const { return tables_[order - 1].hashes.size(); }
  size_t size_bytes() const { return size_; }

 private:
  // The in-memory index of one order's table, built on first use (one
  // pass over the mapped arrays): the mapped, sorted arrays need a search
  // that misses the CPU's caches three or four times (bucket bounds,
  // hashes, then counts); here an n-gram's count is in one 64-byte bucket
  // picked by the top bits of its hash, next to the other n-grams of that
  // bucket. A bucket holds eight (32-bit fingerprint, count) slots, about
  // four used on average; a bucket that overflowed (or holds two equal
  // fingerprints) is marked, and its n-grams are searched in the file.
  struct alignas(64) Bucket {
    uint32_t fingerprints[8];
    uint32_t counts[8];  // 0: empty slot (n-grams counted 0 are not stored)
  };
  // Zeroed pages from the kernel, in huge pages where it can: the index is
  // some megabytes, and zeroing it in 4 KB page faults cost more than
  // filling it.
  class BucketArray {
   public:
    BucketArray() = default;
    explicit BucketArray(size_t size);
    ~BucketArray();
    BucketArray(BucketArray&& other) noexcept;
    BucketArray& operator=(BucketArray&& other) noexcept;
    Bucket& operator[](size_t i) { return data_[i]; }
    const Bucket& operator[](size_t i) const { return data_[i]; }

   private:
    Bucket* data_ = nullptr;
    size_t bytes_ = 0;
  };
  struct Table {
    std::span<const uint64_t> hashes;
    std::span<const uint32_t> counts;
    BucketArray buckets;
    std::vector<uint64_t> search_file;  // a bit per bucket
    int bucket_bits = 0;
  };
  Vocabulary() = default;
  Status Parse(const std::string& name);

  uint64_t CountUncached(int order, uint64_t hash) const;
  uint64_t CountInFile(const Table& table, uint64_t hash) const;
  // The bucket of `hash` in `table`: its top bucket_bits bits.
  static size_t BucketOf(const Table& table, uint64_t hash);
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
  mutable PresenceBits presence_;
  mutable std::once_flag bucket_index_built_;
};

}  // namespace unspin
