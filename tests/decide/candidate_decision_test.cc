// Context deciding ambiguous restorations, with a tiny vocabulary built in
// the test.
#include "decide/candidate_decision.h"

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
  confidence: 0.3
rule agency.company
  spun: company
  restore: agency
  confidence: 0.3
rule as-well.as-nicely
  spun: as nicely
  restore: as well
  certain: yes
)";

// Two unmistakable artefacts mark a document as spun, which is when
// ambiguous candidates are decided by their context at all.
std::string Spun(const std::string& text) { return "As nicely, " + text + ", as nicely."; }

std::unique_ptr<Restorer> ScoringRestorer() {
  VocabularyBuilder builder;
  builder.AddText(kVocabularyText);
  StatusOr<std::shared_ptr<const Vocabulary>> vocabulary =
      Vocabulary::FromBytes(builder.Serialize(1), "tiny");
  EXPECT_TRUE(vocabulary.ok());
  ParsedRuleFile parsed = ParseRuleFile(kRules, "t.rules");
  StatusOr<RuleSet> rules = RuleSet::Compile(parsed.rules, testing::ShippedInflector());
  EXPECT_TRUE(rules.ok());
  return std::make_unique<Restorer>(std::move(rules.value()), 0.0,
                                    std::make_shared<LanguageModel>(vocabulary.value()),
                                    /*min_score=*/0.0);
}

TEST(CandidateDecision, RestoresWhereTheOriginalReadsNaturallyAndKeepsGenuineUses) {
  const auto restorer = ScoringRestorer();
  EXPECT_EQ(restorer->Restore(Spun("the ruling celebration's meeting")).text,
            "As well, the ruling party's meeting, as well.");
  EXPECT_EQ(restorer->Restore(Spun("the birthday celebration")).text,
            "As well, the birthday celebration, as well.");
  EXPECT_EQ(restorer->Restore(Spun("the spy company said")).text,
            "As well, the spy agency said, as well.");
  EXPECT_EQ(restorer->Restore(Spun("the software company said")).text,
            "As well, the software company said, as well.");
}

TEST(CandidateDecision, MakesNoAmbiguousEditsInADocumentWithoutArtefacts) {
  const auto restorer = ScoringRestorer();
  EXPECT_EQ(restorer->Restore("the ruling celebration's meeting").text,
            "the ruling celebration's meeting");
}

// A WordAI-style article may hold no artefact at all: three candidates the
// context clearly supports, densely, mark it as spun (the built-in
// detector), and they are restored; two are not enough.
TEST(CandidateDecision, RestoresADocumentWithoutArtefactsWhenThreeCandidatesAreClearlySupported) {
  const auto restorer = ScoringRestorer();
  const std::string three =
      "the ruling celebration's meeting was held. the ruling celebration said it would win. "
      "the spy company said on monday.";
  const Restoration restored = restorer->Restore(three);
  EXPECT_GE(restored.spin_probability, 0.5);
  EXPECT_EQ(restored.text,
            "the ruling party's meeting was held. the ruling party said it would win. "
            "the spy agency said on monday.");
  const std::string two =
      "the ruling celebration's meeting was held. the spy company said on monday.";
  EXPECT_LT(restorer->Restore(two).spin_probability, 0.5);
  EXPECT_EQ(restorer->Restore(two).text, two);
}

TEST(CandidateDecision, ExplainsEachCandidate) {
  const auto restorer = ScoringRestorer();
  const Restoration spy = restorer->Restore(Spun("the spy company said"));
  ASSERT_EQ(spy.decisions.size(), 3u);
  EXPECT_TRUE(spy.decisions[0].certain);
  EXPECT_TRUE(spy.decisions[1].applied);
  EXPECT_GT(spy.decisions[1].score.gain(), 0);
  EXPECT_GT(spy.spin_score, 100);
  const Restoration software = restorer->Restore(Spun("the software company said"));
  ASSERT_EQ(software.decisions.size(), 3u);
  EXPECT_FALSE(software.decisions[1].applied);
  EXPECT_LT(software.decisions[1].score.gain(), 0);
}

// The scorer remembers each variant's context-free scores within a
// document: a candidate decided in a document with others must score
// exactly as it does alone.
TEST(CandidateDecision, ScoresEachCandidateAsInADocumentOfItsOwn) {
  const auto restorer = ScoringRestorer();
  const std::vector<std::string> parts = {"the spy company said", "the software company said",
                                          "the ruling celebration's meeting",
                                          "the birthday celebration"};
  std::string together;
  for (const std::string& part : parts) together += (together.empty() ? "" : "; ") + part;
  const Restoration all = restorer->Restore(Spun(together));
  std::vector<const Decision*> scored;
  for (const Decision& decision : all.decisions) {
    if (!decision.certain) scored.push_back(&decision);
  }
  ASSERT_EQ(scored.size(), parts.size());
  for (size_t p = 0; p < parts.size(); ++p) {
    const Restoration alone = restorer->Restore(Spun(parts[p]));
    ASSERT_EQ(alone.decisions.size(), 3u);
    const CandidateScore& expected = alone.decisions[1].score;
    const CandidateScore& got = scored[p]->score;
    EXPECT_DOUBLE_EQ(got.spun_alone, expected.spun_alone) << parts[p];
    EXPECT_EQ(got.restorations_alone, expected.restorations_alone) << parts[p];
    EXPECT_DOUBLE_EQ(got.spun, expected.spun) << parts[p];
    EXPECT_EQ(got.restorations, expected.restorations) << parts[p];
  }
}

// --pool: a farm's earlier pages were spun with the same rules, which the
// decision applied there. A later page with two supported candidates of
// those rules, kept when decided alone (above), is restored with the pool;
// a page with one is not (pooling alone never overrules a document).
TEST(CandidateDecision, AppliesRulesSupportedInEarlierDocumentsOfAPool) {
  const auto restorer = ScoringRestorer();
  const std::string spun_page =
      "the ruling celebration's meeting was held. the ruling celebration said it would win. "
      "the spy company said on monday.";
  CollectionEvidence pool;
  for (int page = 0; page < 3; ++page) {
    const Restoration restored = restorer->Restore(spun_page, &pool);
    ASSERT_EQ(restored.pool_contribution.documents(), 1u);
    pool.Merge(restored.pool_contribution);
  }
  EXPECT_EQ(pool.spun_documents(), 3u);
  const std::string two =
      "the ruling celebration's meeting was held. the spy company said on monday.";
  EXPECT_EQ(restorer->Restore(two).text, two);
  const Restoration pooled = restorer->Restore(two, &pool);
  EXPECT_EQ(pooled.text, "the ruling party's meeting was held. the spy agency said on monday.");
  // Its own verdict, not the pool's, is what it adds to the pool.
  EXPECT_EQ(pooled.pool_contribution.spun_documents(), 0u);
  const std::string one = "the ruling celebration's meeting was held.";
  EXPECT_EQ(restorer->Restore(one, &pool).text, one);
  // Genuine uses stay, whatever the pool.
  const std::string genuine =
      "the birthday celebration was fun. the software company said its profits rose.";
  EXPECT_EQ(restorer->Restore(genuine, &pool).text, genuine);
}

TEST(CandidateDecision, GathersNoPoolContributionWithoutAPool) {
  const auto restorer = ScoringRestorer();
  EXPECT_TRUE(restorer->Restore(Spun("the spy company said")).pool_contribution.empty());
}

}  // namespace
}  // namespace unspin
