// 64-bit hashes of n-grams of token keys, the keys of the vocabulary file.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace unspin {

// The hash is FNV-1a over the words' bytes, each followed by a unit
// separator, then a mixing step; the unmixed state after some words can be
// extended by more, so the hashes of "a", "a b" and "a b c" cost one pass
// over each word in all (the language model hashes every n-gram of a
// window that way).
inline constexpr uint64_t kNgramHashBasis = 0xcbf29ce484222325ULL;  // FNV-1a offset basis

// The unmixed state after `state` and then `word`.
inline uint64_t ExtendNgramHash(uint64_t state, std::string_view word) {
  for (unsigned char c : word) {
    state ^= c;
    state *= 0x100000001b3ULL;
  }
  state ^= 0x1F;  // unit separator between words: "ab c" != "a bc"
  state *= 0x100000001b3ULL;
  return state;
}

// The hash of the words an unmixed state has seen.
inline uint64_t FinishNgramHash(uint64_t state) {
  // splitmix64 finaliser: FNV's low bits are weak for power-of-two tables.
  state ^= state >> 30;
  state *= 0xbf58476d1ce4e5b9ULL;
  state ^= state >> 27;
  state *= 0x94d049bb133111ebULL;
  state ^= state >> 31;
  return state;
}

// Hash of the word sequence `words` (token keys). Stable across machines and
// versions: it is stored in vocabulary files. Collisions between the few
// million n-grams of a vocabulary are negligible at 64 bits.
inline uint64_t HashNgram(std::span<const std::string_view> words) {
  uint64_t state = kNgramHashBasis;
  for (std::string_view word : words) state = ExtendNgramHash(state, word);
  return FinishNgramHash(state);
}

}  // namespace unspin
