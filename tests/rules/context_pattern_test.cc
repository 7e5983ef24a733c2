#include "rules/context_pattern.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace unspin {
namespace {

TEST(ContextPatternTest, PlainAlternationsOfWordsAreLiteral) {
  EXPECT_TRUE(ContextPattern("said|told|the ruling", ContextSide::kBefore).is_literal());
  EXPECT_TRUE(ContextPattern("u\\.s \\.|'s|long - term", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("\\d+|week", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("(on|in) the", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("a||b", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("caf\u00e9", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("$", ContextSide::kAfter).is_literal());
}

TEST(ContextPatternTest, LiteralBeforeMatchesWholeWordsAtTheEndOfTheContext) {
  const ContextPattern pattern("the ruling|Party", ContextSide::kBefore);
  EXPECT_TRUE(pattern.Matches("of the ruling"));
  EXPECT_TRUE(pattern.Matches("THE Ruling"));
  EXPECT_TRUE(pattern.Matches("said the party"));
  EXPECT_FALSE(pattern.Matches("the rulings"));
  EXPECT_FALSE(pattern.Matches("of theruling"));
  EXPECT_FALSE(pattern.Matches("the ruling of"));
  EXPECT_FALSE(pattern.Matches("third-party"));
  EXPECT_FALSE(pattern.Matches(""));
}

TEST(ContextPatternTest, LiteralAfterMatchesWholeWordsAtTheStartOfTheContext) {
  const ContextPattern pattern("that|\\.|on the", ContextSide::kAfter);
  EXPECT_TRUE(pattern.Matches("that the"));
  EXPECT_TRUE(pattern.Matches(". It"));
  EXPECT_TRUE(pattern.Matches("On the day"));
  EXPECT_FALSE(pattern.Matches("thats it"));
  EXPECT_FALSE(pattern.Matches("on then"));
  EXPECT_FALSE(pattern.Matches("it was that"));
}

// The literal path must answer exactly as RE2 does, on random neighbouring
// words, including non-ASCII ones (which go to RE2).
TEST(ContextPatternTest, LiteralMatchingAgreesWithRe2OnRandomContexts) {
  const std::vector<std::string> words = {"the", "The", "ruling", "RULING", "party", "a",
                                          "'s", "-", ".", "u.s", "k", "\u212A", "s",
                                          "\u017F", "long", "term", "on", "that", "caf\u00e9"};
  const std::vector<std::string> patterns = {"the ruling|party", "k|s|'s", "long - term|\\.",
                                             "a|on that|u\\.s", "THE|Party 's"};
  std::mt19937 random(7);
  int checked = 0;
  for (const std::string& text : patterns) {
    for (ContextSide side : {ContextSide::kBefore, ContextSide::kAfter}) {
      const ContextPattern pattern(text, side);
      ASSERT_TRUE(pattern.is_literal()) << text;
      for (int round = 0; round < 2000; ++round) {
        std::string context;
        const int count = static_cast<int>(random() % 4);
        for (int w = 0; w < count; ++w) {
          if (w != 0) context += ' ';
          context += words[random() % words.size()];
        }
        ASSERT_EQ(pattern.Matches(context), RE2::PartialMatch(context, pattern.regex()))
            << "pattern '" << text << "' context '" << context << "'";
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 20000);
}

}  // namespace
}  // namespace unspin
