// The default pack: it loads, every rule's examples pass, and it is large
// enough to be worth shipping.
#include <algorithm>

#include <gtest/gtest.h>

#include "pipeline/rule_examples.h"
#include "restorer_fixture.h"
#include "rules/rule_loader.h"

namespace unspin {
namespace {

const std::vector<Rule>& NewsPack() {
  static const std::vector<Rule> rules = [] {
    StatusOr<std::vector<Rule>> loaded = LoadRules({testing::SourcePath("rules/news")});
    if (!loaded.ok()) throw std::runtime_error(loaded.status().message());
    return loaded.value();
  }();
  return rules;
}

TEST(NewsPack, LoadsAndCompiles) {
  StatusOr<RuleSet> compiled = RuleSet::Compile(NewsPack(), testing::ShippedInflector());
  ASSERT_TRUE(compiled.ok()) << compiled.status().message();
  EXPECT_GE(compiled->rules().size(), 300u);
}

TEST(NewsPack, EveryRuleExamplePasses) {
  const RuleExampleReport report = CheckRuleExamples(NewsPack(), testing::ShippedInflector());
  // Every written rule; the readings of outside-context: rules are checked
  // with the rule they come from.
  const size_t written = std::count_if(NewsPack().begin(), NewsPack().end(),
                                       [](const Rule& rule) { return rule.context_of.empty(); });
  EXPECT_EQ(report.rules_checked, written);
  EXPECT_LT(written, NewsPack().size());
  for (const std::string& failure : report.failures) ADD_FAILURE() << failure;
}

TEST(NewsPack, EveryRuleExplainsItself) {
  for (const Rule& rule : NewsPack()) {
    EXPECT_FALSE(rule.note.empty()) << rule.location.ToString() << ": " << rule.id << " has no note";
    EXPECT_FALSE(rule.category.empty())
        << rule.location.ToString() << ": " << rule.id << " has no category";
  }
}

TEST(RuleExamples, ReportsAFailingExampleWithItsLine) {
  const std::string text =
      "rule a\n  spun: excessive\n  restore: high\n  example: an excessive risk => a big risk\n"
      "  keep: the excessive heat\nrule b\n  spun: x\n  restore: y\n";
  ParsedRuleFile parsed = ParseRuleFile(text, "t.rules");
  ASSERT_TRUE(parsed.errors.empty());
  const RuleExampleReport report = CheckRuleExamples(parsed.rules, testing::ShippedInflector());
  ASSERT_EQ(report.failures.size(), 3u);
  EXPECT_EQ(report.failures[0].rfind("t.rules:4: rule 'a': example gave", 0), 0u);
  EXPECT_EQ(report.failures[1].rfind("t.rules:5: rule 'a': keep: sentence was changed", 0), 0u);
  EXPECT_EQ(report.failures[2], "t.rules:6: rule 'b': no example: line (every rule needs one)");
}

TEST(RuleExamples, ReportsARuleThatFiresOnItsOwnOutput) {
  ParsedRuleFile parsed = ParseRuleFile(
      "rule loop\n  spun: big\n  restore: big big\n  example: a big dog => a big big dog\n",
      "t.rules");
  const RuleExampleReport report = CheckRuleExamples(parsed.rules, testing::ShippedInflector());
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_NE(report.failures[0].find("fires again on its own output"), std::string::npos);
}

}  // namespace
}  // namespace unspin
