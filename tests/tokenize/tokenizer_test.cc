#include "tokenize/tokenizer.h"

#include <random>

#include <gtest/gtest.h>

namespace unspin {
namespace {

std::vector<std::string> Keys(std::string_view text) {
  Tokenizer tokenizer;
  std::vector<std::string> keys;
  for (const Token& token : tokenizer.Tokenize(text)) {
    keys.emplace_back(token.kind == TokenKind::kLineBreak ? "<br>" : token.key);
  }
  return keys;
}

TEST(Tokenizer, SplitsWordsAndPunctuationSkippingSpaces) {
  EXPECT_EQ(Keys("Kim referred to as for calm."),
            (std::vector<std::string>{"kim", "referred", "to", "as", "for", "calm", "."}));
}

TEST(Tokenizer, SplitsPossessiveIntoItsOwnToken) {
  EXPECT_EQ(Keys("the ruling celebration\u2019s meeting"),
            (std::vector<std::string>{"the", "ruling", "celebration", "'s", "meeting"}));
  EXPECT_EQ(Keys("party's"), (std::vector<std::string>{"party", "'s"}));
}

TEST(Tokenizer, KeepsContractionsWhole) {
  EXPECT_EQ(Keys("didn\u2019t"), (std::vector<std::string>{"didn't"}));
}

TEST(Tokenizer, SplitsHyphenatedCompounds) {
  EXPECT_EQ(Keys("Jong-un"), (std::vector<std::string>{"jong", "-", "un"}));
}

TEST(Tokenizer, MakesOneLineBreakOfCrlfAndCountsLoneCr) {
  EXPECT_EQ(Keys("a\r\nb\rc\nd"),
            (std::vector<std::string>{"a", "<br>", "b", "<br>", "c", "<br>", "d"}));
}

TEST(Tokenizer, NeverMatchesInsideALongerWord) {
  EXPECT_EQ(Keys("armyworm army"), (std::vector<std::string>{"armyworm", "army"}));
}

TEST(Tokenizer, SpansCoverTheOriginalBytes) {
  const std::string text = "\u201CSay\u201D \xFF ok";
  Tokenizer tokenizer;
  const Tokens tokens = tokenizer.Tokenize(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(text.substr(tokens[1].span.begin, tokens[1].span.size()), "Say");
  EXPECT_EQ(text.substr(tokens[3].span.begin, tokens[3].span.size()), "\xFF");
  EXPECT_TRUE(tokens[3].key.empty()) << "an invalid byte must never match";
}

TEST(Tokenizer, MarksNumbers) {
  Tokenizer tokenizer;
  const Tokens tokens = tokenizer.Tokenize("in 2,024 cases");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].kind, TokenKind::kNumber);
}

}  // namespace
}  // namespace unspin

namespace unspin {
namespace {

// The ASCII fast path must give exactly ICU's tokens.
TEST(Tokenizer, FastPathAgreesWithIcuOnRandomText) {
  std::string alphabet = "\t\n\r\f\v\x01\x7f";
  for (char c = ' '; c < 0x7f; ++c) alphabet += c;
  alphabet += "aeiou .,'";  // more of what prose is made of
  const std::vector<std::string> extras = {"\u2019", "\u201C", "\u00E9", "\u2014", "\xFF",
                                           "\u00A0", "don't", "U.S.", "3.5", "1,000", "a:b",
                                           "x_1", "__", "'s", "e.g.", "9a", "a9"};
  std::mt19937 random(42);
  Tokenizer tokenizer;
  for (int round = 0; round < 50000; ++round) {
    std::string text;
    // Some rounds without spaces, for runs longer than the sixteen bytes
    // the run scanner looks at in one step.
    const bool long_runs = round % 4 == 0;
    const size_t length = random() % (long_runs ? 60 : 40);
    for (size_t i = 0; i < length; ++i) {
      if (long_runs && random() % 2 == 0) {
        text += "abcdefghijkLMNOPqrs.'-"[random() % 22];
      } else if (random() % 6 == 0) {
        text += extras[random() % extras.size()];
      } else {
        text += alphabet[random() % alphabet.size()];
      }
    }
    const Tokens fast = tokenizer.Tokenize(text);
    const Tokens reference = tokenizer.TokenizeWithIcu(text);
    ASSERT_EQ(fast.size(), reference.size()) << ::testing::PrintToString(text);
    for (size_t i = 0; i < fast.size(); ++i) {
      ASSERT_EQ(fast[i].span, reference[i].span) << ::testing::PrintToString(text) << " token " << i;
      ASSERT_EQ(fast[i].kind, reference[i].kind) << ::testing::PrintToString(text) << " token " << i;
      ASSERT_EQ(fast[i].key, reference[i].key) << ::testing::PrintToString(text) << " token " << i;
    }
  }
}

// Keys that view the text (as the restorer tokenizes) are the same keys,
// and only those equal to their token's bytes view it; the others are
// copies.
TEST(Tokenizer, KeysViewingTheTextAreTheSameKeys) {
  const std::string text =
      "The party's plenary meeting, at 10:30, said \u201Chello\u201D; U.S. didn't WAIT-time x_1 caf\u00E9.\r\n"
      "state media said";
  Tokenizer tokenizer;
  const Tokens copied = tokenizer.Tokenize(text);
  Tokens viewing;
  tokenizer.TokenizeInto(text, viewing, Tokenizer::KeyStorage::kMayViewText);
  ASSERT_EQ(copied.size(), viewing.size());
  const auto inside_text = [&text](std::string_view key) {
    return !key.empty() && key.data() >= text.data() && key.data() + key.size() <= text.data() + text.size();
  };
  size_t viewed = 0;
  for (size_t i = 0; i < copied.size(); ++i) {
    EXPECT_EQ(copied[i].span, viewing[i].span) << i;
    EXPECT_EQ(copied[i].kind, viewing[i].kind) << i;
    EXPECT_EQ(copied[i].key, viewing[i].key) << i;
    EXPECT_EQ(copied[i].key_is_text, viewing[i].key_is_text) << i;
    EXPECT_FALSE(inside_text(copied[i].key)) << i;
    if (inside_text(viewing[i].key)) {
      ++viewed;
      EXPECT_EQ(viewing[i].key, std::string_view(text).substr(viewing[i].span.begin, viewing[i].span.size()));
    }
  }
  EXPECT_GE(viewed, 10u);  // "party", "plenary", "meeting", "at", "said", "state", ...
}

}  // namespace
}  // namespace unspin
