#include "rules/logical_lines.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

std::vector<std::string> Texts(const std::vector<LogicalLine>& lines) {
  std::vector<std::string> texts;
  for (const LogicalLine& line : lines) texts.push_back(line.text);
  return texts;
}

TEST(LogicalLines, JoinsABarLineAsItIsAndAnyOtherLineAfterOneSpace) {
  const auto lines = SplitLogicalLines(
      "rule r\n  after:  (on )?(a|b\n          |c)   \n  note:   a long\n      sentence.\n");
  EXPECT_EQ(Texts(lines), (std::vector<std::string>{"rule r", "  after:  (on )?(a|b|c)",
                                                    "  note:   a long sentence."}));
}

TEST(LogicalLines, ContinuesOnlyLinesIndentedDeeperThanTheField) {
  const auto lines = SplitLogicalLines("rule r\n  spun: a\n  | b\n\t| c\n    | d\n");
  // "  | b" and "\t| c" are as deep as the field: lines of their own.
  EXPECT_EQ(Texts(lines),
            (std::vector<std::string>{"rule r", "  spun: a", "  | b", "\t| c| d"}));
}

TEST(LogicalLines, NeverContinuesARuleOrIncludeLineButContinuesAList) {
  const auto lines = SplitLogicalLines(
      "rule r\n  spun: a\ninclude x.rules\n  spun: b\nlist @l = a\n  | b\n");
  EXPECT_EQ(Texts(lines), (std::vector<std::string>{"rule r", "  spun: a", "include x.rules",
                                                    "  spun: b", "list @l = a| b"}));
}

TEST(LogicalLines, SkipsBlankAndCommentLinesInsideAContinuedValue) {
  const auto lines = SplitLogicalLines("  after: a\n\n    # |x\n    |b\n");
  EXPECT_EQ(Texts(lines), (std::vector<std::string>{"  after: a|b"}));
}

TEST(LogicalLines, KnowsThePhysicalLineOfEveryPart) {
  const auto lines = SplitLogicalLines("# header\nrule r\n  after: aa\n\n      |bb\n      |cc\n");
  ASSERT_EQ(lines.size(), 2u);
  const LogicalLine& field = lines[1];
  EXPECT_EQ(field.line, 3);
  EXPECT_EQ(field.LineAt(field.text.find("aa")), 3);
  EXPECT_EQ(field.LineAt(field.text.find("|bb")), 5);
  EXPECT_EQ(field.LineAt(field.text.find("cc")), 6);
}

}  // namespace
}  // namespace unspin
