// SipHash-2-4 (Aumasson and Bernstein): a keyed hash that, without the key,
// no one can compute or steer, so a value made with a secret key vouches
// for the bytes it was made from. Fed in pieces, it gives the same value as
// the whole input at once.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace unspin {

class SipHash {
 public:
  using Key = std::array<uint64_t, 2>;

  explicit SipHash(const Key& key);
  void Add(std::string_view bytes);
  // The hash of everything added so far; Add() may go on after.
  uint64_t value() const;

 private:
  static void Rounds(std::array<uint64_t, 4>& v, int count);
  void Absorb(uint64_t block);

  std::array<uint64_t, 4> v_;
  uint64_t tail_ = 0;     // the last length % 8 bytes, little-endian
  uint64_t length_ = 0;
};

}  // namespace unspin
