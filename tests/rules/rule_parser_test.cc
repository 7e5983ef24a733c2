#include "rules/rule_parser.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

TEST(RuleParser, ReadsEveryFieldOfARule) {
  const ParsedRuleFile parsed = ParseRuleFile(R"(# a comment
rule said.mentioned
  spun:       mention | mentioned
  restore:    say | discuss
  form:       mentions => says
  inflect:    verb
  before:     agency
  after:      that|thursday
  unless-after: in passing
  unless-before: she
  if-document: kcna | state media
  unless-document: in passing
  confidence: 0.75
  certain:    no
  needs-spin: 5
  category:   reporting-verb
  note:       Spinners write "mentioned" for "said".
  example:    KCNA mentioned that. => KCNA said that.
  keep:       She mentioned it in passing.
)",
                                              "test.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  ASSERT_EQ(parsed.rules.size(), 1u);
  const Rule& rule = parsed.rules[0];
  EXPECT_EQ(rule.id, "said.mentioned");
  EXPECT_EQ(rule.location.ToString(), "test.rules:2");
  EXPECT_EQ(rule.spun, (std::vector<std::string>{"mention", "mentioned"}));
  EXPECT_EQ(rule.restorations, (std::vector<std::string>{"say", "discuss"}));
  ASSERT_EQ(rule.forms.size(), 1u);
  EXPECT_EQ(rule.forms[0].restored, "says");
  EXPECT_EQ(rule.inflection, Inflection::kVerb);
  ASSERT_EQ(rule.conditions.size(), 4u);
  EXPECT_TRUE(rule.conditions[2].negated);
  EXPECT_EQ(rule.conditions[3].side, ContextCondition::Side::kBefore);
  ASSERT_EQ(rule.document_conditions.size(), 2u);
  EXPECT_FALSE(rule.document_conditions[0].negated);
  EXPECT_EQ(rule.document_conditions[0].phrases,
            (std::vector<std::string>{"kcna", "state media"}));
  EXPECT_TRUE(rule.document_conditions[1].negated);
  EXPECT_DOUBLE_EQ(rule.confidence, 0.75);
  EXPECT_DOUBLE_EQ(rule.needs_spin, 5);
  EXPECT_FALSE(rule.certain);
  EXPECT_EQ(rule.category, "reporting-verb");
  ASSERT_EQ(rule.examples.size(), 1u);
  EXPECT_EQ(rule.examples[0].restored, "KCNA said that.");
  EXPECT_EQ(rule.examples[0].location.line, 18);
  ASSERT_EQ(rule.keeps.size(), 1u);
}

TEST(RuleParser, ReportsEveryErrorWithItsLine) {
  const ParsedRuleFile parsed = ParseRuleFile(R"(rule a
  spun: x
  restor: y
  confidence: 1.5
rule a
  spun: z
  restore: w
  after: (unclosed
contxt: q
rule b
  spun: p | | q
  restore:
)",
                                              "bad.rules");
  const std::vector<std::string> expected = {
      "bad.rules:3: unknown key 'restor' (did you mean 'restore'?)",
      "bad.rules:4: 'confidence:' is a number from 0 to 1, not '1.5'",
      "bad.rules:1: rule 'a' has no 'restore:' line",
      "bad.rules:5: duplicate rule id 'a'",
      "bad.rules:8: bad pattern in 'after:': missing ): (unclosed",
      "bad.rules:9: unknown directive 'contxt:' (fields of a rule must be indented)",
      "bad.rules:11: empty alternative in 'spun:' (check the '|' separators)",
      "bad.rules:12: 'restore:' needs a value",
      "bad.rules:10: rule 'b' has no 'spun:' phrase",
      "bad.rules:10: rule 'b' has no 'restore:' line",
  };
  EXPECT_EQ(parsed.errors, expected);
}

TEST(RuleParser, SuggestsTheDirectiveForATypo) {
  const ParsedRuleFile parsed = ParseRuleFile("rul x\n", "f.rules");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0], "f.rules:1: unknown directive 'rul' (did you mean 'rule'?)");
}

TEST(RuleParser, RejectsFieldsOutsideARuleAndRepeatedSingleFields) {
  const ParsedRuleFile parsed = ParseRuleFile("  spun: x\nrule r\n  spun: a\n  restore: b\n"
                                              "  restore: c\n  example: no arrow\n",
                                              "f.rules");
  const std::vector<std::string> expected = {
      "f.rules:1: field outside a rule: 'spun: x' (start a rule with 'rule ID' first)",
      "f.rules:5: 'restore' given twice in rule 'r'",
      "f.rules:6: 'example:' needs 'SPUN => RESTORED'",
  };
  EXPECT_EQ(parsed.errors, expected);
}

TEST(RuleParser, CollectsIncludesAndAcceptsCrlfFiles) {
  const ParsedRuleFile parsed =
      ParseRuleFile("include other.rules\r\nrule r\r\n  spun: a\r\n  restore: b\r\n", "f.rules");
  EXPECT_TRUE(parsed.errors.empty());
  ASSERT_EQ(parsed.includes.size(), 1u);
  EXPECT_EQ(parsed.includes[0].first, "other.rules");
  ASSERT_EQ(parsed.rules.size(), 1u);
  EXPECT_EQ(parsed.rules[0].restorations[0], "b");
}

TEST(RuleParser, ReportsARegexThatRe2Refuses) {
  // RE2 has no back-references or look-around: a user coming from PCRE gets
  // a clear message instead of a crash or a silent mismatch.
  const ParsedRuleFile parsed =
      ParseRuleFile("rule r\n  spun: a\n  restore: b\n  after: (?=x)\n", "f.rules");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_NE(parsed.errors[0].find("f.rules:4: bad pattern in 'after:'"), std::string::npos)
      << parsed.errors[0];
}

}  // namespace
}  // namespace unspin

namespace unspin {
namespace {

TEST(RuleParser, ReadsTheOriginOfMinedAndLearnedRules) {
  const ParsedRuleFile parsed = ParseRuleFile(
      "rule a.b\n  spun: b\n  restore: a\n  origin: mined\n"
      "rule c.d\n  spun: d\n  restore: c\n  origin: learned\n"
      "rule e.f\n  spun: f\n  restore: e\n",
      "x.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  ASSERT_EQ(parsed.rules.size(), 3u);
  EXPECT_EQ(parsed.rules[0].origin, RuleOrigin::kMined);
  EXPECT_EQ(parsed.rules[1].origin, RuleOrigin::kLearned);
  EXPECT_EQ(parsed.rules[2].origin, RuleOrigin::kHand);
}

TEST(RuleParser, RejectsAnOriginNoFileMayClaim) {
  const ParsedRuleFile parsed =
      ParseRuleFile("rule a.b\n  spun: b\n  restore: a\n  origin: thesaurus\n", "x.rules");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0],
            "x.rules:4: 'origin:' is 'hand', 'learned' or 'mined', not 'thesaurus'");
}

TEST(RuleParser, OutsideContextAddsTheRulesAmbiguousReadingAwayFromItsContext) {
  const ParsedRuleFile parsed = ParseRuleFile(R"(rule cancer.most-cancers
  spun:       most cancers
  restore:    cancer
  before:     breast|lung
  unless-after: are|were
  if-document: doctors
  certain:    yes
  needs-spin: 2
  outside-context: 0.15
  example:    She has breast most cancers. => She has breast cancer.
  keep:       Most cancers are found early.
)",
                                              "test.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  ASSERT_EQ(parsed.rules.size(), 2u);
  const Rule& rule = parsed.rules[0];
  const Rule& derived = parsed.rules[1];
  EXPECT_EQ(rule.id, "cancer.most-cancers");
  EXPECT_DOUBLE_EQ(rule.outside_context, 0.15);
  EXPECT_TRUE(rule.context_of.empty());
  ASSERT_EQ(rule.conditions.size(), 2u);
  EXPECT_EQ(derived.id, "cancer.most-cancers-outside-context");
  EXPECT_EQ(derived.context_of, "cancer.most-cancers");
  EXPECT_EQ(derived.spun, rule.spun);
  EXPECT_EQ(derived.restorations, rule.restorations);
  // The exceptions hold everywhere; only the context it needs is dropped.
  ASSERT_EQ(derived.conditions.size(), 1u);
  EXPECT_TRUE(derived.conditions[0].negated);
  EXPECT_EQ(derived.document_conditions.size(), 1u);
  // Ambiguous, low, and never counted as an artefact.
  EXPECT_DOUBLE_EQ(derived.confidence, 0.15);
  EXPECT_FALSE(derived.certain);
  EXPECT_DOUBLE_EQ(derived.needs_spin, 0);
  EXPECT_DOUBLE_EQ(derived.outside_context, 0);
  EXPECT_TRUE(derived.examples.empty());
  EXPECT_TRUE(derived.keeps.empty());
}

TEST(RuleParser, OutsideContextNeedsAContextAndAConfidenceBelowOneHalf) {
  const ParsedRuleFile parsed = ParseRuleFile(R"(rule a
  spun: x
  restore: y
  outside-context: 0.2
rule b
  spun: x
  restore: y
  after: z
  outside-context: 0.5
rule c
  spun: x
  restore: y
  unless-after: z
  outside-context: 0.1
rule d
  spun: x
  restore: y
  after: z
  outside-context: nan
  confidence: nan
  needs-spin: inf
)",
                                              "test.rules");
  ASSERT_EQ(parsed.errors.size(), 6u);
  EXPECT_NE(parsed.errors[3].find("'outside-context:' is a confidence"), std::string::npos);
  EXPECT_NE(parsed.errors[4].find("'confidence:' is a number from 0 to 1"), std::string::npos);
  EXPECT_NE(parsed.errors[5].find("'needs-spin:' is a spin score"), std::string::npos);
  EXPECT_NE(parsed.errors[0].find("test.rules:1: rule 'a' has 'outside-context:' but no "
                                  "'before:' or 'after:'"),
            std::string::npos)
      << parsed.errors[0];
  EXPECT_NE(parsed.errors[1].find("test.rules:9: 'outside-context:' is a confidence above 0 and "
                                  "below 0.5"),
            std::string::npos)
      << parsed.errors[1];
  EXPECT_NE(parsed.errors[2].find("rule 'c' has 'outside-context:' but no"), std::string::npos)
      << parsed.errors[2];
}

TEST(RuleParser, OutsideContextReadingMayNotTakeAnIdInUse) {
  const ParsedRuleFile parsed = ParseRuleFile(R"(rule a-outside-context
  spun: x
  restore: y
rule a
  spun: x
  restore: y
  after: z
  outside-context: 0.2
)",
                                              "test.rules");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_NE(parsed.errors[0].find("duplicate rule id 'a-outside-context'"), std::string::npos)
      << parsed.errors[0];
}

}  // namespace
}  // namespace unspin
