#include "rules/thesaurus_import.h"

#include <gtest/gtest.h>

#include "pipeline/rule_examples.h"
#include "restorer_fixture.h"
#include "rules/rule_parser.h"

namespace unspin {
namespace {

// A small thesaurus written for this test, in both common formats.
constexpr const char* kPipeThesaurus =
    "# original|synonym|synonym\n"
    "said|mentioned|stated\n"
    "party|celebration\n"
    "\n"
    "meeting|assembly|gathering\n"
    "rally|gathering\n"
    "lonely\n";

TEST(ThesaurusImport, MapsEachSynonymBackToItsOriginals) {
  StatusOr<ImportResult> imported = ImportThesaurus(kPipeThesaurus, ThesaurusFormat::kAuto, "t.txt");
  ASSERT_TRUE(imported.ok()) << imported.status().message();
  EXPECT_EQ(imported->lines_read, 7u);
  EXPECT_EQ(imported->lines_skipped, 3u);  // comment, blank, single item
  EXPECT_EQ(imported->rules_written, 5u);   // mentioned stated celebration assembly gathering
  ParsedRuleFile parsed = ParseRuleFile(imported->rules_text, "imported.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  const Rule* gathering = nullptr;
  for (const Rule& rule : parsed.rules) {
    EXPECT_LT(rule.confidence, 0.5) << rule.id << " must need context";
    if (rule.id == "imported.gathering") gathering = &rule;
  }
  ASSERT_NE(gathering, nullptr);
  EXPECT_EQ(gathering->restorations, (std::vector<std::string>{"meeting", "rally"}));
  const RuleExampleReport report = CheckRuleExamples(parsed.rules, testing::ShippedInflector());
  EXPECT_TRUE(report.failures.empty()) << report.failures.front();
}

TEST(ThesaurusImport, TreatsEverySpintaxItemAsAPossibleOriginal) {
  StatusOr<ImportResult> imported =
      ImportThesaurus("{war|battle|conflict}\n", ThesaurusFormat::kAuto, "s.txt");
  ASSERT_TRUE(imported.ok());
  ParsedRuleFile parsed = ParseRuleFile(imported->rules_text, "imported.rules");
  ASSERT_EQ(parsed.rules.size(), 3u);
  EXPECT_EQ(parsed.rules[0].id, "imported.battle");
  EXPECT_EQ(parsed.rules[0].restorations, (std::vector<std::string>{"war", "conflict"}));
}

TEST(ThesaurusImport, ReportsAnUnclosedSpintaxLine) {
  StatusOr<ImportResult> imported =
      ImportThesaurus("said|mentioned\n{war|battle\n", ThesaurusFormat::kAuto, "s.txt");
  ASSERT_FALSE(imported.ok());
  EXPECT_EQ(imported.status().message(), "s.txt:2: expected a spintax set '{a|b|c}'");
}

}  // namespace
}  // namespace unspin
