// Context deciding ambiguous restorations, with a tiny vocabulary built in
// the test.
#include "pipeline/context_decision.h"

#include <gtest/gtest.h>

#include "restorer_fixture.h"
#include "rules/rule_parser.h"
#include "vocab/vocabulary_builder.h"

namespace unspin {
namespace {

constexpr const char* kVocabularyText =
    "the ruling party's meeting was held .\n"
    "the ruling party said it would win .\n"
    "the opposition party's leader spoke .\n"
    "a birthday celebration for the child .\n"
    "the birthday celebration was fun .\n"
    "the spy agency said on monday .\n"
    "the spy agency said it had evidence .\n"
    "the software company said it would hire .\n"
    "the software company said its profits rose .\n"
    "the agency said the company said the party said .\n";

constexpr const char* kRules = R"(
rule party.celebration
  spun: celebration
  restore: party
  inflect: noun
  confidence: 0.5
rule agency.company
  spun: company
  restore: agency
  confidence: 0.5
)";

std::unique_ptr<Restorer> ScoringRestorer() {
  VocabularyBuilder builder;
  builder.AddText(kVocabularyText);
  StatusOr<std::shared_ptr<const Vocabulary>> vocabulary =
      Vocabulary::FromBytes(builder.Serialize(1), "tiny");
  EXPECT_TRUE(vocabulary.ok());
  ParsedRuleFile parsed = ParseRuleFile(kRules, "t.rules");
  StatusOr<RuleSet> rules = RuleSet::Compile(parsed.rules, testing::ShippedInflector());
  EXPECT_TRUE(rules.ok());
  DecisionParams params;
  params.min_score = 0.0;
  return std::make_unique<Restorer>(std::move(rules.value()), 0.0,
                                    std::make_shared<LanguageModel>(vocabulary.value()), params);
}

TEST(ContextDecision, RestoresWhereTheOriginalReadsNaturallyAndKeepsGenuineUses) {
  const auto restorer = ScoringRestorer();
  // A document with spinner artefacts elsewhere would lower the bar; these
  // sentences carry no artefacts, so the context alone must decide.
  EXPECT_EQ(restorer->Restore("the ruling celebration's meeting").text,
            "the ruling party's meeting");
  EXPECT_EQ(restorer->Restore("the birthday celebration").text, "the birthday celebration");
  EXPECT_EQ(restorer->Restore("the spy company said").text, "the spy agency said");
  EXPECT_EQ(restorer->Restore("the software company said").text, "the software company said");
}

TEST(ContextDecision, ExplainsEachCandidate) {
  const auto restorer = ScoringRestorer();
  const Restoration result = restorer->Restore("the spy company said and the software company said");
  ASSERT_EQ(result.decisions.size(), 2u);
  EXPECT_TRUE(result.decisions[0].applied);
  EXPECT_FALSE(result.decisions[1].applied);
  EXPECT_GT(result.decisions[0].score.gain(), 0);
  EXPECT_LT(result.decisions[1].score.gain(), 0);
}

TEST(DocumentShift, RisesWithTheSpinScoreUpToACap) {
  EXPECT_LT(DocumentShift(0), 0);
  EXPECT_LT(DocumentShift(0), DocumentShift(5));
  EXPECT_EQ(DocumentShift(100), DocumentShift(1000));
}

}  // namespace
}  // namespace unspin
