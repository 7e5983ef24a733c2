// Interning the token keys that occur in rule phrases: a flat
// open-addressing hash table, because looking up every token of the input
// here is the matcher's hottest operation.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace unspin {

// Ids are dense: 0, 1, 2... in insertion order. Find() is const and
// thread-safe; Insert() is not.
class WordIdTable {
 public:
  static constexpr uint32_t kAbsent = UINT32_MAX;

  WordIdTable() : slots_(16, 0) {}

  // The id of `key`, or kAbsent.
  uint32_t Find(std::string_view key) const {
    const uint64_t hash = Hash(key);
    for (size_t slot = hash & (slots_.size() - 1);; slot = (slot + 1) & (slots_.size() - 1)) {
      const uint64_t entry = slots_[slot];
      if (entry == 0) return kAbsent;
      const uint32_t id = static_cast<uint32_t>(entry) - 1;
      if ((entry >> 32) == (hash >> 32) && words_[id] == key) return id;
    }
  }

  // The id of `key`, adding it when new.
  uint32_t Insert(std::string_view key) {
    if (const uint32_t id = Find(key); id != kAbsent) return id;
    if (2 * (words_.size() + 1) > slots_.size()) Grow();
    const uint32_t id = static_cast<uint32_t>(words_.size());
    words_.emplace_back(key);
    Place(Hash(key), id);
    return id;
  }

  size_t size() const { return words_.size(); }

 private:
  // Eight bytes at a time, with a multiply-xorshift mix per word: every
  // token of the input is hashed here, and a byte-at-a-time hash was the
  // matcher's largest cost. Not stored anywhere, so free to change.
  static uint64_t Hash(std::string_view key) {
    uint64_t hash = 0x9E3779B97F4A7C15ULL * (key.size() + 1);
    size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
      uint64_t word;
      std::memcpy(&word, key.data() + i, 8);
      hash = (hash ^ word) * 0xbf58476d1ce4e5b9ULL;
      hash ^= hash >> 31;
    }
    if (i < key.size()) {
      uint64_t word = 0;
      for (size_t k = i; k < key.size(); ++k) word |= uint64_t{static_cast<uint8_t>(key[k])} << (8 * (k - i));
      hash = (hash ^ word) * 0xbf58476d1ce4e5b9ULL;
    }
    hash ^= hash >> 29;
    hash *= 0x94d049bb133111ebULL;
    hash ^= hash >> 32;
    return hash;
  }

  void Place(uint64_t hash, uint32_t id) {
    size_t slot = hash & (slots_.size() - 1);
    while (slots_[slot] != 0) slot = (slot + 1) & (slots_.size() - 1);
    slots_[slot] = (hash & 0xFFFFFFFF00000000ULL) | (static_cast<uint64_t>(id) + 1);
  }

  void Grow() {
    slots_.assign(slots_.size() * 2, 0);
    for (uint32_t id = 0; id < words_.size(); ++id) Place(Hash(words_[id]), id);
  }

  // Each slot: high 32 bits of the hash, low 32 bits id + 1; 0 is empty.
  std::vector<uint64_t> slots_;
  std::vector<std::string> words_;
};

}  // namespace unspin
