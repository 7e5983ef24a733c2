// The three thesaurus readers on small hand-written files in their formats.
#include <gtest/gtest.h>

#include "lexicon/lexicon_fixtures.h"
#include "lexicon/moby_reader.h"
#include "lexicon/mythes_reader.h"
#include "lexicon/wordnet_reader.h"

namespace unspin {
namespace {

using testing::kMythes;

TEST(WordNetReader, ReadsSynsetWordsWithSpacesAndWithoutAdjectiveMarkers) {
  WordNet wordnet;
  ASSERT_TRUE(
      AddWordNetData(testing::kWordNetDataVerb, PartOfSpeech::kVerb, "data.verb", wordnet).ok());
  ASSERT_TRUE(
      AddWordNetData(testing::kWordNetDataAdj, PartOfSpeech::kAdjective, "data.adj", wordnet).ok());
  ASSERT_EQ(wordnet.synsets.size(), 4u);  // the licence line is skipped
  EXPECT_EQ(wordnet.synsets[0].offset, 100u);
  EXPECT_EQ(wordnet.synsets[0].words, (std::vector<std::string>{"mention", "advert", "refer"}));
  EXPECT_EQ(wordnet.synsets[2].words, (std::vector<std::string>{"participate", "take part"}));
  EXPECT_EQ(wordnet.synsets[3].words, (std::vector<std::string>{"big", "large"}));
  EXPECT_EQ(wordnet.synsets[3].pos, PartOfSpeech::kAdjective);
}

TEST(WordNetReader, ReadsSensesMostFrequentFirst) {
  WordNet wordnet;
  ASSERT_TRUE(
      AddWordNetIndex(testing::kWordNetIndexNoun, PartOfSpeech::kNoun, "index.noun", wordnet).ok());
  EXPECT_EQ((wordnet.senses[{"party", PartOfSpeech::kNoun}]), (std::vector<uint32_t>{1000, 1100}));
  EXPECT_EQ((wordnet.senses[{"political party", PartOfSpeech::kNoun}]),
            (std::vector<uint32_t>{1000}));
}

TEST(WordNetReader, ReadsEveryBaseOfAnException) {
  WordNet wordnet;
  ASSERT_TRUE(
      AddWordNetExceptions("appalled appal appall\n", PartOfSpeech::kVerb, "verb.exc", wordnet)
          .ok());
  ASSERT_EQ(wordnet.exceptions.size(), 2u);
  EXPECT_EQ(wordnet.exceptions[1].inflected, "appalled");
  EXPECT_EQ(wordnet.exceptions[1].base, "appall");
}

TEST(WordNetReader, ReportsLineOfSynsetWithTooFewWords) {
  WordNet wordnet;
  const Status status =
      AddWordNetData("00000100 32 v 01 mention 0 000 | ok\n00000200 32 v 05 say\n",
                     PartOfSpeech::kVerb, "data.verb", wordnet);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(), "data.verb:2: synset 00000200 lists 5 words but has fewer fields");
}

TEST(WordNetReader, ReportsIndexLineWhoseOffsetsDoNotMatchItsCount) {
  WordNet wordnet;
  const Status status =
      AddWordNetIndex("say v 2 0 2 0 00000200\n", PartOfSpeech::kVerb, "index.verb", wordnet);
  ASSERT_FALSE(status.ok());
  EXPECT_TRUE(status.message().starts_with("index.verb:1: expected 'LEMMA POS"))
      << status.message();
}

TEST(WordNetReader, ReportsMissingDirectory) {
  const StatusOr<WordNet> wordnet = ReadWordNet("/nonexistent/wordnet");
  ASSERT_FALSE(wordnet.ok());
  EXPECT_EQ(wordnet.status().message(), "cannot read '/nonexistent/wordnet/data.noun'");
}

TEST(MythesReader, ReadsSensesAndTheRelationOfEachTerm) {
  const StatusOr<std::vector<MythesEntry>> entries = ParseMythes(kMythes, "th.dat");
  ASSERT_TRUE(entries.ok()) << entries.status().message();
  ASSERT_EQ(entries->size(), 2u);
  const MythesEntry& mention = (*entries)[0];
  EXPECT_EQ(mention.word, "mention");
  ASSERT_EQ(mention.senses.size(), 2u);
  EXPECT_EQ(mention.senses[0].pos, PartOfSpeech::kVerb);
  EXPECT_EQ(mention.senses[1].pos, PartOfSpeech::kNoun);
  ASSERT_EQ(mention.senses[0].terms.size(), 3u);
  EXPECT_EQ(mention.senses[0].terms[2].text, "cite");
  EXPECT_EQ(mention.senses[0].terms[2].relation, MythesRelation::kGeneric);
  const MythesSense& government = (*entries)[1].senses[0];
  EXPECT_EQ(government.terms[0].relation, MythesRelation::kSynonym);
  EXPECT_EQ(government.terms[2].text, "opposition");
  EXPECT_EQ(government.terms[2].relation, MythesRelation::kAntonym);
}

TEST(MythesReader, ReportsEntryWithFewerSenseLinesThanItPromises) {
  const StatusOr<std::vector<MythesEntry>> entries =
      ParseMythes("UTF-8\nmention|3\n(verb)|say\n", "th.dat");
  ASSERT_FALSE(entries.ok());
  EXPECT_EQ(entries.status().message(),
            "th.dat:2: entry 'mention' promises 3 sense lines but the file ends after 1");
}

TEST(MythesReader, ReportsALineThatIsNotTheSenseLineItsEntryPromised) {
  const StatusOr<std::vector<MythesEntry>> entries =
      ParseMythes("UTF-8\nmention|2\n(verb)|say\nsay|1\n(verb)|mention\n", "th.dat");
  ASSERT_FALSE(entries.ok());
  EXPECT_EQ(entries.status().message(),
            "th.dat:4: expected a sense line '(POS)|TERM|...' of 'mention' (line 2 promised 2)");
}

TEST(MythesReader, ReportsHeaderWithoutCount) {
  const StatusOr<std::vector<MythesEntry>> entries = ParseMythes("UTF-8\nmention\n", "th.dat");
  ASSERT_FALSE(entries.ok());
  EXPECT_EQ(entries.status().message(), "th.dat:2: expected an entry 'WORD|COUNT', got 'mention'");
}

TEST(MobyReader, ReadsWordsAndMeaningGroups) {
  const StatusOr<MobyThesaurus> moby =
      ParseMoby(testing::MobyWordsDat(), testing::MobyMeaningsDat(), "words.dat", "meanings.dat");
  ASSERT_TRUE(moby.ok()) << moby.status().message();
  EXPECT_EQ(moby->words,
            (std::vector<std::string>{"bash", "celebration", "do", "party", "take part"}));
  ASSERT_EQ(moby->meanings.size(), 2u);
  EXPECT_EQ(moby->meanings[0].titles[0], 3u);
  EXPECT_EQ(moby->meanings[0].titles[1], 1u);
  EXPECT_EQ(moby->meanings[0].members, (std::vector<uint32_t>{0, 1, 2, 3}));
  EXPECT_EQ(moby->meanings[1].members, (std::vector<uint32_t>{2, 4}));
}

TEST(MobyReader, AddsAWordThatOnlyWordsDatPutsInAMeaning) {
  const std::string words = testing::MobyWord("a", {0}) + testing::MobyWord("b", {0});
  const std::string meanings = testing::MobyMeaningRecord(0, 0, {0});
  const StatusOr<MobyThesaurus> moby = ParseMoby(words, meanings, "words.dat", "meanings.dat");
  ASSERT_TRUE(moby.ok()) << moby.status().message();
  EXPECT_EQ(moby->meanings[0].members, (std::vector<uint32_t>{0, 1}));
}

TEST(MobyReader, ReportsByteOffsetOfTruncatedRecord) {
  std::string meanings = testing::MobyMeaningsDat();
  meanings.resize(meanings.size() - 1);
  const StatusOr<MobyThesaurus> moby =
      ParseMoby(testing::MobyWordsDat(), meanings, "words.dat", "meanings.dat");
  ASSERT_FALSE(moby.ok());
  EXPECT_EQ(moby.status().message(), "meanings.dat: byte " + std::to_string(meanings.size() - 1) +
                                         ": record ends before its 0xFFFF terminator");
}

TEST(MobyReader, ReportsMeaningThatListsAWordOutOfRange) {
  const StatusOr<MobyThesaurus> moby = ParseMoby(
      testing::MobyWord("a", {}), testing::MobyMeaningRecord(0, 0, {0, 7}), "w.dat", "m.dat");
  ASSERT_FALSE(moby.ok());
  EXPECT_EQ(moby.status().message(), "m.dat: byte 0: meaning 0 lists word 7 but w.dat has 1 words");
}

}  // namespace
}  // namespace unspin
