#include "learn/substitutions.h"

#include <gtest/gtest.h>

#include "test_paths.h"

namespace unspin {
namespace {

// "spun words -> original words" per substitution, in order.
std::vector<std::string> Found(const std::string& original, const std::string& spun,
                               const ExtractOptions& options = {}) {
  const AlignedPair pair = AlignPair(spun, original, options);
  std::vector<std::string> found;
  for (const Substitution& s : pair.substitutions) {
    found.push_back(
        PhraseText(pair.spun, pair.spun_tokens, s.spun_begin, s.spun_end) + " -> " +
        PhraseText(pair.original, pair.original_tokens, s.original_begin, s.original_end));
  }
  return found;
}

using Expected = std::vector<std::string>;

const Vocabulary& ShippedVocabulary() {
  static const std::shared_ptr<const Vocabulary> vocabulary = [] {
    StatusOr<std::shared_ptr<const Vocabulary>> opened =
        Vocabulary::Open(testing::SourcePath("dictionaries/english.vocab"));
    if (!opened.ok()) throw std::runtime_error(opened.status().message());
    return opened.value();
  }();
  return *vocabulary;
}

TEST(AlignPair, FindsASingleWordSwap) {
  EXPECT_EQ(
      Found("The mayor said the plan would pass.", "The mayor mentioned the plan would pass."),
      (Expected{"mentioned -> said"}));
}

TEST(AlignPair, FindsSeveralSwapsInOrder) {
  EXPECT_EQ(Found("Officials said the party met.", "Officers mentioned the celebration met."),
            (Expected{"Officers mentioned -> Officials said", "celebration -> party"}));
}

TEST(AlignPair, FindsAMultiWordSwap) {
  EXPECT_EQ(Found("Lawmakers called for a vote.", "Lawmakers referred to as for a vote."),
            (Expected{"referred to as -> called"}));
}

TEST(AlignPair, JoinsExtraSpunWordsToTheWordTheyExpand) {
  // At the end of a sentence only the word before them is a candidate.
  EXPECT_EQ(Found("It launched its first satellite.", "It launched its first satellite tv for pc."),
            (Expected{"satellite tv for pc -> satellite"}));
  // Between two words the vocabulary decides: "tv for pc" belongs to
  // "satellite", not to "have"; "brand" to "new", not to "a".
  ExtractOptions options;
  options.vocabulary = &ShippedVocabulary();
  EXPECT_EQ(Found("Scientists using a satellite have found ice loss.",
                  "Scientists using a satellite tv for pc have found ice loss.", options),
            (Expected{"satellite tv for pc -> satellite"}));
  EXPECT_EQ(Found("She asked for a new trial.", "She asked for a brand new trial.", options),
            (Expected{"brand new -> new"}));
}

TEST(AlignPair, FindsASwapAtTheStartOfALine) {
  EXPECT_EQ(Found("The storm hit.\nPeople stayed home.\n", "The storm hit.\nFolks stayed home.\n"),
            (Expected{"Folks -> People"}));
  EXPECT_EQ(Found("Said the mayor.", "Mentioned the mayor."), (Expected{"Mentioned -> Said"}));
}

TEST(AlignPair, IdenticalTextsHaveNoSubstitutions) {
  const std::string text = "The mayor said the plan would pass.\nIt did.\n";
  const AlignedPair pair = AlignPair(text, text);
  EXPECT_TRUE(pair.substitutions.empty());
  EXPECT_EQ(pair.original, text);
}

TEST(AlignPair, IgnoresWordsTheSpinnerDropped) {
  EXPECT_TRUE(Found("She went to the new school.", "She went to the school.").empty());
  EXPECT_TRUE(Found("Hold interest rates steady.", "Hold rates steady.").empty());
}

TEST(AlignPair, IgnoresChangesOfPunctuationOnly) {
  EXPECT_TRUE(Found("He left; then he returned.", "He left, then he returned.").empty());
  EXPECT_TRUE(Found("A pause - then talks.", "A pause — then talks.").empty());
  EXPECT_TRUE(Found("It rose (slightly).", "It rose slightly.").empty());
}

TEST(AlignPair, DoesNotCrossALineBreak) {
  // One change hunk "handed \n simply" -> "passed easily": not a phrase.
  EXPECT_TRUE(Found("The vote passed easily.", "The vote handed\nsimply.").empty());
  EXPECT_EQ(Found("The vote passed.\nIt was easy.", "The vote handed.\nIt was simple."),
            (Expected{"handed -> passed", "simple -> easy"}));
}

TEST(AlignPair, SkipsHunksLongerThanMaxWords) {
  const std::string original = "They were playing without starting center Oleg.";
  const std::string spun = "They have been taking part in with out beginning heart Oleg.";
  EXPECT_TRUE(Found(original, spun).empty());
  ExtractOptions wide;
  wide.max_words = 10;
  EXPECT_EQ(Found(original, spun, wide).size(), 1u);
}

TEST(AlignPair, NoSubstitutionWhereTheSpunTextUsesAMarkedAlternative) {
  const std::string original = "The firm issued a {statement|press release} on Friday.";
  EXPECT_TRUE(Found(original, "The firm issued a press release on Friday.").empty());
  EXPECT_TRUE(Found(original, "The firm issued a statement on Friday.").empty());
  const AlignedPair pair = AlignPair("The firm issued a press release on Friday.", original);
  EXPECT_EQ(pair.original, "The firm issued a press release on Friday.");
}

TEST(AlignPair, TheFirstMarkedAlternativeIsTheOriginalOtherwise) {
  const std::string original = "The firm issued a {statement|press release} on Friday.";
  EXPECT_EQ(Found(original, "The agency issued a assertion on Friday."),
            (Expected{"agency -> firm", "assertion -> statement"}));
}

TEST(AlignPair, MarkedAlternativesInAnyOrderAndBesideOtherSwaps) {
  const std::string original =
      "It held for {men and women|women and men} alike, researchers {found|discovered}.";
  EXPECT_EQ(Found(original, "It held for women and men alike, researchers discovered."),
            Expected{});
  EXPECT_EQ(Found(original, "It held for women and men alike, scientists discovered."),
            (Expected{"scientists -> researchers"}));
  // Offsets after the groups point into the resolved text.
  const AlignedPair pair =
      AlignPair("It held for women and men alike, scientists discovered.", original);
  EXPECT_EQ(pair.original, "It held for women and men alike, researchers discovered.");
}

}  // namespace
}  // namespace unspin
