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
