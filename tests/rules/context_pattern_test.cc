#include "rules/context_pattern.h"

#include "rules/rule_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace unspin {
namespace {

// Up to three of `words`, joined by single spaces, as the matcher makes
// contexts.
std::string RandomContext(const std::vector<std::string>& words, std::mt19937& random) {
  std::string context;
  const int count = static_cast<int>(random() % 4);
  for (int w = 0; w < count; ++w) {
    if (w != 0) context += ' ';
    context += words[random() % words.size()];
  }
  return context;
}

TEST(ContextPatternTest, PlainAlternationsOfWordsAreLiteral) {
  EXPECT_TRUE(ContextPattern("said|told|the ruling", ContextSide::kBefore).is_literal());
  EXPECT_TRUE(ContextPattern("u\\.s \\.|'s|long - term", ContextSide::kAfter).is_literal());
  EXPECT_TRUE(ContextPattern("\\d+|week", ContextSide::kAfter).is_literal());
  EXPECT_TRUE(ContextPattern("[ab-]|c{2}|(\\w+ ){0,2}x", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("(?i)a", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("(?-i:[A-Z]\\w*)", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("a.b", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("[^a]", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("(ab)+", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("a+?", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("(a|b", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("a)b", ContextSide::kAfter).is_literal());
  EXPECT_FALSE(ContextPattern("caf\u00e9", ContextSide::kAfter).is_literal());
}

// Hostile patterns cost bounded stack and memory: deep nesting and huge
// expansions are left to RE2 (and its limits) instead.
TEST(ContextPatternTest, DeepOrHugePatternsAreLeftToRe2) {
  const std::string deep = std::string(5000, '(') + "a" + std::string(5000, ')');
  EXPECT_FALSE(ContextPattern(deep, ContextSide::kAfter).is_literal());
  std::string wide = "(";
  for (int i = 0; i < 4000; ++i) wide += (i ? "|w" : "w") + std::to_string(i);
  wide += ") " + std::string(100000, 'x');
  EXPECT_FALSE(ContextPattern(wide, ContextSide::kAfter).is_literal());
  EXPECT_TRUE(ContextPattern(std::string(30, '(') + "a" + std::string(30, ')'), ContextSide::kAfter)
                  .is_literal());
  // More than two variable runs could make the search slow on long words.
  EXPECT_FALSE(ContextPattern("\\w+\\w+\\w+x", ContextSide::kAfter).is_literal());
  EXPECT_TRUE(ContextPattern("\\w+-\\w+", ContextSide::kAfter).is_literal());
  // A context longer than the expanded search takes is answered by RE2.
  const ContextPattern runs("\\w+-\\w+", ContextSide::kAfter);
  EXPECT_TRUE(runs.Matches(std::string(300, 'a') + "-b"));
  EXPECT_FALSE(runs.Matches(std::string(300, 'a') + "-"));
}

TEST(ContextPatternTest, GroupsOptionalPartsAndWordBoundariesAreExpanded) {
  const ContextPattern pattern("(on|in) (the|a)\\b|years?|(the )?ruling( party)?",
                               ContextSide::kAfter);
  ASSERT_TRUE(pattern.is_literal());
  EXPECT_TRUE(pattern.Matches("in a way"));
  EXPECT_TRUE(pattern.Matches("On The"));
  EXPECT_TRUE(pattern.Matches("year ago"));
  EXPECT_TRUE(pattern.Matches("years"));
  EXPECT_TRUE(pattern.Matches("the ruling party"));
  EXPECT_TRUE(pattern.Matches("ruling"));
  EXPECT_FALSE(pattern.Matches("in an"));
  EXPECT_FALSE(pattern.Matches("yearss"));
  // A \b after a non-word character never holds before a space.
  const ContextPattern dot_boundary("\\.\\b", ContextSide::kAfter);
  EXPECT_TRUE(dot_boundary.is_literal());
  EXPECT_FALSE(dot_boundary.Matches(". x"));
  EXPECT_FALSE(dot_boundary.Matches("."));
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
                                          "\u017F", "long", "term", "terms", "on", "that",
                                          "u.s.", "caf\u00e9", "12", "3,000.5", "running",
                                          "long-term", "ING", "an", "KS", "abc"};
  const std::vector<std::string> patterns = {
      "the ruling|party", "k|s|'s", "long - term|\\.", "a|on that|u\\.s", "THE|Party 's",
      "(on|that) (the|a)", "(the )?ruling( party)?", "terms?\\b", "u\\.s\\.?\\b|\\bk",
      "(?:a|s)( -)? term", "\\bthe\\b \\.|'s\\b", "\\d+ - \\d+|\\w+ing|^|\\.",
      "the (\\w+ ('s |' ))?(\\w+ )?term", "(a|an) ([\\w-]+ ){0,2}term", "( \\S+)?k|$",
      "\\d[\\d,.]*|u\\.s\\b", "a||s", "[a-c]+ term|[A-Z]{2,3}"};
  std::mt19937 random(7);
  int checked = 0;
  for (const std::string& text : patterns) {
    for (ContextSide side : {ContextSide::kBefore, ContextSide::kAfter}) {
      const ContextPattern pattern(text, side);
      ASSERT_TRUE(pattern.is_literal()) << text;
      for (int round = 0; round < 2000; ++round) {
        const std::string context = RandomContext(words, random);
        ASSERT_EQ(pattern.Matches(context), RE2::PartialMatch(context, pattern.regex()))
            << "pattern '" << text << "' context '" << context << "'";
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 72000);
}

// Every pattern of the bundled packs that is matched without RE2 gives
// RE2's answers, on contexts made of the pattern's own words (so that many
// match) and others.
TEST(ContextPatternTest, BundledPatternsMatchedWithoutRe2AgreeWithRe2) {
  const std::filesystem::path rules = std::filesystem::path(UNSPIN_SOURCE_DIR) / "rules";
  StatusOr<std::vector<Rule>> loaded = LoadRules({(rules / "news").string(), (rules / "science").string()});
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  std::mt19937 random(11);
  int literal = 0;
  for (const Rule& rule : loaded.value()) {
    for (const ContextCondition& condition : rule.conditions) {
      const ContextPattern& pattern = *condition.pattern;
      if (!pattern.is_literal()) continue;
      ++literal;
      std::vector<std::string> words = {"the", "a", "-", ".", "said", "'s", "U.S", "12",
                                        "3,000", "running", "well-known", "x", "'"};
      std::string word;
      for (char c : pattern.pattern()) {
        if (c == ' ' || c == '|' || c == '(' || c == ')' || c == '?' || c == '\\') {
          if (!word.empty()) words.push_back(word);
          word.clear();
        } else {
          word += c;
        }
      }
      if (!word.empty()) words.push_back(word);
      for (int round = 0; round < 40; ++round) {
        const std::string context = RandomContext(words, random);
        ASSERT_EQ(pattern.Matches(context), RE2::PartialMatch(context, pattern.regex()))
            << rule.location.ToString() << ": pattern '" << pattern.pattern() << "' context '"
            << context << "'";
      }
    }
  }
  EXPECT_GT(literal, 500);
}

}  // namespace
}  // namespace unspin
