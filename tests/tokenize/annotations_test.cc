#include "tokenize/annotations.h"

#include <gtest/gtest.h>

#include "tokenize/tokenizer.h"

namespace unspin {
namespace {

struct Annotated {
  std::string text;
  Tokens tokens;
  std::vector<TokenAnnotation> annotations;

  const TokenAnnotation& Of(std::string_view word) const {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (text.substr(tokens[i].span.begin, tokens[i].span.size()) == word) return annotations[i];
    }
    throw std::runtime_error("no token " + std::string(word));
  }
};

Annotated Annotate(const std::string& text) {
  Tokenizer tokenizer;
  Annotated a{text, tokenizer.Tokenize(text), {}};
  a.annotations = unspin::Annotate(a.text, a.tokens);
  return a;
}

TEST(Annotate, MarksWordsInsideCurlyAndStraightQuotes) {
  const Annotated a = Annotate("He mentioned \u201Cthe army\u201D and \"the chief\" today.");
  EXPECT_FALSE(a.Of("mentioned").in_quotes);
  EXPECT_TRUE(a.Of("army").in_quotes);
  EXPECT_TRUE(a.Of("chief").in_quotes);
  EXPECT_FALSE(a.Of("today").in_quotes);
}

TEST(Annotate, UnclosedQuoteEndsAtTheLineBreak) {
  const Annotated a = Annotate("\u201CWe will fight\nThe army said");
  EXPECT_TRUE(a.Of("fight").in_quotes);
  EXPECT_FALSE(a.Of("army").in_quotes);
}

TEST(Annotate, FindsSentenceStartsButNotAfterAbbreviations) {
  const Annotated a = Annotate("It rained. Army officials met the U.S. Army team.");
  EXPECT_TRUE(a.Of("It").sentence_start);
  EXPECT_TRUE(a.Of("Army").sentence_start);
  EXPECT_FALSE(a.Of("team").sentence_start);
  // The second "Army" follows "U.S." and is part of a name.
  const Annotated b = Annotate("the U.S. Army");
  EXPECT_FALSE(b.Of("Army").sentence_start);
}

TEST(CapitalizationOf, DistinguishesFirstAllAndNone) {
  EXPECT_EQ(CapitalizationOf("said"), Capitalization::kNone);
  EXPECT_EQ(CapitalizationOf("Said"), Capitalization::kFirst);
  EXPECT_EQ(CapitalizationOf("SAID"), Capitalization::kAll);
  EXPECT_EQ(CapitalizationOf("A"), Capitalization::kSingle);
  EXPECT_EQ(CapitalizationOf("\u00C9cole"), Capitalization::kFirst);
  EXPECT_EQ(CapitalizationOf("2024"), Capitalization::kNone);
}

}  // namespace
}  // namespace unspin
