#include "base/sip_hash.h"

namespace unspin {
namespace {

uint64_t RotateLeft(uint64_t x, int bits) { return (x << bits) | (x >> (64 - bits)); }

}  // namespace

SipHash::SipHash(const Key& key)
    : v_{key[0] ^ 0x736f6d6570736575ULL, key[1] ^ 0x646f72616e646f6dULL,
         key[0] ^ 0x6c7967656e657261ULL, key[1] ^ 0x7465646279746573ULL} {}

void SipHash::Rounds(std::array<uint64_t, 4>& v, int count) {
  for (int i = 0; i < count; ++i) {
    v[0] += v[1];
    v[1] = RotateLeft(v[1], 13);
    v[1] ^= v[0];
    v[0] = RotateLeft(v[0], 32);
    v[2] += v[3];
    v[3] = RotateLeft(v[3], 16);
    v[3] ^= v[2];
    v[0] += v[3];
    v[3] = RotateLeft(v[3], 21);
    v[3] ^= v[0];
    v[2] += v[1];
    v[1] = RotateLeft(v[1], 17);
    v[1] ^= v[2];
    v[2] = RotateLeft(v[2], 32);
  }
}

void SipHash::Absorb(uint64_t block) {
  v_[3] ^= block;
  Rounds(v_, 2);
  v_[0] ^= block;
}

void SipHash::Add(std::string_view bytes) {
  for (unsigned char c : bytes) {
    tail_ |= static_cast<uint64_t>(c) << (8 * (length_ % 8));
    ++length_;
    if (length_ % 8 == 0) {
      Absorb(tail_);
      tail_ = 0;
    }
  }
}

uint64_t SipHash::value() const {
  std::array<uint64_t, 4> v = v_;
  const uint64_t last = tail_ | (length_ << 56);
  v[3] ^= last;
  Rounds(v, 2);
  v[0] ^= last;
  v[2] ^= 0xff;
  Rounds(v, 4);
  return v[0] ^ v[1] ^ v[2] ^ v[3];
}

}  // namespace unspin
