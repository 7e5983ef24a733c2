#include "learn/rule_learner.h"
#include "learn/rule_writer.h"

#include <gtest/gtest.h>

#include "pipeline/rule_examples.h"
#include "restorer_fixture.h"
#include "rules/rule_parser.h"

namespace unspin {
namespace {

const LearnedRule* FindRule(const LearnReport& report, const std::string& spun,
                            const std::string& restore) {
  for (const LearnedRule& rule : report.rules) {
    if (rule.spun == spun && rule.restore == restore) return &rule;
  }
  return nullptr;
}

// The written rules parse, and every example and keep passes with each
// rule alone, as `unspin rules test` runs them.
void ExpectLoadsAndPasses(const LearnReport& report) {
  const std::string text = WriteLearnedRules(report, {"test"});
  const ParsedRuleFile parsed = ParseRuleFile(text, "learned.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front() << "\n" << text;
  EXPECT_EQ(parsed.rules.size(), report.rules.size());
  const RuleExampleReport checked = CheckRuleExamples(parsed.rules, testing::ShippedInflector());
  EXPECT_TRUE(checked.failures.empty()) << checked.failures.front() << "\n" << text;
}

TEST(RuleLearner, GroupsTheSameSubstitutionAcrossPairs) {
  RuleLearner learner({});
  learner.AddPair("The mayor said the vote passed.", "The mayor mentioned the vote passed.");
  learner.AddPair("Police said two men fled.\nThe chief said more.",
                  "Police mentioned two men fled.\nThe chief mentioned more.");
  const LearnReport report = learner.Learn();
  EXPECT_EQ(report.pairs, 2u);
  EXPECT_EQ(report.substitutions, 3u);
  ASSERT_EQ(report.rules.size(), 1u);
  const LearnedRule& rule = report.rules[0];
  EXPECT_EQ(rule.id, "said.mentioned");
  EXPECT_EQ(rule.spun, "mentioned");
  EXPECT_EQ(rule.restore, "said");
  EXPECT_EQ(rule.count, 3u);
  EXPECT_EQ(rule.documents, 2u);
  EXPECT_EQ(rule.kept, 0u);
  EXPECT_DOUBLE_EQ(rule.confidence, 1.0);
  EXPECT_FALSE(rule.needs_review());
  ASSERT_EQ(rule.examples.size(), 3u);
  EXPECT_EQ(rule.examples[0].spun, "The mayor mentioned the vote passed.");
  EXPECT_EQ(rule.examples[0].restored, "The mayor said the vote passed.");
  ExpectLoadsAndPasses(report);
}

TEST(RuleLearner, SortsByCountThenSpunPhrase) {
  RuleLearner learner({});
  learner.AddPair("The party met. The party voted. Schools closed.",
                  "The celebration met. The celebration voted. Faculties closed.");
  learner.AddPair("An army base.", "An military base.");
  const LearnReport report = learner.Learn();
  ASSERT_EQ(report.rules.size(), 3u);
  EXPECT_EQ(report.rules[0].spun, "celebration");
  EXPECT_EQ(report.rules[1].spun, "faculties");
  EXPECT_EQ(report.rules[2].spun, "military");
}

TEST(RuleLearner, ASentenceStartDoesNotMakeADifferentRestoration) {
  RuleLearner learner({});
  learner.AddPair("Students left. The students returned.", "Pupils left. The pupils returned.");
  const LearnReport report = learner.Learn();
  ASSERT_EQ(report.rules.size(), 1u);
  EXPECT_EQ(report.rules[0].restore, "students");
  EXPECT_EQ(report.rules[0].count, 2u);
  ExpectLoadsAndPasses(report);
}

TEST(RuleLearner, CountsKeptUsesAndLowersConfidence) {
  RuleLearner learner({});
  learner.AddPair("Officials said the storm hit the city hard.",
                  "Officials mentioned the storm hit the metropolis hard.");
  learner.AddPair("Mayor Lee said the roads were closed.",
                  "Mayor Lee mentioned the roads were closed.");
  learner.AddPair("She said the report mentioned a flood risk.",
                  "She mentioned the report mentioned a flood risk.");
  const LearnReport report = learner.Learn();
  const LearnedRule* rule = FindRule(report, "mentioned", "said");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->count, 3u);
  EXPECT_EQ(rule->kept, 1u);
  EXPECT_EQ(rule->kept_documents, 1u);
  EXPECT_DOUBLE_EQ(rule->confidence, 0.75);
  EXPECT_TRUE(rule->needs_review());
  // The kept use becomes a keep: line, protected by an exception.
  ASSERT_EQ(rule->keeps.size(), 1u);
  EXPECT_EQ(rule->keeps[0], "She said the report mentioned a flood risk.");
  EXPECT_EQ(rule->unless_after, (std::vector<std::string>{"a"}));
  ExpectLoadsAndPasses(report);
  const std::string text = WriteLearnedRules(report, {});
  EXPECT_NE(text.find("REVIEW: the spun wording was also kept 1 time in 1 document"),
            std::string::npos)
      << text;
}

TEST(RuleLearner, ExampleMakesOnlyItsOwnSubstitution) {
  RuleLearner learner({});
  learner.AddPair("Officials said the party would meet.",
                  "Officials mentioned the celebration would meet.");
  const LearnReport report = learner.Learn();
  const LearnedRule* said = FindRule(report, "mentioned", "said");
  ASSERT_NE(said, nullptr);
  ASSERT_EQ(said->examples.size(), 1u);
  EXPECT_EQ(said->examples[0].spun, "Officials mentioned the celebration would meet.");
  EXPECT_EQ(said->examples[0].restored, "Officials said the celebration would meet.");
  const LearnedRule* party = FindRule(report, "celebration", "party");
  ASSERT_NE(party, nullptr);
  EXPECT_EQ(party->examples[0].restored, "Officials mentioned the party would meet.");
  ExpectLoadsAndPasses(report);
}

TEST(RuleLearner, ExamplesStayOutOfQuotations) {
  RuleLearner learner({});
  learner.AddPair("\"We are ready,\" Marsh told reporters outside her office.",
                  "\"We are ready,\" Marsh instructed reporters exterior her workplace.");
  const LearnReport report = learner.Learn();
  const LearnedRule* rule = FindRule(report, "exterior", "outside");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->examples[0].spun, "Marsh instructed reporters exterior her workplace.");
  ExpectLoadsAndPasses(report);
}

TEST(RuleLearner, MinCountLeavesOutRareSubstitutions) {
  LearnerOptions options;
  options.min_count = 2;
  RuleLearner learner(options);
  learner.AddPair("The party met. The party voted. Schools closed.",
                  "The celebration met. The celebration voted. Faculties closed.");
  const LearnReport report = learner.Learn();
  EXPECT_EQ(report.below_min_count, 1u);
  ASSERT_EQ(report.rules.size(), 1u);
  EXPECT_EQ(report.rules[0].spun, "celebration");
}

TEST(RuleLearner, LeavesOutRestorationsTheSpellingDictionaryRejects) {
  StatusOr<DictionaryFiles> files = FindHunspellDictionary("en_US");
  ASSERT_TRUE(files.ok()) << files.status().message();
  StatusOr<std::unique_ptr<SpellStage>> spelling =
      SpellStage::Create(files.value(), SpellMode::kReport);
  ASSERT_TRUE(spelling.ok()) << spelling.status().message();
  LearnerOptions options;
  options.spelling = spelling.value().get();
  RuleLearner learner(options);
  learner.AddPair("The agency issued a statment. The mayor said so.",
                  "The agency issued a assertion. The mayor mentioned so.");
  const LearnReport report = learner.Learn();
  EXPECT_EQ(report.rejected_by_spelling, 1u);
  ASSERT_EQ(report.rules.size(), 1u);
  EXPECT_EQ(report.rules[0].spun, "mentioned");
}

TEST(RuleLearner, LeavesOutCandidatesWithoutAWorkingExample) {
  // A capitalised word inside a sentence is a name: a learned rule (not
  // certain) never changes it, so no example can show the rule working.
  RuleLearner learner({});
  learner.AddPair("It doubled since the 1990s, a study found.",
                  "It doubled since the Nineties, a examine found.");
  const LearnReport report = learner.Learn();
  EXPECT_EQ(report.without_example, 1u);
  EXPECT_EQ(FindRule(report, "nineties", "1990s"), nullptr);
  EXPECT_NE(FindRule(report, "examine", "study"), nullptr);
  ExpectLoadsAndPasses(report);
}

TEST(RuleLearner, RuleIdsFollowTheConventionAndAreUnique) {
  RuleLearner learner({});
  learner.AddPair("It rose 2 percent today. Know-how matters.",
                  "It rose 2 p.c today. Technology matters.");
  // The same words with another apostrophe: another restoration, another id.
  learner.AddPair("They don't agree.", "They do not agree.");
  learner.AddPair("They don’t agree.", "They do not agree.");
  const LearnReport report = learner.Learn();
  std::set<std::string> ids;
  for (const LearnedRule& rule : report.rules) {
    EXPECT_TRUE(ids.insert(rule.id).second) << rule.id;
    EXPECT_EQ(rule.id.find(' '), std::string::npos) << rule.id;
    EXPECT_EQ(rule.id.find("--"), std::string::npos) << rule.id;
  }
  EXPECT_EQ(ids, (std::set<std::string>{"percent.p.c", "know-how.technology", "don't.do-not",
                                        "don't.do-not-2"}));
  ExpectLoadsAndPasses(report);
}

TEST(WriteLearnedRules, WritesTheHeaderAndEachRulesFieldsWithOriginAndCounts) {
  RuleLearner learner({});
  learner.AddPair("The mayor said the vote passed.", "The mayor mentioned the vote passed.");
  const std::string text = WriteLearnedRules(learner.Learn(), {"Learned from a test", ""});
  EXPECT_EQ(text,
            "# Learned from a test\n"
            "#\n"
            "\n"
            "# 1 substitution in 1 document\n"
            "rule said.mentioned\n"
            "  spun:          mentioned\n"
            "  restore:       said\n"
            "  origin:        learned\n"
            "  confidence:    1.00\n"
            "  category:      learned\n"
            "  note:          Learned from 1 original/spun pair: 'mentioned' was written for "
            "'said' 1 time in 1 document and kept 0 times in 0 documents, a rate of 1.00.\n"
            "  example:       The mayor mentioned the vote passed. => The mayor said the vote "
            "passed.\n");
}

}  // namespace
}  // namespace unspin
