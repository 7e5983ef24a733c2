#include "vocab/backoff_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

#include "vocab/arpa_reader.h"
#include "vocab/backoff_model_writer.h"
#include "vocab/sphinx_trie_reader.h"
#include "vocab/vocabulary.h"
#include "test_paths.h"

namespace unspin {
namespace {

// A small trigram model, its values chosen by hand so each backoff path
// gives a different score.
constexpr const char* kArpa = R"(some preamble the reader skips
\data\
ngram 1=9
ngram 2=9
ngram 3=3

\1-grams:
-1.0	</s>
-99	<s>	-0.5
-1.2	the	-0.3
-2.0	ruling	-0.2
-2.1	party	-0.4
-2.5	celebration	-0.1
-1.8	said	-0.6
-3.0	two	-0.25
-2.2	years	-0.15

\2-grams:
-0.7	<s> the	-0.2
-1.1	the ruling	-0.35
-0.9	ruling party	-0.1
-1.5	ruling celebration	-0.05
-0.4	party said	0
-0.8	said the	-0.45
-1.0	two years	0
-1.3	years </s>
-0.6	party </s>

\3-grams:
-0.3	the ruling party
-0.2	ruling party said
-0.5	<s> the ruling
\end\
)";

std::shared_ptr<const BackoffModel> Model(const char* arpa = kArpa) {
  StatusOr<BackoffModelSource> source = ParseArpa(arpa, "test.arpa");
  EXPECT_TRUE(source.ok()) << source.status().message();
  StatusOr<std::shared_ptr<const BackoffModel>> model =
      BackoffModel::FromBytes(SerializeBackoffModel(source.value()), "test.lm");
  EXPECT_TRUE(model.ok()) << model.status().message();
  return model.value();
}

// log10 values pass through thousandths.
constexpr double kTolerance = 0.0015;

TEST(BackoffModel, ScoresASeenTrigramByItsOwnProbability) {
  EXPECT_NEAR(Model()->LogScore("the", "ruling", "party"), -0.3, kTolerance);
}

TEST(BackoffModel, BacksOffFromAnUnseenTrigramToTheBigramWithTheHistorysWeight) {
  // "said the ruling" is not a trigram: bo(said the) + P(ruling | the).
  EXPECT_NEAR(Model()->LogScore("said", "the", "ruling"), -0.45 + -1.1, kTolerance);
  // A history that is not a bigram has weight 1 (log 0).
  EXPECT_NEAR(Model()->LogScore("years", "the", "ruling"), -1.1, kTolerance);
}

TEST(BackoffModel, BacksOffToTheUnigramWithEachHistorysWeight) {
  // bo(ruling celebration) is -0.05; "celebration said" is not a bigram:
  // bo(celebration) + P(said).
  EXPECT_NEAR(Model()->LogScore("ruling", "celebration", "said"), -0.05 + -0.1 + -1.8,
              kTolerance);
  EXPECT_NEAR(Model()->LogScore("", "", "party"), -2.1, kTolerance);
}

TEST(BackoffModel, ScoresUnknownWordsAsItsRarestWordWithoutHistory) {
  const auto model = Model();
  EXPECT_FALSE(model->Contains("zebra"));
  EXPECT_NEAR(model->LogScore("the", "ruling", "zebra"), -0.35 + -0.2 + -3.0, kTolerance);
  // As history an unknown word has no weight and ends the trigram.
  EXPECT_NEAR(model->LogScore("zebra", "ruling", "party"), -0.9, kTolerance);
}

TEST(BackoffModel, ScoresNumbersAsTheNumberWordAndSkipsPunctuation) {
  const auto model = Model();
  EXPECT_NEAR(model->LogScore("", kNumberKey, "years"), -1.0, kTolerance);
  // Commas and dashes are left out: "party , said" reads as "party said".
  const std::string_view comma[] = {"ruling", "party", ",", "said"};
  EXPECT_NEAR(model->WindowLogScore(comma, 3), -0.2, kTolerance);
  const std::string_view dash[] = {"ruling", "party", "\u2014", "said"};
  EXPECT_NEAR(model->WindowLogScore(dash, 3), -0.2, kTolerance);
}

TEST(BackoffModel, AFullStopEndsTheSentenceAndStartsANewHistory) {
  const auto model = Model();
  const std::string_view ends[] = {"ruling", "party", ".", "the"};
  // P(</s> | ruling party) backs off to P(</s> | party); "the" after it is
  // not scored (it scores alike whatever came before).
  EXPECT_NEAR(model->WindowLogScore(ends, 2), -0.1 + -0.6, kTolerance);
  const std::string_view starts[] = {"years", ".", "the", "ruling"};
  EXPECT_NEAR(model->WindowLogScore(starts, 2), -0.7 + -0.5, kTolerance);
}

TEST(BackoffModel, WindowScoreIsTheSumOfEachWordsScore) {
  const auto model = Model();
  const std::string_view window[] = {"<s>", "the", "ruling", "party", "said", "the", "</s>"};
  for (size_t first = 0; first < std::size(window); ++first) {
    double sum = 0;
    for (size_t i = first; i < std::size(window); ++i) {
      sum += model->LogScore(i >= 2 ? window[i - 2] : "", i >= 1 ? window[i - 1] : "", window[i]);
    }
    EXPECT_NEAR(model->WindowLogScore(window, first), sum, 1e-9) << "first scored " << first;
  }
}

// The brute-force answer: every word of the model in the slot.
std::vector<std::pair<double, std::string>> EveryWordInSlot(const BackoffModel& model,
                                                            std::string_view b2,
                                                            std::string_view b1,
                                                            std::string_view a1,
                                                            std::string_view a2) {
  std::vector<std::pair<double, std::string>> all;
  for (std::string_view w : {"the", "ruling", "party", "celebration", "said", "two", "years"}) {
    all.emplace_back(model.LogScore(b2, b1, w) + model.LogScore(b1, w, a1) +
                         model.LogScore(w, a1, a2),
                     std::string(w));
  }
  std::sort(all.rbegin(), all.rend());
  return all;
}

TEST(BackoffModel, ProposesTheWordsThatFitASlotBestFirst) {
  const auto model = Model();
  // "the ruling ___ said the": "party" fits.
  const auto proposed = model->ProposeWords("the", "ruling", "said", "the", 2);
  ASSERT_EQ(proposed.size(), 2u);
  EXPECT_EQ(proposed[0].word, "party");
  EXPECT_EQ(proposed[1].word, "celebration");
  const auto expected = EveryWordInSlot(*model, "the", "ruling", "said", "the");
  EXPECT_EQ(expected[0].second, "party");
  EXPECT_NEAR(proposed[0].log_score, expected[0].first, 1e-9);
  EXPECT_GE(proposed[0].log_score, proposed[1].log_score);
}

TEST(BackoffModel, ProposesOnlySuccessorsOfTheLeftContext) {
  const auto model = Model();
  // After "party" the model has "said" and </s>; boundaries are not words.
  const auto proposed = model->ProposeWords("ruling", "party", "", "", 5);
  ASSERT_EQ(proposed.size(), 1u);
  EXPECT_EQ(proposed[0].word, "said");
  EXPECT_NEAR(proposed[0].log_score, -0.2, kTolerance);
  EXPECT_TRUE(model->ProposeWords("", "", "said", "", 5).empty());
}

TEST(BackoffModel, ProposesTwoWordPhrasesForASlot) {
  const auto model = Model();
  // "<s> the ___ ___ said the": "ruling party".
  const auto proposed = model->ProposePhrases("<s>", "the", "said", "the", 3);
  ASSERT_FALSE(proposed.empty());
  EXPECT_EQ(proposed[0].words[0], "ruling");
  EXPECT_EQ(proposed[0].words[1], "party");
  const double expected = model->LogScore("<s>", "the", "ruling") +
                          model->LogScore("the", "ruling", "party") +
                          model->LogScore("ruling", "party", "said") +
                          model->LogScore("party", "said", "the");
  EXPECT_NEAR(proposed[0].log_score, expected, 1e-9);
  for (size_t i = 1; i < proposed.size(); ++i) {
    EXPECT_GE(proposed[i - 1].log_score, proposed[i].log_score);
  }
}

TEST(BackoffModel, ReportsItsSize) {
  const auto model = Model();
  EXPECT_EQ(model->word_count(), 9u);
  EXPECT_EQ(model->entries(1), 9u);
  EXPECT_EQ(model->entries(2), 9u);
  EXPECT_EQ(model->entries(3), 3u);
}

TEST(BackoffModel, RejectsFilesThatAreNotModelsOrAreTruncated) {
  StatusOr<BackoffModelSource> source = ParseArpa(kArpa, "test.arpa");
  ASSERT_TRUE(source.ok());
  const std::string bytes = SerializeBackoffModel(source.value());
  const auto truncated = BackoffModel::FromBytes(bytes.substr(0, bytes.size() - 64), "cut.lm");
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find("language model 'cut.lm': truncated"),
            std::string::npos)
      << truncated.status().message();
  const auto vocabulary = BackoffModel::FromBytes("UNSPINV1 and more bytes", "v.vocab");
  ASSERT_FALSE(vocabulary.ok());
  EXPECT_NE(vocabulary.status().message().find("not an unspin language model"), std::string::npos);
  const auto missing = BackoffModel::Open("/nonexistent/en-us.lm");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/en-us.lm"), std::string::npos);
}

TEST(BackoffModel, ManyNgramsAllFoundAfterTheirBucketsOverflow) {
  // Enough bigrams that many home buckets fill and spill into the next.
  std::map<std::pair<int, int>, double> bigrams;
  for (int i = 0; i < 2990; ++i) {
    bigrams.emplace(std::pair(i % 300, (i * 7 + i / 300) % 300), -(i % 1000) / 1000.0);
  }
  std::string arpa = "\\data\\\nngram 1=300\nngram 2=" + std::to_string(bigrams.size()) +
                     "\n\n\\1-grams:\n";
  for (int w = 0; w < 300; ++w) arpa += "-2.5\tw" + std::to_string(w) + "\t-0.1\n";
  arpa += "\n\\2-grams:\n";
  for (const auto& [words, prob] : bigrams) {
    arpa += std::to_string(prob) + "\tw" + std::to_string(words.first) + " w" +
            std::to_string(words.second) + "\n";
  }
  arpa += "\\end\\\n";
  const auto model = Model(arpa.c_str());
  for (const auto& [words, prob] : bigrams) {
    const std::string a = "w" + std::to_string(words.first), b = "w" + std::to_string(words.second);
    ASSERT_NEAR(model->LogScore("", a, b), prob, kTolerance) << a << " " << b;
  }
}

TEST(ArpaReader, ReportsTheLineOfAMalformedEntry) {
  std::string arpa = kArpa;
  arpa.replace(arpa.find("-0.9\truling party"), 4, "x0.9");
  const auto source = ParseArpa(arpa, "m.arpa");
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().message(), "m.arpa:21: 'x0.9' is not a log10 probability");
}

TEST(ArpaReader, RejectsNgramsOfUnknownWordsAndCountsThatDoNotMatch) {
  std::string unknown = kArpa;
  unknown.replace(unknown.find("two years"), 9, "two month");
  const auto a = ParseArpa(unknown, "u.arpa");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message(), "u.arpa:25: 'month' is not among the 1-grams");
  std::string counts = kArpa;
  counts.replace(counts.find("ngram 3=3"), 9, "ngram 3=4");
  const auto b = ParseArpa(counts, "c.arpa");
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message().find("declares 4 3-grams, the section has 3"), std::string::npos)
      << b.status().message();
  const auto c = ParseArpa("\\data\\\nngram 1=1\nngram 2=0\nngram 3=0\nngram 4=0\n", "4.arpa");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("4.arpa:5: this model has 4-grams"), std::string::npos);
  const auto d = ParseArpa("\\data\\\nngram 1=1\n\n\\1-grams:\n-1\ta\n", "t.arpa");
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("no \\end\\ line"), std::string::npos);
}

TEST(SphinxTrieReader, RejectsOtherFilesNamingThem) {
  const auto other = ParseSphinxTrie("Darpa Trigram LM and more", "x.lm.bin");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().message(),
            "x.lm.bin: not a CMU Sphinx trie language model (no 'Trie Language Model' header)");
  std::string header("Trie Language Model\x03", 20);
  header.append(12, '\x01');
  const auto truncated = ParseSphinxTrie(header, "t.lm.bin");
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().message(), "t.lm.bin: truncated in its header");
}

// Debian's pocketsphinx-en-us, when installed (scripts/setup-debian.sh
// installs it): the values below are those libsphinxbase gives.
constexpr const char* kSphinxModel = "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin";

TEST(SphinxTrieReader, ReadsDebiansUsEnglishModel) {
  if (!std::filesystem::exists(kSphinxModel)) GTEST_SKIP() << kSphinxModel << " not installed";
  const auto source = ReadSphinxTrieFile(kSphinxModel);
  ASSERT_TRUE(source.ok()) << source.status().message();
  EXPECT_EQ(source->words.size(), 72547u);
  // The trie's own end, six bigrams short of its header's count.
  EXPECT_EQ(source->ngrams[1].size(), 2051541u);
  EXPECT_EQ(source->ngrams[2].size(), 1669625u);
  EXPECT_EQ(source->words[0], "'bout");
  EXPECT_NEAR(source->ngrams[0][0].log_prob, -6.2831, 1e-4);
  EXPECT_NEAR(source->ngrams[0][0].log_backoff, -0.0754, 1e-4);
}

// The model the build converts from it (cmake/language_model.cmake).
TEST(BackoffModel, TheGeneratedUsEnglishModelRanksOriginalsAndFillsSlots) {
  const std::string path = testing::GeneratedModelPath();
  if (path.empty()) GTEST_SKIP() << "en-us.lm was not built (no pocketsphinx-en-us)";
  const auto model = BackoffModel::Open(path);
  ASSERT_TRUE(model.ok()) << model.status().message();
  const BackoffModel& lm = *model.value();
  EXPECT_EQ(lm.word_count(), 72547u);
  EXPECT_GT(lm.LogScore("the", "ruling", "party"), lm.LogScore("the", "ruling", "celebration"));
  const auto proposed = lm.ProposeWords("the", "white", "press", "secretary", 3);
  ASSERT_FALSE(proposed.empty());
  EXPECT_EQ(proposed[0].word, "house");
}

}  // namespace
}  // namespace unspin
