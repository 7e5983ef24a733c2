#include "base/strings.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

TEST(Trim, RemovesSpacesTabsAndLineEndsOnBothSides) {
  EXPECT_EQ(Trim(" \t a b \r\n"), "a b");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim("   "), "");
}

TEST(SplitAndTrim, SplitsOnEverySeparatorAndKeepsEmptyPieces) {
  EXPECT_EQ(SplitAndTrim("a | b|c", "|"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(SplitAndTrim("a||b", "|"), (std::vector<std::string>{"a", "", "b"}));
}

TEST(ClosestMatch, SuggestsWithinTwoEditsOnly) {
  EXPECT_EQ(ClosestMatch("contxt", {"before", "context", "after"}), "context");
  EXPECT_EQ(ClosestMatch("zzzzzz", {"before", "context"}), "");
}

}  // namespace
}  // namespace unspin
