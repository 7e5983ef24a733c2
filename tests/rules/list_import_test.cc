// Lists files shared by the rule files of a pack: `import PATH`, through
// the loader (rules/README.md, "Word lists").
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "rules/list_importer.h"
#include "rules/rule_loader.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

class ListImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("unspin_lists_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path.string();
  }

  RuleLoadOptions NoCache() {
    RuleLoadOptions options;
    options.cache = ValidationCache("");
    return options;
  }

  fs::path dir_;
};

std::string RuleAfter(const std::string& id, const std::string& pattern) {
  return "rule " + id + "\n  spun: " + id + "x\n  restore: " + id + "\n  after: " + pattern + "\n";
}

TEST_F(ListImportTest, EveryFileOfAPackImportsTheSameListsFile) {
  Write("pack/words.lists", "list @day = monday\n  | tuesday\nlist @week = @day | sunday\n");
  Write("pack/a.rules", "import words.lists\n" + RuleAfter("a", "@week"));
  Write("pack/b.rules", "import words.lists\n" + RuleAfter("b", "on @day"));
  StatusOr<std::vector<Rule>> rules = LoadRules({(dir_ / "pack").string()}, NoCache());
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  ASSERT_EQ(rules->size(), 2u);
  EXPECT_EQ(rules.value()[0].conditions[0].pattern->pattern(), "monday|tuesday|sunday");
  EXPECT_EQ(rules.value()[1].conditions[0].pattern->pattern(), "on (?:monday|tuesday)");
}

TEST_F(ListImportTest, ReportsTheErrorsOfAListsFileOnce) {
  Write("words.lists", "list @day = monday | @wekday\n");
  const std::string a = Write("a.rules", "import words.lists\n" + RuleAfter("a", "@day"));
  const std::string b = Write("b.rules", "import words.lists\n" + RuleAfter("b", "@day"));
  StatusOr<std::vector<Rule>> rules = LoadRules({a, b}, NoCache());
  ASSERT_FALSE(rules.ok());
  const std::string words = (dir_ / "words.lists").string();
  EXPECT_EQ(rules.status().message(),
            a + ":1: cannot import 'words.lists': '" + words + "' has errors:\n" + words +
                ":1: undefined list '@wekday'\n" + b + ":1: cannot import 'words.lists': '" +
                words + "' has errors (reported above)");
}

TEST_F(ListImportTest, RefusesAFileWithRulesACircleAndAMissingFile) {
  Write("rules.lists", "list @x = a\n" + RuleAfter("r", "a"));
  Write("one.lists", "import two.lists\nlist @one = a\n");
  Write("two.lists", "import one.lists\nlist @two = b\n");
  const std::string file = Write(
      "a.rules", "import rules.lists\nimport one.lists\nimport none.lists\n" + RuleAfter("a", "a"));
  StatusOr<std::vector<Rule>> rules = LoadRules({file}, NoCache());
  ASSERT_FALSE(rules.ok());
  const std::string& message = rules.status().message();
  EXPECT_NE(message.find(file + ":1: cannot import 'rules.lists': '" + (dir_ / "rules.lists").string() +
                         "' is not a lists file: line 2 is a rule or an include"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find(":1: cannot import 'one.lists': circular import of 'one.lists'"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find(file + ":3: cannot import 'none.lists': cannot read lists file"),
            std::string::npos)
      << message;
}

TEST_F(ListImportTest, AChangedListsFileIsValidatedAgain) {
  // The rule file is the same; what its pattern expands to is not.
  Write("words.lists", "list @x = that | ,\n");
  const std::string file = Write("a.rules", "import words.lists\n" + RuleAfter("a", "@x"));
  const ValidationCache cache((dir_ / "validated-rules").string());
  ASSERT_TRUE(LoadRules({file}, {cache}).ok());
  Write("words.lists", "list @x = that | (,\n");
  StatusOr<std::vector<Rule>> broken = LoadRules({file}, {cache});
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("a.rules:5: bad pattern in 'after:'"),
            std::string::npos)
      << broken.status().message();
}

TEST_F(ListImportTest, ListsDefinedInAFileLeaveOutWhatItImports) {
  Write("base.lists", "list @base = a\n");
  const std::string file = Write("more.lists", "import base.lists\nlist @more = @base | b\n");
  StatusOr<std::vector<WordList>> lists = ListsDefinedIn(file);
  ASSERT_TRUE(lists.ok()) << lists.status().message();
  ASSERT_EQ(lists->size(), 1u);
  EXPECT_EQ(lists.value()[0].name, "more");
  EXPECT_EQ(lists.value()[0].items, (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace unspin
