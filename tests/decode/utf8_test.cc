#include "decode/utf8.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

TEST(FindInvalidUtf8, AcceptsValidText) {
  EXPECT_EQ(FindInvalidUtf8(""), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("plain ascii"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("Kim\u2019s \u201Cquote\u201D \U0001F600"), std::nullopt);
}

TEST(FindInvalidUtf8, ReportsOffsetOfFirstBadByte) {
  struct Case {
    std::string bytes;
    size_t offset;
  };
  const Case cases[] = {
      {"ab\xFF", 2},                  // never valid
      {"a\xC0\xAF", 1},               // overlong '/'
      {"xy\xE0\x80\xAF", 2},          // overlong three-byte
      {"\xED\xA0\x80", 0},            // UTF-16 surrogate
      {"ok \xE2\x80", 3},             // truncated at end
      {"\xF4\x90\x80\x80", 0},        // above U+10FFFF
      {"caf\xE9 latin-1", 3},         // Latin-1 mislabelled as UTF-8
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FindInvalidUtf8(c.bytes), c.offset) << c.bytes;
  }
}

TEST(Utf8BomLength, DetectsOnlyALeadingBom) {
  EXPECT_EQ(Utf8BomLength("\xEF\xBB\xBFtext"), 3u);
  EXPECT_EQ(Utf8BomLength("text\xEF\xBB\xBF"), 0u);
}

TEST(CountCodePoints, CountsMultibyteSequencesOnce) {
  EXPECT_EQ(CountCodePoints("a\u2019b"), 3u);
  EXPECT_EQ(CountCodePoints("\xFF\xFE"), 2u);
}

}  // namespace
}  // namespace unspin
