#include "compare/alternatives.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

TEST(FindAlternativeGroups, FindsGroupsWithTheirOptions) {
  const std::string text = "issued a {statement|press release} and {would|will} go";
  const std::vector<AlternativeGroup> groups = FindAlternativeGroups(text);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(text.substr(groups[0].span.begin, groups[0].span.size()), "{statement|press release}");
  EXPECT_EQ(groups[0].options, (std::vector<std::string>{"statement", "press release"}));
  EXPECT_EQ(groups[1].options, (std::vector<std::string>{"would", "will"}));
}

TEST(FindAlternativeGroups, BracesWithoutABarOrNestedAreText) {
  EXPECT_TRUE(FindAlternativeGroups("a {b} c").empty());
  EXPECT_TRUE(FindAlternativeGroups("a {b|c").empty());
  // The outer brace opens no group; the inner one does.
  const std::vector<AlternativeGroup> groups = FindAlternativeGroups("{x {a|b} y}");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].span.begin, 3u);
  EXPECT_EQ(groups[0].options, (std::vector<std::string>{"a", "b"}));
}

TEST(FindAlternativeGroups, KeepsEmptyOptions) {
  const std::vector<AlternativeGroup> groups = FindAlternativeGroups("a {|very} big");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].options, (std::vector<std::string>{"", "very"}));
}

TEST(ResolveAlternatives, UsesTheChosenOptionAndRecordsWhereItIs) {
  const std::string text = "a {statement|press release} on {Friday|Monday}.";
  const std::vector<AlternativeGroup> groups = FindAlternativeGroups(text);
  const ResolvedText first = ResolveAlternatives(text, groups);
  EXPECT_EQ(first.text, "a statement on Friday.");
  const ResolvedText chosen = ResolveAlternatives(text, groups, {1, 7});
  EXPECT_EQ(chosen.text, "a press release on Friday.");  // 7 is out of range: the first
  ASSERT_EQ(chosen.spans.size(), 2u);
  EXPECT_EQ(chosen.text.substr(chosen.spans[0].begin, chosen.spans[0].size()), "press release");
  EXPECT_EQ(chosen.text.substr(chosen.spans[1].begin, chosen.spans[1].size()), "Friday");
}

}  // namespace
}  // namespace unspin
