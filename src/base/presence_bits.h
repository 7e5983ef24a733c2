// A bit per hash: "certainly absent" or "maybe present" for a set of keys,
// from a bitmap small enough to stay in the CPU's cache (a Bloom filter with
// one hash function). Hot lookups ask it before touching a table that would
// cost a cache miss: most keys asked about are not there.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace unspin {

class PresenceBits {
 public:
  // Empties the set and sizes the bitmap: `min_bits` rounded up to a power
  // of two, at least 64. About sixteen bits a key keep false positives to
  // a few percent.
  void Reset(size_t min_bits) {
    int bits = 6;
    while ((size_t{1} << bits) < min_bits) ++bits;
    words_.assign((size_t{1} << bits) / 64, 0);
    shift_ = 64 - bits;
  }

  // `hash` must be well mixed: its top bits pick the bit.
  void Add(uint64_t hash) { words_[Bit(hash) / 64] |= uint64_t{1} << (Bit(hash) % 64); }
  bool MayContain(uint64_t hash) const {
    return !words_.empty() && (words_[Bit(hash) / 64] >> (Bit(hash) % 64) & 1) != 0;
  }
  // Starts loading the word MayContain(hash) will read.
  void Prefetch(uint64_t hash) const {
    if (!words_.empty()) __builtin_prefetch(&words_[Bit(hash) / 64]);
  }

 private:
  size_t Bit(uint64_t hash) const { return static_cast<size_t>(hash >> shift_); }

  std::vector<uint64_t> words_;
  int shift_ = 64;
};

}  // namespace unspin
