// --disable/--enable and .unspin.toml, through the real binary.
#include "cli/cli_fixture.h"
#include "cli/two_rules.h"

namespace unspin {
namespace {

constexpr const char* kSpun = "He mentioned it and referred to as for calm.\n";

class ConfigTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("r.rules", kTwoRules);
  }
  Result Run(const std::string& args) {
    return Unspin("--spell=off --no-vocab --rules r.rules " + args, kSpun);
  }
};

TEST_F(ConfigTest, DisableTurnsOffRulesByIdGlobOrCategory) {
  EXPECT_EQ(Run("").out, "He said it and called for calm.\n");
  EXPECT_EQ(Run("--disable said.mentioned").out, "He mentioned it and called for calm.\n");
  EXPECT_EQ(Run("--disable 'said.*' --disable artefact").out, kSpun);
}

TEST_F(ConfigTest, EnableKeepsOneRuleOfADisabledCategory) {
  EXPECT_EQ(Run("--disable reporting-verb --enable said.mentioned").out,
            "He said it and called for calm.\n");
}

TEST_F(ConfigTest, APatternThatMatchesNoRuleIsWarnedOfWithTheClosestName) {
  const Result run = Run("--disable said.mentiond");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "He said it and called for calm.\n");
  EXPECT_NE(run.err.find("unspin: warning: command line: disable 'said.mentiond' matches no rule "
                         "id or category (did you mean 'said.mentioned'?)"),
            std::string::npos)
      << run.err;
}

TEST_F(ConfigTest, TheConfigFileInTheCurrentDirectoryIsRead) {
  Write(".unspin.toml", "disable = ['said.*']\n");
  EXPECT_EQ(Run("").out, "He mentioned it and called for calm.\n");
  EXPECT_EQ(Run("--no-config").out, "He said it and called for calm.\n");
}

TEST_F(ConfigTest, TheCommandLineWinsOverTheFile) {
  Write(".unspin.toml", "disable = ['said.*']\nthreshold = 1.0\n");
  EXPECT_EQ(Run("--enable said.mentioned").out, "He said it and called for calm.\n");
  // threshold = 1 in the file: nothing is spun (the built-in detector says
  // 0.9 at most) ...
  EXPECT_EQ(Run("--check").exit_code, 0);
  // ... unless the command line says otherwise.
  EXPECT_EQ(Run("--check --threshold 0.5").exit_code, 1);
}

TEST_F(ConfigTest, ConfigNamesAFileAndItsRelativePathsAreItsOwn) {
  fs::create_directories(dir_ / "settings");
  Write("settings/mine.rules",
        "rule said.mentioned\n  spun: mentioned\n  restore: told\n  certain: yes\n");
  Write("settings/unspin.toml", "rules = 'mine.rules'\n");
  const Result run = Unspin("--spell=off --no-vocab --config settings/unspin.toml", kSpun);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "He told it and referred to as for calm.\n");
  const Result missing = Unspin("--config nowhere.toml", kSpun);
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("cannot open config file 'nowhere.toml'"), std::string::npos)
      << missing.err;
}

TEST_F(ConfigTest, TheNearestFileAboveIsReadAndItsRuleFilesAddUp) {
  // A repository whose settings name its rules, and more rules on top.
  fs::create_directories(dir_ / "proj/.git");
  fs::create_directories(dir_ / "proj/docs/deep");
  Write("proj/r.rules", kTwoRules);
  Write("proj/extra.rules",
        "rule factory.plant\n  spun: plant\n  restore: factory\n  certain: yes\n");
  Write("proj/.unspin.toml", "rules = 'r.rules'\nadd-rules = ['extra.rules']\nspell = 'off'\n");
  Write("in.txt", "He mentioned teh plant.\n");
  const std::string command = "cd '" + (dir_ / "proj/docs/deep").string() + "' && '" +
                              testing::BinaryPath() + "' --no-vocab < '" +
                              (dir_ / "in.txt").string() + "' > '" + (dir_ / "out").string() +
                              "' 2> '" + (dir_ / "err").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << ReadFile(dir_ / "err");
  EXPECT_EQ(ReadFile(dir_ / "out"), "He said teh factory.\n");
  EXPECT_EQ(ReadFile(dir_ / "err"), "") << "spell = 'off': no report of 'teh'";
}

TEST_F(ConfigTest, AnUnknownKeyIsAnErrorNamingFileLineAndTheClosestKey) {
  Write(".unspin.toml", "# settings\nspel = 'off'\n");
  const Result run = Run("");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "unspin: error: .unspin.toml:2: unknown key 'spel' (did you mean "
                     "'spell'?)\n");
  EXPECT_EQ(run.out, "");
}

TEST_F(ConfigTest, JsonlReadsTheConfigFileToo) {
  Write(".unspin.toml", "disable = ['said.*']\n");
  const Result run = Unspin("--spell=off --no-vocab --rules r.rules --jsonl",
                            "{\"text\": \"He mentioned it.\"}\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  // The record passes through as it was; the disabled rule made no edit.
  EXPECT_EQ(run.out.rfind("{\"text\": \"He mentioned it.\",", 0), 0u) << run.out;
  EXPECT_NE(run.out.find("\"edits\":[]"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace unspin
