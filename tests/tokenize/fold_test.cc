#include "tokenize/fold.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

TEST(FoldForMatching, LowersAsciiAndFoldsApostrophes) {
  EXPECT_EQ(FoldForMatching("MENTIONED"), "mentioned");
  EXPECT_EQ(FoldForMatching("didn\u2019t"), "didn't");
  EXPECT_EQ(FoldForMatching("didn\u02BCt"), "didn't");
}

TEST(FoldForMatching, FoldsDashesAndNonAsciiCase) {
  EXPECT_EQ(FoldForMatching("\u2013"), "-");
  EXPECT_EQ(FoldForMatching("\u2014"), "-");
  EXPECT_EQ(FoldForMatching("\u00C9COLE"), "\u00E9cole");
}

TEST(FoldForMatching, NormalizesCompositionAndCompatibilityForms) {
  EXPECT_EQ(FoldForMatching("e\u0301"), "\u00E9");    // decomposed é
  EXPECT_EQ(FoldForMatching("\uFB01nal"), "final");   // ﬁ ligature
}

TEST(FoldPunctuation, KeepsCaseAndInvalidBytes) {
  EXPECT_EQ(FoldPunctuation("Kim\u2019s \xFF\u2014x"), "Kim's \xFF-x");
}

}  // namespace
}  // namespace unspin
