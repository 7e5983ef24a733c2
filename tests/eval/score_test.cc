#include "eval/score.h"

#include <gtest/gtest.h>

#include "eval/score_text.h"

namespace unspin {
namespace {

using Words = std::vector<std::string>;

TEST(ScoreTokens, SplitsWordsAsTheScriptsPatternDoes) {
  // \w+(?:['\-.]\w+)*|[^\w\s], lower-cased.
  EXPECT_EQ(
      ScoreTokens(std::string_view("The U.S.-led talks didn't stall, 3.5 p.c.")),
      (Words{"the", "u.s", ".", "-", "led", "talks", "didn't", "stall", ",", "3.5", "p.c", "."}));
  EXPECT_EQ(ScoreTokens(std::string_view("well-known U.S")), (Words{"well-known", "u.s"}));
  EXPECT_EQ(ScoreTokens(std::string_view("end- of -it ...")),
            (Words{"end", "-", "of", "-", "it", ".", ".", "."}));
  EXPECT_EQ(ScoreTokens(std::string_view("snake_case x2")), (Words{"snake_case", "x2"}));
}

TEST(ScoreTokens, FoldsCurlyQuotesAndDashesAndLowerCasesUnicode) {
  EXPECT_EQ(ScoreTokens(std::string_view("“Party’s” – ÉCOLE—Zürich")),
            (Words{"\"", "party's", "\"", "-", "école-zürich"}));
  // Python's \s includes the no-break space; its \w includes letters of
  // any script but not combining marks.
  EXPECT_EQ(ScoreTokens(std::string_view("a\u00a0b Ελλάδα")), (Words{"a", "b", "ελλάδα"}));
}

TEST(DecodeForScoring, TranslatesLineEndingsAsPythonReadsText) {
  EXPECT_EQ(DecodeForScoring("a\r\nb\rc\n"), U"a\nb\nc\n");
  EXPECT_EQ(DecodeForScoring("caf\xE9"), U"caf\uFFFD");
}

TEST(WordEditDistance, CountsSubstitutionsInsertionsAndDeletions) {
  EXPECT_EQ(WordEditDistance({"a", "b", "c"}, {"a", "x", "c"}), 1u);
  EXPECT_EQ(WordEditDistance({"a", "b", "c"}, {"a", "c"}), 1u);
  EXPECT_EQ(WordEditDistance({}, {"a", "b"}), 2u);
  EXPECT_EQ(WordEditDistance({"tv", "for", "pc"}, {}), 3u);
}

// The figures below are the ones score.py gives for the same texts.
TEST(ScoreRestoration, CountsFixedPartialWrongAndMissedRegions) {
  const std::string spun =
      "Officials mentioned the storm hit the metropolis on Monday and the faculty closed. NASA "
      "launched a satellite tv for pc.\n";
  const std::string expected =
      "Officials said the storm hit the city on Monday and the school closed. NASA launched a "
      "satellite.\n";
  const std::string output =
      "Officials said the storm hit the metropolis on Tuesday and the college closed. NASA "
      "launched a satellite tv.\n";
  const Score score = ScoreRestoration(spun, expected, output);
  EXPECT_EQ(score.words, 19u);
  EXPECT_EQ(score.needed, 4u);   // mentioned, metropolis, faculty, tv for pc
  EXPECT_EQ(score.fixed, 1u);    // mentioned -> said
  EXPECT_EQ(score.partial, 1u);  // tv for pc -> tv
  EXPECT_EQ(score.wrong, 2u);    // Monday -> Tuesday, faculty -> college
  EXPECT_EQ(score.missed, 3u);   // metropolis, faculty, tv for pc
  EXPECT_DOUBLE_EQ(score.precision, 0.5);
  EXPECT_DOUBLE_EQ(score.recall, 0.25);
  EXPECT_NEAR(score.wer_in, 6.0 / 19, 1e-12);
  EXPECT_NEAR(score.wer_out, 4.0 / 19, 1e-12);
  EXPECT_NEAR(score.error_reduction, 1.0 / 3, 1e-12);
  EXPECT_EQ(score.wrong_examples,
            (Words{"monday -> tuesday (want monday)", "faculty -> college (want school)"}));
  EXPECT_EQ(score.partial_examples, (Words{"tv for pc -> tv (want )"}));
  EXPECT_EQ(score.missed_examples, (Words{"metropolis (want city)"}));
}

TEST(ScoreRestoration, NothingToDoAndNothingDoneIsPerfect) {
  const Score score = ScoreRestoration("It rained.", "It rained.", "It rained.");
  EXPECT_EQ(score.needed, 0u);
  EXPECT_DOUBLE_EQ(score.precision, 1.0);
  EXPECT_DOUBLE_EQ(score.recall, 1.0);
  EXPECT_DOUBLE_EQ(score.error_reduction, 0.0);
}

TEST(ScoreRestoration, AcceptsAnyMarkedAlternative) {
  const std::string expected = "The firm issued a {statement|press release} on Friday.\n";
  const Score kept = ScoreRestoration("The agency issued a press release on Friday.\n", expected,
                                      "The firm issued a press release on Friday.\n");
  EXPECT_EQ(kept.needed, 1u);  // only agency -> firm
  EXPECT_EQ(kept.fixed, 1u);
  EXPECT_DOUBLE_EQ(kept.wer_out, 0.0);
  const Score other = ScoreRestoration("The agency issued a assertion on Friday.\n", expected,
                                       "The firm issued a assertion on Friday.\n");
  EXPECT_EQ(other.needed, 2u);
  EXPECT_EQ(other.missed_examples, (Words{"assertion (want statement)"}));
}

TEST(ResolveExpectedAlternatives, PicksTheOptionTheOutputUsesAfterTheSameTwoWords) {
  EXPECT_EQ(
      ResolveExpectedAlternatives("issued a {statement|press release}.", "issued a press release."),
      "issued a press release.");
  // The option must follow the same two words in the output.
  EXPECT_EQ(ResolveExpectedAlternatives("issued a {statement|press release}.",
                                        "issued the press release."),
            "issued a statement.");
  EXPECT_EQ(ResolveExpectedAlternatives("{A|B} went", "b went"), "B went");
}

}  // namespace
}  // namespace unspin
