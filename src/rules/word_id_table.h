// Interning the token keys that occur in rule phrases: a flat
// open-addressing hash table, because looking up every token of the input
// here is the matcher's hottest operation.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/presence_bits.h"

namespace unspin {

// Ids are dense: 0, 1, 2... in insertion order. Find() is const and
// thread-safe; Insert() is not.
class WordIdTable {
 public:
  static constexpr uint32_t kAbsent = UINT32_MAX;

  WordIdTable() : slots_(16) { presence_.Reset(kPresenceBitsPerSlot * slots_.size()); }

  // The id of `key`, or kAbsent.
  uint32_t Find(std::string_view key) const {
    const Probe probe = ProbeFor(key);
    // Most words of a text are in no rule: a bit per hash, in a bitmap
    // small enough to stay in the CPU's cache, turns most of them away
    // before the table is touched.
    if (!presence_.MayContain(probe.hash)) return kAbsent;
    for (size_t slot = probe.hash & (slots_.size() - 1);; slot = (slot + 1) & (slots_.size() - 1)) {
      const Slot& entry = slots_[slot];
      if (entry.id_plus_one == 0) return kAbsent;
      // Keys of up to eight bytes are compared in the slot itself; only
      // longer ones need the stored word.
      if (entry.tag == probe.tag && entry.head == probe.head &&
          (key.size() <= 8 || words_[entry.id_plus_one - 1] == key)) {
        return entry.id_plus_one - 1;
      }
    }
  }

  // The id of `key`, adding it when new.
  uint32_t Insert(std::string_view key) {
    if (const uint32_t id = Find(key); id != kAbsent) return id;
    if (2 * (words_.size() + 1) > slots_.size()) Grow();
    const uint32_t id = static_cast<uint32_t>(words_.size());
    words_.emplace_back(key);
    Place(ProbeFor(key), id);
    return id;
  }

  size_t size() const { return words_.size(); }

 private:
  struct Slot {
    uint32_t tag = 0;          // high 24 bits of the hash, low 8 the key's length
    uint32_t id_plus_one = 0;  // 0: empty
    uint64_t head = 0;         // Head() of the key
  };

  struct Probe {
    uint64_t hash;
    uint32_t tag;
    uint64_t head;
  };

  static uint64_t Load8(const char* p) {
    uint64_t value;
    std::memcpy(&value, p, 8);
    return value;
  }
  static uint64_t Load4(const char* p) {
    uint32_t value;
    std::memcpy(&value, p, 4);
    return value;
  }

  // Up to eight bytes of `key` in a word, with no byte-by-byte loop
  // (overlapping loads): a one-to-one function of the key among keys of
  // its length when that is at most eight.
  static uint64_t Head(std::string_view key) {
    const char* p = key.data();
    const size_t n = key.size();
    if (n >= 8) return Load8(p);
    if (n >= 4) return Load4(p) | Load4(p + n - 4) << 32;
    if (n > 0) {
      return uint64_t{static_cast<uint8_t>(p[0])} |
             uint64_t{static_cast<uint8_t>(p[n / 2])} << 8 |
             uint64_t{static_cast<uint8_t>(p[n - 1])} << 16;
    }
    return 0;
  }

  // A multiply-xorshift mix of eight bytes at a time: every token of the
  // input is hashed here, and a byte-at-a-time hash was the matcher's
  // largest cost. Not stored anywhere, so free to change.
  static Probe ProbeFor(std::string_view key) {
    constexpr uint64_t kMultiplier = 0xbf58476d1ce4e5b9ULL;
    const uint64_t head = Head(key);
    uint64_t hash = (0x9E3779B97F4A7C15ULL * (key.size() + 1) ^ head) * kMultiplier;
    if (key.size() > 8) {
      size_t i = 8;
      for (; i + 8 <= key.size(); i += 8) {
        hash ^= hash >> 31;
        hash = (hash ^ Load8(key.data() + i)) * kMultiplier;
      }
      if (i < key.size()) {
        hash ^= hash >> 31;
        hash = (hash ^ Load8(key.data() + key.size() - 8)) * kMultiplier;
      }
    }
    hash ^= hash >> 29;
    hash *= 0x94d049bb133111ebULL;
    hash ^= hash >> 32;
    const uint32_t tag = static_cast<uint32_t>(hash >> 40) << 8 |
                         static_cast<uint32_t>(std::min<size_t>(key.size(), 255));
    return {hash, tag, head};
  }

  void Place(const Probe& probe, uint32_t id) {
    presence_.Add(probe.hash);
    size_t slot = probe.hash & (slots_.size() - 1);
    while (slots_[slot].id_plus_one != 0) slot = (slot + 1) & (slots_.size() - 1);
    slots_[slot] = {probe.tag, id + 1, probe.head};
  }

  void Grow() {
    slots_.assign(slots_.size() * 2, Slot{});
    presence_.Reset(kPresenceBitsPerSlot * slots_.size());
    for (uint32_t id = 0; id < words_.size(); ++id) Place(ProbeFor(words_[id]), id);
  }

  std::vector<Slot> slots_;
  // Eight bits a slot, so at least sixteen a word: a few kilobytes for the
  // bundled packs, which stay in the CPU's fastest cache.
  static constexpr size_t kPresenceBitsPerSlot = 8;
  PresenceBits presence_;
  std::vector<std::string> words_;
};

}  // namespace unspin
