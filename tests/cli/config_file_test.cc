#include "cli/config_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace unspin {
namespace {

namespace fs = std::filesystem;

TEST(ConfigFile, ReadsEveryKnownKey) {
  const StatusOr<ConfigFile> config = ParseConfigFile(
      "pack = ['news', 'science']\n"
      "add-rules = 'farm.rules'\n"
      "dict = ['/abs/words.txt']\n"
      "disable = ['mined.*', 'tortured']\n"
      "enable = 'mined.good'\n"
      "spell = 'off'\n"
      "min-confidence = 0.7\n"
      "min-score = 1\n"
      "threshold = 0.75\n",
      "proj/.unspin.toml");
  ASSERT_TRUE(config.ok()) << config.status().message();
  EXPECT_EQ(*config->packs, (std::vector<std::string>{"news", "science"}));
  // Relative paths are relative to the file.
  EXPECT_EQ(*config->added_rules, (std::vector<std::string>{"proj/farm.rules"}));
  EXPECT_EQ(*config->dicts, (std::vector<std::string>{"/abs/words.txt"}));
  EXPECT_EQ(config->disable, (std::vector<std::string>{"mined.*", "tortured"}));
  EXPECT_EQ(config->enable, (std::vector<std::string>{"mined.good"}));
  EXPECT_EQ(*config->spell, "off");
  EXPECT_EQ(*config->min_confidence, 0.7);
  EXPECT_EQ(*config->min_score, 1.0);
  EXPECT_EQ(*config->threshold, 0.75);
  EXPECT_FALSE(config->rules.has_value());
}

TEST(ConfigFile, ReportsAnUnknownKeyWithItsLineAndTheClosestKey) {
  const StatusOr<ConfigFile> config =
      ParseConfigFile("spell = 'off'\n\ndisabel = ['x']\n", ".unspin.toml");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().message(),
            ".unspin.toml:3: unknown key 'disabel' (did you mean 'disable'?)");
}

TEST(ConfigFile, ReportsWrongTypesAndChoicesWithTheirLines) {
  const struct {
    const char* text;
    const char* message;
  } cases[] = {
      {"spell = 'loud'\n", "c.toml:1: 'spell' must be one of report, fix, off, not 'loud'"},
      {"\nthreshold = 'high'\n", "c.toml:2: 'threshold' must be a number"},
      {"min-confidence = 2\n", "c.toml:1: 'min-confidence' must be between 0 and 1"},
      {"pack = 3\n", "c.toml:1: 'pack' must be a string or an array of strings"},
      {"disable = ['a', 1]\n", "c.toml:1: 'disable' must hold strings only"},
  };
  for (const auto& row : cases) {
    const StatusOr<ConfigFile> config = ParseConfigFile(row.text, "c.toml");
    ASSERT_FALSE(config.ok()) << row.text;
    EXPECT_EQ(config.status().message(), row.message) << row.text;
  }
}

TEST(ConfigFile, ReportsATomlSyntaxErrorWithItsLine) {
  const StatusOr<ConfigFile> config = ParseConfigFile("spell = 'off'\npack = [\n", "c.toml");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().message().rfind("c.toml:", 0), 0u) << config.status().message();
}

class ConfigSearch : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("config_search_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "repo/.git");
    fs::create_directories(root_ / "repo/docs/deep");
  }
  void TearDown() override { fs::remove_all(root_); }
  void Touch(const fs::path& path) { std::ofstream(path) << ""; }
  fs::path root_;
};

TEST_F(ConfigSearch, FindsTheNearestFileUpward) {
  Touch(root_ / "repo/.unspin.toml");
  EXPECT_EQ(FindConfigFile((root_ / "repo/docs/deep").string()),
            (root_ / "repo/.unspin.toml").string());
  Touch(root_ / "repo/docs/.unspin.toml");
  EXPECT_EQ(FindConfigFile((root_ / "repo/docs/deep").string()),
            (root_ / "repo/docs/.unspin.toml").string());
}

TEST_F(ConfigSearch, StopsAtTheRepositoryRoot) {
  Touch(root_ / ".unspin.toml");  // above the repository: another project's
  EXPECT_EQ(FindConfigFile((root_ / "repo/docs/deep").string()), "");
}

}  // namespace
}  // namespace unspin
