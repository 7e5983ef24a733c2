// Word lists and long values as the parser reads them (rules/README.md,
// "Word lists" and "Long values").
#include "rules/word_list.h"

#include <gtest/gtest.h>

#include "rules/list_importer.h"
#include "rules/rule_parser.h"

namespace unspin {
namespace {

const char kWeekdays[] =
    "list @weekday = monday | tuesday | wednesday | thursday | friday | saturday | sunday\n";

std::vector<std::string> Patterns(const Rule& rule) {
  std::vector<std::string> patterns;
  for (const ContextCondition& condition : rule.conditions) {
    patterns.push_back(condition.pattern->pattern());
  }
  return patterns;
}

TEST(WordLists, ExpandToExactlyThePatternWrittenOutByHand) {
  const ParsedRuleFile parsed = ParseRuleFile(std::string(kWeekdays) + R"(
rule said.mentioned
  spun:       mentioned
  restore:    said
  after:      (on )?(@weekday)|today|late (@weekday|last)
  unless-after: @weekday|(?:@weekday)
)",
                                              "t.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  const std::string days = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  EXPECT_EQ(Patterns(parsed.rules[0]),
            (std::vector<std::string>{"(on )?(" + days + ")|today|late (" + days + "|last)",
                                      days + "|(?:" + days + ")"}));
}

TEST(WordLists, GroupAListThatIsPartOfAnAlternative) {
  const ParsedRuleFile parsed = ParseRuleFile(
      "list @day = monday | tuesday\nrule r\n  spun: x\n  restore: y\n"
      "  after: late @day\\b\n  before: @day's|@day\n",
      "t.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  EXPECT_EQ(Patterns(parsed.rules[0]),
            (std::vector<std::string>{"late (?:monday|tuesday)\\b",
                                      "(?:monday|tuesday)'s|monday|tuesday"}));
}

TEST(WordLists, GiveAlternativesInPhraseFields) {
  const ParsedRuleFile parsed = ParseRuleFile(
      "list @spun = satellite tv for pc | satellite\nlist @kcna = kcna | state media\n"
      "rule r\n  spun: @spun | sat tv\n  restore: satellite tv\n"
      "  if-document: @kcna\n  unless-document: tv | @kcna\n",
      "t.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  const Rule& rule = parsed.rules[0];
  EXPECT_EQ(rule.spun, (std::vector<std::string>{"satellite tv for pc", "satellite", "sat tv"}));
  EXPECT_EQ(rule.document_conditions[0].phrases,
            (std::vector<std::string>{"kcna", "state media"}));
  EXPECT_EQ(rule.document_conditions[1].phrases,
            (std::vector<std::string>{"tv", "kcna", "state media"}));
}

TEST(WordLists, UseOtherListsAsWholeItems) {
  const ParsedRuleFile parsed = ParseRuleFile(
      "list @weekend = saturday | sunday\nlist @day = monday | @weekend | today\n"
      "rule r\n  spun: x\n  restore: y\n  after: @day\n",
      "t.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  EXPECT_EQ(Patterns(parsed.rules[0]), (std::vector<std::string>{"monday|saturday|sunday|today"}));
  ASSERT_EQ(parsed.lists.size(), 2u);
  EXPECT_EQ(parsed.lists[1].location.ToString(), "t.rules:2");
}

TEST(WordLists, KeepBracketsOfAPatternInOneItem) {
  const ParsedRuleFile parsed = ParseRuleFile(
      "list @on = (on |in )the | [|] | \\|\nrule r\n  spun: x\n  restore: y\n  after: a @on\n",
      "t.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  ASSERT_EQ(parsed.lists.size(), 1u);
  EXPECT_EQ(parsed.lists[0].items, (std::vector<std::string>{"(on |in )the", "[|]", "\\|"}));
  EXPECT_EQ(Patterns(parsed.rules[0]), (std::vector<std::string>{"a (?:(on |in )the|[|]|\\|)"}));
}

TEST(WordLists, LeaveAnAtSignThatNamesNoListAlone) {
  // An address, an escaped '@', and the fields that take no lists.
  const ParsedRuleFile parsed = ParseRuleFile(
      "rule r\n  spun: x\n  restore: y\n  after: info@example|\\@handle|@ \n"
      "  note: Mail @desk.\n  example: x @home => y @home\n",
      "t.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  EXPECT_EQ(Patterns(parsed.rules[0]), (std::vector<std::string>{"info@example|\\@handle|@"}));
  EXPECT_EQ(parsed.rules[0].note, "Mail @desk.");
}

TEST(WordLists, ReportMistakesWithTheirLine) {
  const ParsedRuleFile parsed = ParseRuleFile(std::string(kWeekdays) + R"(list weekend = a
list @Weekend = saturday
list @empty = a | | b
list @weekday = monday
list @nested = x | late @weekday
list @unused = a
rule r
  spun: x | on @weekday
  restore: y
  after: (on )?(@weekday
         |@wekday)
  before: @Weekday
)",
                                              "t.rules");
  const std::vector<std::string> expected = {
      "t.rules:2: expected 'list @name = word | word | ...' (a name is letters, digits and "
      "dashes)",
      "t.rules:3: list names are lower case: '@Weekend'",
      "t.rules:4: empty item in list '@empty' (check the '|' separators)",
      "t.rules:5: list '@weekday' is already defined at t.rules:1",
      "t.rules:6: a list can use another list only as a whole item, not in 'late @weekday'",
      "t.rules:9: a list must be a whole alternative here ('| @name |'), not part of "
      "'on @weekday'",
      "t.rules:12: undefined list '@wekday' (did you mean '@weekday'?)",
      "t.rules:13: list names are lower case: '@Weekday'",
      "t.rules:4: list '@empty' is never used",
      "t.rules:6: list '@nested' is never used",
      "t.rules:7: list '@unused' is never used",
  };
  EXPECT_EQ(parsed.errors, expected);
}

TEST(LongValues, JoinAFieldAndItsDeeperLines) {
  const ParsedRuleFile parsed = ParseRuleFile(R"(rule r
  spun:       satellite tv for pc
              | satellite television for pc
  restore:    satellite tv
  after:      (on )?(the|a
              |an)\b
  note:       A spun phrase that
              no writer produces.
  example:    He bought a satellite tv for pc.
              => He bought a satellite tv.
)",
                                              "t.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  const Rule& rule = parsed.rules[0];
  EXPECT_EQ(rule.spun,
            (std::vector<std::string>{"satellite tv for pc", "satellite television for pc"}));
  EXPECT_EQ(Patterns(rule), (std::vector<std::string>{"(on )?(the|a|an)\\b"}));
  EXPECT_EQ(rule.note, "A spun phrase that no writer produces.");
  EXPECT_EQ(rule.examples[0].restored, "He bought a satellite tv.");
  EXPECT_EQ(rule.examples[0].location.line, 9);
}

TEST(LongValues, ReportAFieldIndentedTooDeepAndErrorsAtTheFieldsLine) {
  const ParsedRuleFile parsed = ParseRuleFile(R"(rule r
  spun: x
    restore: y
  after: (a
         |b
)",
                                              "t.rules");
  const std::vector<std::string> expected = {
      "t.rules:3: 'restore:' is indented deeper than the line above, so it continues that "
      "line's value; indent it like the other fields",
      "t.rules:4: bad pattern in 'after:': missing ): (a|b",
      "t.rules:1: rule 'r' has no 'restore:' line",
  };
  EXPECT_EQ(parsed.errors, expected);
}

TEST(WordLists, ImportNeedsAnImporter) {
  const ParsedRuleFile parsed = ParseRuleFile("import words.lists\n", "t.rules");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0], "t.rules:1: 'import' reads files, which this rule text cannot do");
}

// An importer from memory: what a loader gives, without files.
class MemoryImporter : public ListImporter {
 public:
  StatusOr<std::vector<WordList>> Import(const std::string& target,
                                         const std::string& /*importing_file*/) override {
    if (target != "words.lists") return Status::Error("no such file");
    ParsedRuleFile parsed = ParseRuleFile(kWeekdays, "words.lists");
    return parsed.lists;
  }
};

TEST(WordLists, ComeFromAnImportAndAnUnusedImportIsReported) {
  MemoryImporter importer;
  const ParsedRuleFile used = ParseRuleFile(
      "import words.lists\nrule r\n  spun: x\n  restore: y\n  after: @weekday\n", "t.rules",
      true, &importer);
  ASSERT_TRUE(used.errors.empty()) << used.errors.front();
  EXPECT_EQ(Patterns(used.rules[0])[0].substr(0, 14), "monday|tuesday");
  const ParsedRuleFile unused = ParseRuleFile(
      "import words.lists\nimport other.lists\nrule r\n  spun: x\n  restore: y\n", "t.rules",
      true, &importer);
  const std::vector<std::string> expected = {
      "t.rules:2: cannot import 'other.lists': no such file",
      "t.rules:1: no list of 'words.lists' is used",
  };
  EXPECT_EQ(unused.errors, expected);
}

}  // namespace
}  // namespace unspin
