#include "spell/spell_stage.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>

#include "restorer_fixture.h"
#include "rules/rule_parser.h"
#include "spell/spell_scope.h"
#include "tokenize/annotations.h"
#include "tokenize/tokenizer.h"

namespace unspin {
namespace {

std::unique_ptr<SpellStage> Stage(SpellMode mode) {
  StatusOr<DictionaryFiles> files = FindHunspellDictionary("en_US");
  EXPECT_TRUE(files.ok());
  StatusOr<std::unique_ptr<SpellStage>> stage = SpellStage::Create(files.value(), mode);
  EXPECT_TRUE(stage.ok()) << stage.status().message();
  return std::move(stage.value());
}

std::vector<std::string> Reported(const std::string& text, SpellMode mode = SpellMode::kReport) {
  Tokenizer tokenizer;
  const Tokens tokens = tokenizer.Tokenize(text);
  const std::vector<TokenAnnotation> annotations = Annotate(text, tokens);
  std::vector<Edit> fixes;
  std::vector<std::string> words;
  for (const SpellFinding& finding :
       Stage(mode)->Run({text, tokens, annotations}, {}, fixes)) {
    words.push_back(finding.word);
  }
  return words;
}

TEST(SpellStage, ReportsEachPlantedMisspelling) {
  const std::string paragraph =
      "The goverment said on Tuesday that the new budjet would recieve broad suport in the "
      "legislature, although several comittee members were skeptical about its acuracy.";
  EXPECT_EQ(Reported(paragraph),
            (std::vector<std::string>{"goverment", "budjet", "recieve", "suport", "comittee",
                                      "acuracy"}));
}

TEST(SpellStage, DoesNotReportNamesAcronymsNumbersOrQuotedWords) {
  EXPECT_TRUE(Reported("President Yoon Suk Yeol met KCNA officials and Kim Jong-un.").empty());
  EXPECT_TRUE(Reported("The solid-fueled Hwasong-18 flew on the 21st and 3rd days.").empty());
  EXPECT_TRUE(Reported("He said \u201Cwe will prevale\u201D and \"smashh\" them.").empty());
  EXPECT_TRUE(Reported("Lee Sang-sook, a professor, spoke.").empty());
}

TEST(SpellStage, DoesNotReportUrlsEmailsHandlesOrHashtags) {
  EXPECT_TRUE(Reported("See https://exmple.org/paeg?q=zzx or www.exmple.com now.").empty());
  EXPECT_TRUE(Reported("Write to newsdesk@exmple.com or @unspinbot with #spunnews today.").empty());
}

TEST(SpellStage, ChecksHyphenatedCompoundsPartByPart) {
  EXPECT_EQ(Reported("a well-knwon high-stakes deal"), std::vector<std::string>{"knwon"});
}

TEST(SpellStage, SkipsAbbreviationsCompoundPrefixesAndMultiWordNamesAtSentenceStart) {
  EXPECT_TRUE(Reported("They met at 9 a.m. and left at 5 p.m. on the pre-pandemic schedule.")
                  .empty());
  EXPECT_TRUE(Reported("Hennepin County agreed.").empty());
}

TEST(SpellStage, ChecksASentenceInitialWordUnlessItIsANameUsedElsewhere) {
  EXPECT_EQ(Reported("Teh vote was close."), std::vector<std::string>{"Teh"});
  EXPECT_TRUE(Reported("Zelenskyy spoke. Later, President Zelenskyy left.").empty());
}

TEST(SpellStage, FixModeCorrectsOnlyUnambiguousLowerCaseWords) {
  Tokenizer tokenizer;
  const std::string text = "the commitee met and Teh rest wrkd";
  const Tokens tokens = tokenizer.Tokenize(text);
  const std::vector<TokenAnnotation> annotations = Annotate(text, tokens);
  std::vector<Edit> fixes;
  const std::vector<SpellFinding> findings =
      Stage(SpellMode::kFix)->Run({text, tokens, annotations}, {}, fixes);
  for (const SpellFinding& finding : findings) {
    if (finding.fixed) {
      EXPECT_EQ(finding.suggestions.size(), 1u) << finding.word;
      EXPECT_EQ(CapitalizationOf(finding.word), Capitalization::kNone) << finding.word;
    }
  }
  for (const Edit& fix : fixes) EXPECT_EQ(fix.kind, EditKind::kSpelling);
  EXPECT_EQ(fixes.size(),
            static_cast<size_t>(std::count_if(findings.begin(), findings.end(),
                                              [](const SpellFinding& f) { return f.fixed; })));
}

TEST(SpellStage, OffModeReportsNothing) {
  EXPECT_TRUE(Reported("teh goverment", SpellMode::kOff).empty());
}

TEST(SpellScope, FindsUrlsEmailsHandlesAndHashtags) {
  const std::string text = "x https://a.b/c y me@site.org @bot #tag z";
  const std::vector<ByteSpan> spans = FindUnspellableSpans(text);
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].size()), "https://a.b/c");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "me@site.org");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].size()), "@bot");
  EXPECT_EQ(text.substr(spans[3].begin, spans[3].size()), "#tag");
}

// Searching only the runs without spaces that might hold a match finds
// what one search of the whole text finds, on random text built of the
// pieces such matches are made of.
TEST(SpellScope, SearchingRunsFindsWhatSearchingTheWholeTextFinds) {
  const RE2 whole(
      "((?:https?|ftp)://[^\\s<>\"]+|www\\.[^\\s<>\"]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
      "|[@#][\\w]+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|gov|edu|io|co|uk)\\b)");
  const std::vector<std::string> pieces = {"a", "bc", "www", ".", "com", "uk", "@", "#", "://",
                                           "http", "-", " ", "\t", "\n", "\v", "\"", "<",
                                           "x_y", "\u00e9", "io", "co", ":", "/", "+"};
  std::mt19937 random(5);
  size_t found = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 12);
    for (int p = 0; p < count; ++p) text += pieces[random() % pieces.size()];
    std::vector<ByteSpan> expected;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    while (RE2::FindAndConsume(&input, whole, &match)) {
      const size_t begin = static_cast<size_t>(match.data() - text.data());
      expected.push_back({begin, begin + match.size()});
      if (match.empty()) break;
    }
    ASSERT_EQ(FindUnspellableSpans(text), expected) << "text '" << text << "'";
    found += expected.size();
  }
  EXPECT_GT(found, 500u);
}

TEST(RestorationGuard, NeverAppliesARestorationTheDictionaryRejects) {
  ParsedRuleFile parsed = ParseRuleFile(
      "rule bad\n  spun: obtain\n  restore: recieve\nrule good\n  spun: acquire\n  restore: get\n",
      "guard.rules");
  StatusOr<RuleSet> rules = RuleSet::Compile(parsed.rules, testing::ShippedInflector());
  ASSERT_TRUE(rules.ok());
  const Restorer restorer(std::move(rules.value()), 0.5, nullptr, {}, Stage(SpellMode::kReport));
  EXPECT_EQ(restorer.Restore("they obtain and acquire it").text, "they obtain and get it");
  ASSERT_EQ(restorer.rule_problems().size(), 1u);
  EXPECT_EQ(restorer.rule_problems()[0],
            "guard.rules:1: rule 'bad': restoration 'recieve' is not in the spelling dictionary; "
            "it is never applied");
}

}  // namespace
}  // namespace unspin
