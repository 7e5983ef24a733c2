// The compiled lexicon, built from the hand-written thesauri of
// lexicon_fixtures.h.
#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>

#include "lexicon/lexicon_builder.h"
#include "lexicon/lexicon_fixtures.h"

namespace unspin {
namespace {

struct Sources {
  WordNet wordnet;
  std::vector<MythesEntry> mythes;
  MobyThesaurus moby;
};

Sources ReadFixtures() {
  Sources sources;
  struct Part {
    PartOfSpeech pos;
    const char *data, *index, *exc;
  };
  const Part parts[] = {{PartOfSpeech::kVerb, testing::kWordNetDataVerb, testing::kWordNetIndexVerb,
                         testing::kWordNetExcVerb},
                        {PartOfSpeech::kNoun, testing::kWordNetDataNoun, testing::kWordNetIndexNoun,
                         testing::kWordNetExcNoun},
                        {PartOfSpeech::kAdjective, testing::kWordNetDataAdj,
                         testing::kWordNetIndexAdj, testing::kWordNetExcAdj}};
  for (const Part& part : parts) {
    EXPECT_TRUE(AddWordNetData(part.data, part.pos, "data", sources.wordnet).ok());
    EXPECT_TRUE(AddWordNetIndex(part.index, part.pos, "index", sources.wordnet).ok());
    EXPECT_TRUE(AddWordNetExceptions(part.exc, part.pos, "exc", sources.wordnet).ok());
  }
  sources.mythes = ParseMythes(testing::kMythes, "th.dat").value();
  sources.moby = ParseMoby(testing::MobyWordsDat(), testing::MobyMeaningsDat(), "w", "m").value();
  return sources;
}

std::string BuildBytes(uint32_t max_candidates = 100, bool with_moby = true) {
  const Sources sources = ReadFixtures();
  const WordForms forms(Inflector::FromTable("verb say says said said saying\n", "t").value(),
                        sources.wordnet.exceptions);
  LexiconBuildInputs inputs;
  inputs.wordnet = &sources.wordnet;
  inputs.mythes = &sources.mythes;
  inputs.moby = with_moby ? &sources.moby : nullptr;
  inputs.max_candidates = max_candidates;
  return BuildLexicon(inputs, forms);
}

std::shared_ptr<const Lexicon> Build(uint32_t max_candidates = 100, bool with_moby = true) {
  StatusOr<std::shared_ptr<const Lexicon>> lexicon =
      Lexicon::FromBytes(BuildBytes(max_candidates, with_moby), "test");
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().message();
  return lexicon.value();
}

// A copy: callers often look in a vector that is gone after the call.
std::optional<LexiconCandidate> Find(const std::vector<LexiconCandidate>& candidates,
                                     std::string_view text) {
  for (const LexiconCandidate& candidate : candidates) {
    if (candidate.text == text) return candidate;
  }
  return std::nullopt;
}

std::string Texts(const std::vector<LexiconCandidate>& candidates) {
  std::string out;
  for (const LexiconCandidate& candidate : candidates) {
    out += candidate.text;
    out += ',';
  }
  return out;
}

TEST(Lexicon, ReinflectsTheCandidatesOfAnInflectedWord) {
  const auto lexicon = Build();
  const std::vector<LexiconCandidate> candidates = lexicon->Lookup("mentioned");
  const std::optional<LexiconCandidate> said = Find(candidates, "said");
  ASSERT_TRUE(said.has_value()) << Texts(candidates);
  EXPECT_EQ(said->lemma, "say");
  EXPECT_EQ(said->via, "mention");
  EXPECT_EQ(said->pos, PartOfSpeech::kVerb);
  EXPECT_EQ(said->slot, static_cast<int>(InflectionSlot::kPast));
  // WordNet: same synset; mythes: "mention" lists "say", so only reverse.
  EXPECT_EQ(said->sources, kSourceWordNet | kSourceMythes);
  EXPECT_EQ(said->direct_sources, kSourceWordNet);
  EXPECT_EQ(said->wordnet_rank, 1);  // "say"'s first sense is the shared synset
  EXPECT_EQ(said->mythes_rank, 1);
  EXPECT_TRUE(Find(candidates, "adverted").has_value()) << Texts(candidates);
  EXPECT_TRUE(Find(candidates, "noted").has_value()) << Texts(candidates);
  EXPECT_FALSE(Find(candidates, "say").has_value()) << Texts(candidates);
  // Two sources before one.
  EXPECT_EQ(candidates.front().text, "said") << Texts(candidates);
}

TEST(Lexicon, GivesTheSenseRankOfTheOriginal) {
  const auto lexicon = Build();
  const std::optional<LexiconCandidate> mention = Find(lexicon->Lookup("say"), "mention");
  ASSERT_TRUE(mention.has_value());
  EXPECT_EQ(mention->wordnet_rank, 2);  // the shared synset is "mention"'s second sense
}

TEST(Lexicon, TellsADirectPairFromAReverseOne) {
  const auto lexicon = Build();
  // mythes lists "state" under "mention": a spinner may have written
  // "stated" for "mentioned".
  const std::optional<LexiconCandidate> mentioned = Find(lexicon->Lookup("stated"), "mentioned");
  ASSERT_TRUE(mentioned.has_value());
  EXPECT_EQ(mentioned->sources, kSourceMythes);
  EXPECT_TRUE(mentioned->direct());
  const std::optional<LexiconCandidate> stated = Find(lexicon->Lookup("mentioned"), "stated");
  ASSERT_TRUE(stated.has_value());
  EXPECT_FALSE(stated->direct());
}

TEST(Lexicon, LeavesOutAntonyms) {
  const auto lexicon = Build();
  EXPECT_FALSE(Find(lexicon->Lookup("opposition"), "ruling party").has_value());
  EXPECT_TRUE(Find(lexicon->Lookup("government"), "ruling party").has_value());
}

TEST(Lexicon, ExcludedSourcesAreIgnored) {
  const auto lexicon = Build();
  const std::vector<LexiconCandidate> all = lexicon->Lookup("party");
  std::optional<LexiconCandidate> celebration = Find(all, "celebration");
  ASSERT_TRUE(celebration.has_value()) << Texts(all);
  EXPECT_EQ(celebration->sources, kSourceWordNet | kSourceMoby);
  ASSERT_TRUE(Find(all, "bash").has_value()) << Texts(all);

  const std::vector<LexiconCandidate> no_moby = lexicon->Lookup("party", kSourceMoby);
  celebration = Find(no_moby, "celebration");
  ASSERT_TRUE(celebration.has_value());
  EXPECT_EQ(celebration->sources, kSourceWordNet);
  EXPECT_FALSE(Find(no_moby, "bash").has_value()) << Texts(no_moby);
  EXPECT_TRUE(lexicon->Lookup("stated", kSourceMythes).empty());
}

TEST(Lexicon, AMobyPairTakesThePartOfSpeechBothWordsShare) {
  const auto lexicon = Build();
  // "celebration" and "party" are nouns in WordNet: the plural finds the plural.
  const std::vector<LexiconCandidate> parties = lexicon->Lookup("parties");
  EXPECT_TRUE(Find(parties, "celebrations").has_value()) << Texts(parties);
  EXPECT_TRUE(Find(parties, "political parties").has_value()) << Texts(parties);
  EXPECT_TRUE(Find(parties, "ruling parties").has_value()) << Texts(parties);
  // "bash" has no part of speech: only its own form is looked up.
  EXPECT_FALSE(Find(parties, "bashes").has_value()) << Texts(parties);
  const std::optional<LexiconCandidate> party = Find(lexicon->Lookup("bash"), "party");
  ASSERT_TRUE(party.has_value());
  EXPECT_EQ(party->pos, PartOfSpeech::kUnknown);
  EXPECT_TRUE(party->direct());  // "party" titles the meaning group
  const std::optional<LexiconCandidate> bash = Find(lexicon->Lookup("party"), "bash");
  ASSERT_TRUE(bash.has_value());
  EXPECT_FALSE(bash->direct());
}

TEST(Lexicon, LooksUpPhrasesWithTheirVerbInflected) {
  const auto lexicon = Build();
  EXPECT_EQ(Texts(lexicon->Lookup("participated", kSourceMoby)), "taken part,took part,");
  EXPECT_EQ(Texts(lexicon->Lookup("took part", kSourceMoby)), "participated,");
  const std::vector<std::string_view> words = {"taking", "part"};
  EXPECT_EQ(Texts(lexicon->Lookup(words, kSourceMoby)), "participating,");
}

TEST(Lexicon, ComparesAdjectiveCandidates) {
  const auto lexicon = Build();
  EXPECT_EQ(Texts(lexicon->Lookup("bigger")), "larger,");
  EXPECT_EQ(Texts(lexicon->Lookup("largest")), "biggest,");
}

TEST(Lexicon, TellsWhetherALongerEntryBeginsWithSomeWords) {
  const auto lexicon = Build();
  using Words = std::vector<std::string_view>;
  EXPECT_TRUE(lexicon->HasLongerEntry(Words{"take"}));
  EXPECT_TRUE(lexicon->HasLongerEntry(Words{"took"}));
  EXPECT_TRUE(lexicon->HasLongerEntry(Words{"taking"}));
  EXPECT_TRUE(lexicon->HasLongerEntry(Words{"political"}));
  EXPECT_TRUE(lexicon->HasLongerEntry(Words{"ruling"}));
  EXPECT_FALSE(lexicon->HasLongerEntry(Words{"part"}));
  EXPECT_FALSE(lexicon->HasLongerEntry(Words{"take", "part"}));
  EXPECT_FALSE(lexicon->HasLongerEntry(Words{"party"}));
}

TEST(Lexicon, AnUnknownWordHasNoCandidates) {
  const auto lexicon = Build();
  EXPECT_TRUE(lexicon->Lookup("zebra").empty());
  EXPECT_TRUE(lexicon->Lookup("").empty());
  EXPECT_TRUE(lexicon->Lookup("a b c d e f g h i j k l m n o p q r").empty());
}

TEST(Lexicon, KeepsAtMostTheCapBestFirst) {
  const auto lexicon = Build(/*max_candidates=*/1);
  // "party" as a noun: celebration (WordNet and Moby) outranks the rest;
  // "party" of no part of speech (Moby): "bash" before "do" by text.
  const std::vector<LexiconCandidate> candidates = lexicon->Lookup("party");
  EXPECT_EQ(Texts(candidates), "celebration,bash,");
  EXPECT_EQ(lexicon->max_candidates(), 1u);
}

TEST(Lexicon, RecordsTheSourcesCompiledIn) {
  EXPECT_EQ(Build()->sources(), kAllSources);
  EXPECT_EQ(Build(100, /*with_moby=*/false)->sources(), kSourceWordNet | kSourceMythes);
}

TEST(Lexicon, RejectsAFileOfAnotherKind) {
  const StatusOr<std::shared_ptr<const Lexicon>> lexicon =
      Lexicon::FromBytes(std::string(200, 'x'), "words.txt");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.status().message(),
            "lexicon 'words.txt': not an unspin lexicon file (build one with 'unspin lexicon "
            "build')");
}

TEST(Lexicon, RejectsATruncatedFile) {
  std::string bytes = BuildBytes();
  bytes.resize(bytes.size() - 64);
  const StatusOr<std::shared_ptr<const Lexicon>> lexicon = Lexicon::FromBytes(bytes, "cut.bin");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.status().message(),
            "lexicon 'cut.bin': truncated or corrupt (prefixes section)");
}

TEST(Lexicon, RejectsAnotherVersion) {
  std::string bytes = BuildBytes();
  bytes[8] = 9;
  const StatusOr<std::shared_ptr<const Lexicon>> lexicon = Lexicon::FromBytes(bytes, "v9.bin");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.status().message(),
            "lexicon 'v9.bin': version 9 is not supported by this unspin (it reads version 1)");
}

// Indexes in a damaged file must not send a lookup outside the file (the
// sanitizer build checks the reads).
TEST(Lexicon, ADamagedFileIsNeverReadOutsideItself) {
  const std::string good = BuildBytes();
  std::mt19937 random(7);
  for (int round = 0; round < 300; ++round) {
    std::string bytes = good;
    for (int flips = 0; flips < 8; ++flips) {
      const size_t at = sizeof(LexiconHeader) + random() % (bytes.size() - sizeof(LexiconHeader));
      bytes[at] = static_cast<char>(random());
    }
    const StatusOr<std::shared_ptr<const Lexicon>> lexicon = Lexicon::FromBytes(bytes, "damaged");
    ASSERT_TRUE(lexicon.ok()) << "the header is intact: " << lexicon.status().message();
    for (std::string_view word : {"mentioned", "took part", "parties", "bigger", "bash", "said"}) {
      for (const LexiconCandidate& candidate : lexicon.value()->Lookup(word)) {
        EXPECT_LE(candidate.text.size(), 255u);
      }
    }
    const std::vector<std::string_view> words = {"took"};
    lexicon.value()->HasLongerEntry(words);
  }
}

TEST(Lexicon, ReportsAMissingFile) {
  const StatusOr<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Open("/nonexistent/lx.bin");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.status().message(),
            "cannot open lexicon '/nonexistent/lx.bin': No such file or directory");
}

}  // namespace
}  // namespace unspin
