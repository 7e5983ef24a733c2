// Spelling suggestions from the reference vocabulary, with a tiny vocabulary
// built in the test and a stand-in for the dictionary.
#include "spell/vocabulary_suggester.h"

#include <gtest/gtest.h>

#include <set>

#include "vocab/vocabulary_builder.h"

namespace unspin {
namespace {

std::shared_ptr<const Vocabulary> TinyVocabulary() {
  VocabularyBuilder builder;
  builder.AddText(
      "the receive receive receive receipt of the form .\n"
      "they recite poems .\n"
      "all time high all time low .\n"
      "teh is a typo the corpus kept once .\n"
      "the the the the the .\n");
  return Vocabulary::FromBytes(builder.Serialize(1), "tiny").value();
}

bool Dictionary(std::string_view word) {
  static const std::set<std::string, std::less<>> words = {
      "the", "receive", "receipt", "recite", "all", "time", "high", "low", "form",
      "Receive", "RECEIVE", "The"};
  return words.contains(word);
}

std::vector<std::string> Suggest(std::string_view word) {
  static const auto vocabulary = TinyVocabulary();
  return SuggestFromVocabulary(word, *vocabulary, Dictionary, 5);
}

TEST(VocabularySuggester, OffersWordsOneEditAwayMostFrequentFirst) {
  // "recieve": a swap gives "receive" (seen 3 times); no other word is one
  // edit away.
  EXPECT_EQ(Suggest("recieve"), (std::vector<std::string>{"receive"}));
  // Insertion, or a replacement: the more frequent word first.
  EXPECT_EQ(Suggest("recive"), (std::vector<std::string>{"receive", "recite"}));
  EXPECT_EQ(Suggest("receeive"), (std::vector<std::string>{"receive"}));  // deletion
  EXPECT_EQ(Suggest("rexeive"), (std::vector<std::string>{"receive"}));   // replacement
}

// Deleting either of two doubled letters, or inserting before or after a
// letter its own double, makes the same word: it is suggested once.
TEST(VocabularySuggester, SuggestsAWordOnceHoweverManyEditsMakeIt) {
  EXPECT_EQ(Suggest("receeeive"), (std::vector<std::string>{}));  // two edits away
  EXPECT_EQ(Suggest("reeceive"), (std::vector<std::string>{"receive"}));
  EXPECT_EQ(Suggest("teh"), (std::vector<std::string>{"the"}));
}

TEST(VocabularySuggester, KeepsTheCaseOfTheMisspelling) {
  EXPECT_EQ(Suggest("Recieve"), (std::vector<std::string>{"Receive"}));
  EXPECT_EQ(Suggest("RECIEVE"), (std::vector<std::string>{"RECEIVE"}));
}

TEST(VocabularySuggester, SplitsWordsRunTogetherThatTheVocabularySawTogether) {
  EXPECT_EQ(Suggest("alltime"), (std::vector<std::string>{"all time"}));
}

TEST(VocabularySuggester, NeverSuggestsWhatTheDictionaryRejects) {
  // "teh" is in the vocabulary (its sources are not proofread), but not in
  // the dictionary: "hte" gets "the" only.
  EXPECT_EQ(Suggest("hte"), (std::vector<std::string>{"the"}));
}

TEST(VocabularySuggester, HandlesOnlyPlainAsciiWords) {
  EXPECT_TRUE(SuggestibleFromVocabulary("recieve"));
  EXPECT_TRUE(SuggestibleFromVocabulary("don't"));
  EXPECT_FALSE(SuggestibleFromVocabulary("café"));
  EXPECT_FALSE(SuggestibleFromVocabulary("a"));
  EXPECT_FALSE(SuggestibleFromVocabulary("x2y"));
  EXPECT_TRUE(Suggest("qqqqqqqq").empty());
}

}  // namespace
}  // namespace unspin
