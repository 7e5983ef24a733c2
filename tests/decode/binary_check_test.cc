#include "decode/binary_check.h"

#include <gtest/gtest.h>

#include <string>

#include "structured_inputs.h"

namespace unspin {
namespace {

using testing::RandomBytes;

TEST(FindBinaryEvidence, RandomBytesAreBinary) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    EXPECT_TRUE(FindBinaryEvidence(RandomBytes(seed, 300000))) << "seed " << seed;
  }
}

TEST(FindBinaryEvidence, RandomBytesWithoutNulAreBinaryByTheirInvalidUtf8) {
  std::string bytes = RandomBytes(7, 4000);
  for (char& byte : bytes) byte = byte == '\0' ? 'x' : byte;
  const std::optional<BinaryEvidence> evidence = FindBinaryEvidence(bytes);
  ASSERT_TRUE(evidence);
  EXPECT_EQ(evidence->kind, BinaryEvidence::kInvalidUtf8);
  // Short random bytes too, a few hundred of them.
  EXPECT_TRUE(FindBinaryEvidence(bytes.substr(0, 300)));
}

TEST(FindBinaryEvidence, NulByteNamesItsOffset) {
  const std::optional<BinaryEvidence> evidence =
      FindBinaryEvidence(std::string_view("plain text\0more", 15));
  ASSERT_TRUE(evidence);
  EXPECT_EQ(evidence->kind, BinaryEvidence::kNulByte);
  EXPECT_EQ(evidence->offset, 10u);
}

TEST(FindBinaryEvidence, TextWithAFewBadBytesIsText) {
  EXPECT_FALSE(FindBinaryEvidence(""));
  EXPECT_FALSE(FindBinaryEvidence("The ruling celebration met.\n"));
  EXPECT_FALSE(FindBinaryEvidence("Kim\u2019s \u201Cquote\u201D \U0001F600\n"));
  // A short line with a few bad bytes: a high share, but of a few bytes.
  EXPECT_FALSE(FindBinaryEvidence("ok \xF4\x90\x80\x80 mentioned\n"));
  EXPECT_FALSE(FindBinaryEvidence("Caf\xE9 na\xEFve r\xE9sum\xE9 \xE0 la cr\xE8me br\xFBl\xE9\n"));
  // Latin-1 accents mislabelled as UTF-8 in French prose: about 3% of bytes.
  EXPECT_FALSE(FindBinaryEvidence("Le caf\xE9 de la r\xE9publique a \xE9t\xE9 ferm\xE9 hier soir "
                                  "par la police municipale.\n"));
}

TEST(FindBinaryEvidence, OnlyTheFirstBlockDecides) {
  std::string text(kBinaryCheckBytes, 'a');
  EXPECT_FALSE(FindBinaryEvidence(text + std::string(1, '\0')));
  text[100] = '\0';
  EXPECT_TRUE(FindBinaryEvidence(text));
}

}  // namespace
}  // namespace unspin
