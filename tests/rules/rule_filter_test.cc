#include "rules/rule_filter.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

std::vector<Rule> Rules() {
  std::vector<Rule> rules;
  for (const auto& [id, category] : std::vector<std::pair<std::string, std::string>>{
           {"said.mentioned", "reporting-verb"},
           {"mined.good", "mined"},
           {"mined.bad", "mined"},
           {"party.celebration", "politics"}}) {
    Rule rule;
    rule.id = id;
    rule.category = category;
    rules.push_back(rule);
  }
  return rules;
}

std::vector<std::string> Ids(const std::vector<Rule>& rules) {
  std::vector<std::string> ids;
  for (const Rule& rule : rules) ids.push_back(rule.id);
  return ids;
}

TEST(RuleFilter, DisablesByIdGlobAndByCategory) {
  std::vector<std::string> warnings;
  const std::vector<Rule> kept =
      FilterRules(Rules(), {{"--disable", {"mined.*", "politics"}, {}}}, warnings);
  EXPECT_EQ(Ids(kept), (std::vector<std::string>{"said.mentioned"}));
  EXPECT_TRUE(warnings.empty());
}

TEST(RuleFilter, ARulesReadingOutsideItsContextGoesWithTheRule) {
  std::vector<Rule> rules = Rules();
  Rule outside;
  outside.id = "said.mentioned-outside-context";
  outside.context_of = "said.mentioned";
  outside.category = "reporting-verb";
  rules.push_back(outside);
  std::vector<std::string> warnings;
  const std::vector<Rule> kept =
      FilterRules(rules, {{"--disable", {"said.mentioned"}, {}}}, warnings);
  EXPECT_EQ(Ids(kept), (std::vector<std::string>{"mined.good", "mined.bad", "party.celebration"}));
  EXPECT_TRUE(warnings.empty());
}

TEST(RuleFilter, EnableWinsWithinOneSource) {
  std::vector<std::string> warnings;
  const std::vector<Rule> kept =
      FilterRules(Rules(), {{"--disable", {"mined"}, {"mined.good"}}}, warnings);
  EXPECT_EQ(Ids(kept),
            (std::vector<std::string>{"said.mentioned", "mined.good", "party.celebration"}));
}

TEST(RuleFilter, ALaterSourceWinsOverAnEarlierOne) {
  std::vector<std::string> warnings;
  // The file turns mined.good on; the command line turns all mined rules off.
  const std::vector<Rule> off = FilterRules(
      Rules(), {{".unspin.toml", {"mined.*"}, {"mined.good"}}, {"command line", {"mined"}, {}}},
      warnings);
  EXPECT_EQ(Ids(off), (std::vector<std::string>{"said.mentioned", "party.celebration"}));
  // The file turns them off; the command line turns one back on.
  const std::vector<Rule> on = FilterRules(
      Rules(), {{".unspin.toml", {"mined.*"}, {}}, {"command line", {}, {"mined.bad"}}},
      warnings);
  EXPECT_EQ(Ids(on),
            (std::vector<std::string>{"said.mentioned", "mined.bad", "party.celebration"}));
  EXPECT_TRUE(warnings.empty());
}

TEST(RuleFilter, WarnsOfAPatternThatMatchesNothingWithTheClosestName) {
  std::vector<std::string> warnings;
  const std::vector<Rule> kept =
      FilterRules(Rules(), {{"command line", {"said.mentiond"}, {}}}, warnings);
  EXPECT_EQ(kept.size(), 4u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "command line: disable 'said.mentiond' matches no rule id or category (did you mean "
            "'said.mentioned'?)");
}

}  // namespace
}  // namespace unspin
