// 64-bit hashes of n-grams of token keys, the keys of the vocabulary file.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace unspin {

// Hash of the word sequence `words` (token keys). Stable across machines and
// versions: it is stored in vocabulary files. Collisions between the few
// million n-grams of a vocabulary are negligible at 64 bits.
inline uint64_t HashNgram(std::span<const std::string_view> words) {
  uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a offset basis
  for (std::string_view word : words) {
    for (unsigned char c : word) {
      hash ^= c;
      hash *= 0x100000001b3ULL;
    }
    hash ^= 0x1F;  // unit separator between words: "ab c" != "a bc"
    hash *= 0x100000001b3ULL;
  }
  // splitmix64 finaliser: FNV's low bits are weak for power-of-two tables.
  hash ^= hash >> 30;
  hash *= 0xbf58476d1ce4e5b9ULL;
  hash ^= hash >> 27;
  hash *= 0x94d049bb133111ebULL;
  hash ^= hash >> 31;
  return hash;
}

}  // namespace unspin
