// Mining a spinner's dictionary from spun text alone, on hand-made
// documents with a tiny reference vocabulary and a one-entry thesaurus.
#include "mine/miner.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "lexicon/lexicon_builder.h"
#include "lexicon/mythes_reader.h"
#include "lexicon/word_forms.h"
#include "mine/mined_rule_writer.h"
#include "mine/phrase_census.h"
#include "pipeline/rule_examples.h"
#include "rules/rule_parser.h"
#include "vocab/vocabulary_builder.h"

namespace unspin {
namespace {

// General English as the reference knows it: "said" is what officials do
// before "that"; "mentioned", "stated" and "noted" have contexts of their
// own.
constexpr const char* kReference =
    "The mayor said that the council would meet. Officials said that the plan was late. "
    "The minister said that the vote passed. Police said that the road was closed. "
    "It was mentioned in the report. The book was noted for its style. "
    "The rule stated the limit. She said it again. He said no. ";

// The spinner's collection: it writes "mentioned" for "said" everywhere.
const std::vector<std::string>& SpunDocuments() {
  static const std::vector<std::string> documents = {
      "The mayor mentioned that the council would meet on Monday.\n",
      "Officials mentioned that the plan was late. The mayor mentioned that the vote passed.\n",
      "The minister mentioned that the road was closed.\n",
      "Police mentioned that the council would meet.\n",
      // A word seen often, but in one document only: not mined.
      "The zebra ran. The zebra ran. The zebra ran. The zebra ran.\n",
  };
  return documents;
}

std::shared_ptr<const Vocabulary> ReferenceVocabulary() {
  VocabularyBuilder builder;
  for (int i = 0; i < 20; ++i) builder.AddText(kReference);
  StatusOr<std::shared_ptr<const Vocabulary>> vocabulary =
      Vocabulary::FromBytes(builder.Serialize(1), "reference");
  EXPECT_TRUE(vocabulary.ok()) << vocabulary.status().message();
  return vocabulary.value();
}

std::shared_ptr<const Lexicon> TinyLexicon() {
  const std::vector<MythesEntry> mythes =
      ParseMythes("UTF-8\nmention|1\n(verb)|say|state|note\n", "th.dat").value();
  const WordForms forms(Inflector::FromTable("verb say says said said saying\n", "t").value(), {});
  LexiconBuildInputs inputs;
  inputs.mythes = &mythes;
  StatusOr<std::shared_ptr<const Lexicon>> lexicon =
      Lexicon::FromBytes(BuildLexicon(inputs, forms), "tiny");
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().message();
  return lexicon.value();
}

// Confident when a candidate ranks first at most of a type's places and has
// the highest mean gain of its candidates.
LinearModel RankingModel() {
  StatusOr<LinearModel> model = LinearModel::Parse(
      "model mine\nbias -3\nweight best_share 4\nweight top_gain 1.5\n", "test.model", "mine",
      kMineFeatureNames);
  EXPECT_TRUE(model.ok()) << model.status().message();
  return model.value();
}

class MinerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (size_t i = 0; i < SpunDocuments().size(); ++i) {
      census_.Add("doc" + std::to_string(i), SpunDocuments()[i]);
    }
    options_.lexicon = lexicon_.get();
    options_.model = &model_;
    options_.confidence = &confidence_;
  }

  const MinedPair* PairOf(const MineReport& report, const std::string& spun,
                          const std::string& restore) {
    for (const MinedPair& pair : report.pairs) {
      if (pair.spun == spun && pair.restore == restore) return &pair;
    }
    return nullptr;
  }

  std::shared_ptr<const Lexicon> lexicon_ = TinyLexicon();
  LanguageModel model_{ReferenceVocabulary()};
  LinearModel confidence_ = RankingModel();
  PhraseCensus census_;
  MinerOptions options_;
};

TEST(PhraseCensus, CountsTypesWithTheirDocumentsOutsideQuotesAndNames) {
  PhraseCensus census;
  census.Add("a", "The council met. \"The council\" said Smith, and Council voted.\n");
  census.Add("b", "A well-known council met.\n");
  const PhraseCount* council = census.Find("council");
  ASSERT_NE(council, nullptr);
  // "the council met" twice: the quoted one and the capitalised "Council"
  // inside a sentence do not count, nor a word of a hyphenated compound.
  EXPECT_EQ(council->occurrences, 2u);
  EXPECT_EQ(council->documents, (std::vector<uint32_t>{0, 1}));
  EXPECT_NE(census.Find("the council met"), nullptr);
  EXPECT_EQ(census.Find("well"), nullptr);
  EXPECT_EQ(census.Find("smith"), nullptr);
  EXPECT_EQ(census.Types(2, 2), (std::vector<std::string>{"council", "council met", "met"}));
  EXPECT_EQ(census.Occurrences("council", 10).size(), 2u);
}

TEST(PhraseCensus, SpreadsTheOccurrencesItReturnsOverAllOfThem) {
  PhraseCensus census;
  census.Add("a", "one fish. one fish. one fish. one fish.\n");
  census.Add("b", "one fish. one fish. one fish. one fish.\n");
  const std::vector<PhraseOccurrence> two = census.Occurrences("fish", 2);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].document, 0u);
  EXPECT_EQ(two[1].document, 1u);
}

TEST_F(MinerTest, RanksTheOriginalTheReferencePrefersFirstAtEveryPlace) {
  const MineReport report = Mine(census_, options_);
  EXPECT_EQ(report.documents, 5u);
  const MinedPair* said = PairOf(report, "mentioned", "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->occurrences, 5u);
  EXPECT_EQ(said->documents, 4u);
  EXPECT_EQ(said->scored, 5u);
  EXPECT_EQ(said->ranked_first, 5u);
  EXPECT_GT(said->mean_gain, 0);
  EXPECT_NE(said->sources, 0);
  const MinedPair* stated = PairOf(report, "mentioned", "stated");
  ASSERT_NE(stated, nullptr);
  EXPECT_EQ(stated->ranked_first, 0u);
  EXPECT_LT(stated->confidence, said->confidence);
  // Pairs of one type are listed best first.
  const auto first = std::find_if(report.pairs.begin(), report.pairs.end(),
                                  [](const MinedPair& p) { return p.spun == "mentioned"; });
  EXPECT_EQ(first->restore, "said");
}

TEST_F(MinerTest, WritesTheConfidentPairsWithExamplesFromTheInput) {
  const MineReport report = Mine(census_, options_);
  const auto rule = std::find_if(report.rules.begin(), report.rules.end(),
                                 [](const MinedPair& p) { return p.spun == "mentioned"; });
  ASSERT_NE(rule, report.rules.end());
  EXPECT_EQ(rule->restore, "said");
  EXPECT_EQ(rule->id, "mined.said.mentioned");
  EXPECT_GE(rule->confidence, 0.5);
  ASSERT_FALSE(rule->examples.empty());
  EXPECT_LE(rule->examples.size(), options_.max_examples);
  EXPECT_EQ(rule->examples.front().spun,
            "The mayor mentioned that the council would meet on Monday.");
  EXPECT_EQ(rule->examples.front().restored,
            "The mayor said that the council would meet on Monday.");
  // Seen four times in one document only: below --min-documents.
  for (const MinedPair& pair : report.pairs) EXPECT_NE(pair.spun, "zebra");
}

TEST_F(MinerTest, LeavesOutPairsBelowTheMinimumConfidence) {
  options_.min_confidence = 0.999;
  const MineReport report = Mine(census_, options_);
  EXPECT_TRUE(report.rules.empty());
  EXPECT_GT(report.below_confidence, 0u);
  EXPECT_NE(PairOf(report, "mentioned", "said"), nullptr);
}

LinearModel TypeModel(const std::string& text) {
  StatusOr<LinearModel> model =
      LinearModel::Parse(text, "type.model", "mine-type", kMineTypeFeatureNames);
  EXPECT_TRUE(model.ok()) << model.status().message();
  return model.value();
}

TEST_F(MinerTest, TheTypeModelDecidesWhetherTheBestPairIsASwap) {
  const MineReport by_pairs = Mine(census_, options_);
  const double pair_confidence = PairOf(by_pairs, "mentioned", "said")->confidence;
  // A type model that only passes the pair model's log-odds on changes
  // nothing.
  const LinearModel passes = TypeModel("model mine-type\nbias 0\nweight pair_log_odds 1\n");
  options_.type_confidence = &passes;
  const MineReport passed = Mine(census_, options_);
  EXPECT_NEAR(PairOf(passed, "mentioned", "said")->confidence, pair_confidence, 1e-9);
  EXPECT_EQ(passed.rules.size(), by_pairs.rules.size());
  // One that believes no type is spun leaves every type out; the ranking
  // within a type is still the pair model's.
  const LinearModel doubts = TypeModel("model mine-type\nbias -5\n");
  options_.type_confidence = &doubts;
  const MineReport doubted = Mine(census_, options_);
  EXPECT_TRUE(doubted.rules.empty());
  EXPECT_EQ(doubted.below_confidence, doubted.types_scored);
  EXPECT_NEAR(PairOf(doubted, "mentioned", "said")->confidence, Logistic(-5), 1e-9);
  const auto first = std::find_if(doubted.pairs.begin(), doubted.pairs.end(),
                                  [](const MinedPair& p) { return p.spun == "mentioned"; });
  EXPECT_EQ(first->restore, "said");
}

TEST_F(MinerTest, ExcludedThesauriGiveNoCandidates) {
  options_.exclude = kSourceMythes;
  const MineReport report = Mine(census_, options_);
  const MinedPair* said = PairOf(report, "mentioned", "said");
  EXPECT_EQ(said, nullptr);
}

TEST_F(MinerTest, WrittenRulesLoadSayWhereTheyCameFromAndPassTheirExamples) {
  const MineReport report = Mine(census_, options_);
  const std::string text = WriteMinedRules(report, {"Mined in a test", ""});
  EXPECT_TRUE(text.starts_with("# Mined in a test\n#\n")) << text;
  const ParsedRuleFile parsed = ParseRuleFile(text, "mined.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  const auto rule = std::find_if(parsed.rules.begin(), parsed.rules.end(),
                                 [](const Rule& r) { return r.id == "mined.said.mentioned"; });
  ASSERT_NE(rule, parsed.rules.end()) << text;
  EXPECT_EQ(rule->origin, RuleOrigin::kMined);
  EXPECT_EQ(rule->category, "mined");
  EXPECT_TRUE(rule->note.starts_with(
      "Mined from 5 documents: 'mentioned' 5 times in 4 of them, 'said' 0 times; the language "
      "models prefer 'said' by "))
      << rule->note;
  EXPECT_NE(rule->note.find("rank it first in 5 of 5 places scored (thesauri: mythes)."),
            std::string::npos)
      << rule->note;
  const RuleExampleReport check = CheckRuleExamples(parsed.rules, Inflector());
  EXPECT_TRUE(check.failures.empty()) << check.failures.front();
  EXPECT_GT(check.examples_checked, 0u);
}

TEST_F(MinerTest, FeaturesListEveryScoredPairWithItsConfidence) {
  const MineReport report = Mine(census_, options_);
  const std::string features = WriteMineFeatures(report);
  const size_t lines = static_cast<size_t>(std::count(features.begin(), features.end(), '\n'));
  EXPECT_EQ(lines, report.pairs.size() + 1);
  EXPECT_TRUE(features.starts_with("spun\trestore\tgain_vocabulary\t")) << features;
  EXPECT_NE(features.find("\nmentioned\tsaid\t"), std::string::npos);
}

}  // namespace
}  // namespace unspin
