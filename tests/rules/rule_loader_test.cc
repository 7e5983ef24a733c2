#include "rules/rule_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "rules/list_importer.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

class RuleLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("unspin_loader_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    const fs::path path = dir_ / name;
    std::ofstream(path) << text;
    return path.string();
  }

  fs::path dir_;
};

std::string Rule(const std::string& id) {
  return "rule " + id + "\n  spun: " + id + "x\n  restore: " + id + "\n";
}

TEST_F(RuleLoaderTest, LoadsADirectoryInNameOrder) {
  Write("b.rules", Rule("b"));
  Write("a.rules", Rule("a"));
  Write("notes.txt", "not a rule file");
  StatusOr<std::vector<unspin::Rule>> rules = LoadRules({dir_.string()});
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  ASSERT_EQ(rules->size(), 2u);
  EXPECT_EQ(rules.value()[0].id, "a");
  EXPECT_EQ(rules.value()[1].id, "b");
}

TEST_F(RuleLoaderTest, FollowsIncludesRelativeToTheIncludingFile) {
  fs::create_directories(dir_ / "sub");
  Write("sub/inner.rules", Rule("inner"));
  const std::string outer = Write("outer.rules", "include sub/inner.rules\n" + Rule("outer"));
  StatusOr<std::vector<unspin::Rule>> rules = LoadRules({outer});
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->size(), 2u);
}

TEST_F(RuleLoaderTest, RefusesCircularIncludes) {
  const std::string a = Write("a.rules", "include b.rules\n" + Rule("a"));
  Write("b.rules", "include a.rules\n" + Rule("b"));
  StatusOr<std::vector<unspin::Rule>> rules = LoadRules({a});
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("b.rules:1: circular include of"), std::string::npos)
      << rules.status().message();
}

TEST_F(RuleLoaderTest, RefusesDuplicateIdsAcrossFilesNamingBothPlaces) {
  const std::string a = Write("a.rules", Rule("same"));
  const std::string b = Write("b.rules", "\n" + Rule("same"));
  StatusOr<std::vector<unspin::Rule>> rules = LoadRules({a, b});
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().message(),
            b + ":2: duplicate rule id 'same' (first defined at " + a + ":1)");
}

TEST_F(RuleLoaderTest, RefusesTheWholeSetWhenOneFileIsBroken) {
  Write("good.rules", Rule("good"));
  Write("zbad.rules", "rule bad\n  spun: x\n");
  StatusOr<std::vector<unspin::Rule>> rules = LoadRules({dir_.string()});
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("zbad.rules:1: rule 'bad' has no 'restore:' line"),
            std::string::npos);
}

TEST_F(RuleLoaderTest, ReportsAMissingFile) {
  StatusOr<std::vector<unspin::Rule>> rules = LoadRules({(dir_ / "missing.rules").string()});
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("cannot read rule file"), std::string::npos);
}

std::string RuleWithPattern(const std::string& pattern) {
  return "rule said.mentioned\n  spun: mentioned\n  restore: said\n  after: " + pattern + "\n";
}

size_t LineCount(const fs::path& path) {
  std::ifstream in(path);
  size_t lines = 0;
  for (std::string line; std::getline(in, line);) ++lines;
  return lines;
}

TEST_F(RuleLoaderTest, RecordsAValidatedRuleSetOnceAndTrustsItAfter) {
  const std::string file = Write("a.rules", RuleWithPattern("that|,"));
  const ValidationCache cache((dir_ / "cache" / "validated-rules").string());
  ASSERT_TRUE(LoadRules({file}, {cache}).ok());
  EXPECT_EQ(LineCount(dir_ / "cache" / "validated-rules"), 1u);
  StatusOr<std::vector<unspin::Rule>> again = LoadRules({file}, {cache});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(LineCount(dir_ / "cache" / "validated-rules"), 1u);  // found, not added
  // A pattern from a trusted file still compiles, when first used.
  EXPECT_TRUE(RE2::PartialMatch("that the", again.value()[0].conditions[0].pattern->regex()));
}

TEST_F(RuleLoaderTest, AnEditedRuleFileIsValidatedAgain) {
  const std::string file = Write("a.rules", RuleWithPattern("that|,"));
  const ValidationCache cache((dir_ / "validated-rules").string());
  ASSERT_TRUE(LoadRules({file}, {cache}).ok());
  Write("a.rules", RuleWithPattern("that|(,"));
  StatusOr<std::vector<unspin::Rule>> broken = LoadRules({file}, {cache});
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("a.rules:4: bad pattern in 'after:'"),
            std::string::npos)
      << broken.status().message();
  EXPECT_EQ(LineCount(dir_ / "validated-rules"), 1u);  // a broken set is never recorded
}

TEST_F(RuleLoaderTest, ALineMadeWithoutTheCachesKeyVouchesForNothing) {
  const std::string file = Write("a.rules", RuleWithPattern("(?=that)"));
  const ValidationCache cache((dir_ / "cache" / "validated-rules").string());
  ASSERT_TRUE(cache.Key().has_value());
  // The line a validation would have recorded, made with a key of one's own.
  RuleSetFingerprint forged(SipHash::Key{1, 2});
  forged.Add(fs::weakly_canonical(file).string(), RuleWithPattern("(?=that)"));
  cache.Add(forged.value());
  EXPECT_FALSE(LoadRules({file}, {cache}).ok());
}

TEST_F(RuleLoaderTest, AKeyFileOthersCanReadIsNotTrusted) {
  const ValidationCache cache((dir_ / "cache" / "validated-rules").string());
  const std::optional<SipHash::Key> key = cache.Key();
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(cache.Key(), key);  // made once, then read
  EXPECT_EQ(fs::status(dir_ / "cache" / "key").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
  fs::permissions(dir_ / "cache" / "key", fs::perms::group_read | fs::perms::others_read,
                  fs::perm_options::add);
  EXPECT_FALSE(cache.Key().has_value());
}

TEST_F(RuleLoaderTest, ADisabledCacheValidatesEveryTime) {
  const ValidationCache disabled("");
  EXPECT_FALSE(disabled.enabled());
  const std::string file = Write("a.rules", RuleWithPattern("(unclosed"));
  EXPECT_FALSE(LoadRules({file}, {disabled}).ok());
}

// Lists files shared by the rule files of a pack (rules/README.md, "Word
// lists").

std::string RuleAfter(const std::string& id, const std::string& pattern) {
  return "rule " + id + "\n  spun: " + id + "x\n  restore: " + id + "\n  after: " + pattern + "\n";
}

TEST_F(RuleLoaderTest, EveryFileOfAPackImportsTheSameListsFile) {
  Write("words.lists", "list @day = monday\n  | tuesday\nlist @week = @day | sunday\n");
  Write("a.rules", "import words.lists\n" + RuleAfter("a", "@week"));
  Write("b.rules", "import words.lists\n" + RuleAfter("b", "on @day"));
  StatusOr<std::vector<unspin::Rule>> rules = LoadRules({dir_.string()}, {ValidationCache("")});
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  ASSERT_EQ(rules->size(), 2u);
  EXPECT_EQ(rules.value()[0].conditions[0].pattern->pattern(), "monday|tuesday|sunday");
  EXPECT_EQ(rules.value()[1].conditions[0].pattern->pattern(), "on (?:monday|tuesday)");
}

TEST_F(RuleLoaderTest, ReportsTheErrorsOfAListsFileOnce) {
  Write("words.lists", "list @day = monday | @wekday\n");
  const std::string a = Write("a.rules", "import words.lists\n" + RuleAfter("a", "@day"));
  const std::string b = Write("b.rules", "import words.lists\n" + RuleAfter("b", "@day"));
  StatusOr<std::vector<unspin::Rule>> rules = LoadRules({a, b}, {ValidationCache("")});
  ASSERT_FALSE(rules.ok());
  const std::string words = (dir_ / "words.lists").string();
  EXPECT_EQ(rules.status().message(),
            a + ":1: cannot import 'words.lists': '" + words + "' has errors:\n" + words +
                ":1: undefined list '@wekday'\n" + b + ":1: cannot import 'words.lists': '" +
                words + "' has errors (reported above)");
}

TEST_F(RuleLoaderTest, RefusesAFileWithRulesACircleAndAMissingFile) {
  Write("rules.lists", "list @x = a\n" + RuleAfter("r", "a"));
  Write("one.lists", "import two.lists\nlist @one = a\n");
  Write("two.lists", "import one.lists\nlist @two = b\n");
  const std::string file = Write(
      "a.rules", "import rules.lists\nimport one.lists\nimport none.lists\n" + RuleAfter("a", "a"));
  StatusOr<std::vector<unspin::Rule>> rules = LoadRules({file}, {ValidationCache("")});
  ASSERT_FALSE(rules.ok());
  const std::string& message = rules.status().message();
  EXPECT_NE(message.find(file + ":1: cannot import 'rules.lists': '" +
                         (dir_ / "rules.lists").string() +
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

TEST_F(RuleLoaderTest, AChangedListsFileIsValidatedAgain) {
  // The rule file is the same; what its pattern expands to is not.
  Write("words.lists", "list @x = that | ,\n");
  const std::string file = Write("a.rules", "import words.lists\n" + RuleAfter("a", "@x"));
  const ValidationCache cache((dir_ / "validated-rules").string());
  ASSERT_TRUE(LoadRules({file}, {cache}).ok());
  Write("words.lists", "list @x = that | (,\n");
  StatusOr<std::vector<unspin::Rule>> broken = LoadRules({file}, {cache});
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("a.rules:5: bad pattern in 'after:'"),
            std::string::npos)
      << broken.status().message();
}

TEST_F(RuleLoaderTest, ListsDefinedInAFileLeaveOutWhatItImports) {
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
