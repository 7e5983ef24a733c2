#include "base/sip_hash.h"

#include <gtest/gtest.h>

#include <string>

namespace unspin {
namespace {

// The key 00 01 .. 0f of the SipHash paper, as two little-endian words.
constexpr SipHash::Key kPaperKey = {0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL};

std::string Bytes(int count) {
  std::string bytes;
  for (int i = 0; i < count; ++i) bytes += static_cast<char>(i);
  return bytes;
}

TEST(SipHash, GivesThePapersTestVectors) {
  SipHash empty(kPaperKey);
  EXPECT_EQ(empty.value(), 0x726fdb47dd0e0e31ULL);
  SipHash fifteen(kPaperKey);
  fifteen.Add(Bytes(15));
  EXPECT_EQ(fifteen.value(), 0xa129ca6149be45e5ULL);
}

TEST(SipHash, FedInPiecesGivesTheValueOfTheWhole) {
  const std::string all = Bytes(64);
  SipHash whole(kPaperKey);
  whole.Add(all);
  for (size_t cut = 0; cut <= all.size(); cut += 3) {
    SipHash pieces(kPaperKey);
    pieces.Add(std::string_view(all).substr(0, cut));
    pieces.Add(std::string_view(all).substr(cut));
    EXPECT_EQ(pieces.value(), whole.value()) << cut;
  }
}

TEST(SipHash, AnotherKeyGivesAnotherValue) {
  SipHash a(kPaperKey), b({kPaperKey[0], kPaperKey[1] ^ 1});
  a.Add("rules");
  b.Add("rules");
  EXPECT_NE(a.value(), b.value());
}

}  // namespace
}  // namespace unspin
