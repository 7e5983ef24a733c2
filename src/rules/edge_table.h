// The trie's edges below the root: a flat open-addressing table from
// (node << 32 | word id) to the child node, so that a lookup touches one or
// two cache lines however many rules are loaded.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "base/presence_bits.h"

namespace unspin {

// Find() is const and thread-safe; Insert() is not.
class EdgeTable {
 public:
  static constexpr uint32_t kAbsent = UINT32_MAX;

  EdgeTable() : slots_(16, {kEmpty, 0}) { presence_.Reset(kPresenceBitsPerSlot * slots_.size()); }

  uint32_t Find(uint64_t key) const {
    // Most steps a document's words try lead nowhere: a bit per edge, in a
    // bitmap that stays in the CPU's cache, turns most of them away before
    // the table (megabytes, with tens of thousands of rules) is touched.
    const uint64_t mixed = Mix(key);
    if (!presence_.MayContain(mixed)) return kAbsent;
    for (size_t slot = mixed & (slots_.size() - 1);; slot = (slot + 1) & (slots_.size() - 1)) {
      if (slots_[slot].first == key) return slots_[slot].second;
      if (slots_[slot].first == kEmpty) return kAbsent;
    }
  }

  // Adds `key` -> `value` unless `key` is present; returns the value stored
  // and whether it was inserted.
  std::pair<uint32_t, bool> Insert(uint64_t key, uint32_t value) {
    if (const uint32_t found = Find(key); found != kAbsent) return {found, false};
    if (2 * (size_ + 1) > slots_.size()) Grow();
    Place(key, value);
    ++size_;
    return {value, true};
  }

  template <typename Visit>
  void ForEach(Visit visit) const {
    for (const auto& [key, value] : slots_) {
      if (key != kEmpty) visit(key, value);
    }
  }

 private:
  // No real key is all ones: node ids and word ids stay below UINT32_MAX.
  static constexpr uint64_t kEmpty = UINT64_MAX;

  static uint64_t Mix(uint64_t key) {
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return key;
  }

  void Place(uint64_t key, uint32_t value) {
    presence_.Add(Mix(key));
    size_t slot = Mix(key) & (slots_.size() - 1);
    while (slots_[slot].first != kEmpty) slot = (slot + 1) & (slots_.size() - 1);
    slots_[slot] = {key, value};
  }

  void Grow() {
    std::vector<std::pair<uint64_t, uint32_t>> old = std::move(slots_);
    slots_.assign(old.size() * 2, {kEmpty, 0});
    presence_.Reset(kPresenceBitsPerSlot * slots_.size());
    for (const auto& [key, value] : old) {
      if (key != kEmpty) Place(key, value);
    }
  }

  // Eight bits a slot, so at least sixteen an edge: small enough to stay
  // in the CPU's fastest cache for the bundled packs (a few thousand
  // edges), and turning away all but a few percent of the steps that lead
  // nowhere.
  static constexpr size_t kPresenceBitsPerSlot = 8;
  std::vector<std::pair<uint64_t, uint32_t>> slots_;
  PresenceBits presence_;
  size_t size_ = 0;
};

}  // namespace unspin
