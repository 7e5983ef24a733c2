// --format=lint and --format=sarif, --diff's exit status, and the
// file names that --word-diff and --explain give over several inputs; end
// to end through the real binary.
#include <nlohmann/json.hpp>

#include "cli/cli_fixture.h"
#include "cli/two_rules.h"

namespace unspin {
namespace {

using nlohmann::json;

// Line 2, column 5 (after "Año ", in code points; byte 19) and line 3,
// column 4 (byte 47).
constexpr const char* kSpun =
    "Nothing here.\n"
    "Año referred to as for calm.\n"
    "He mentioned so.\n";

class OutputFormatTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("r.rules", kTwoRules);
  }
  Result Run(const std::string& args, const std::string& input = "") {
    return Unspin("--spell=off --no-vocab --no-config --rules r.rules " + args, input);
  }
};

TEST_F(OutputFormatTest, LintPrintsOneLinePerEditWithFileLineAndColumn) {
  Write("a.txt", kSpun);
  const Result run = Run("--format=lint a.txt");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.out,
            "a.txt:2:5: called-for.referred-to-as-for: 'referred to as for' -> 'called for'\n"
            "a.txt:3:4: said.mentioned: 'mentioned' -> 'said'\n");
}

TEST_F(OutputFormatTest, LintOfCleanTextPrintsNothingAndExitsZero) {
  Write("clean.txt", "Nothing to change.\n");
  const Result run = Run("--format=lint clean.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "");
}

TEST_F(OutputFormatTest, LintReportsSpellingFindingsInTheSameForm) {
  const Result run = Unspin("--no-config --no-vocab --rules r.rules --spell=report --format=lint",
                            "He mentioned teh plan.\n");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("<stdin>:1:4: said.mentioned: 'mentioned' -> 'said'\n"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("<stdin>:1:14: spelling: 'teh'"), std::string::npos) << run.out;
  // Not also on stderr: the report is the output.
  EXPECT_EQ(run.err.find("spelling"), std::string::npos) << run.err;
}

TEST_F(OutputFormatTest, LintQuotesAFileNameThatCouldForgeALine) {
  Write("evil\nx.txt:1:1: fake", kSpun);
  const Result run = Run("--format=lint \"$(printf 'evil\\nx.txt:1:1: fake')\"");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.out.rfind("\"evil\\nx.txt:1:1: fake\":2:5: ", 0), 0u) << run.out;
}

TEST_F(OutputFormatTest, LintWritesPlainNamesAsTheyAreForEditorsToOpen) {
  Write("my café.txt", kSpun);
  const Result run = Run("--format=lint 'my café.txt'");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.out.rfind("my café.txt:2:5: called-for.referred-to-as-for: ", 0), 0u) << run.out;
}

TEST_F(OutputFormatTest, SarifHasTheRequiredStructureRulesLocationsAndFixes) {
  Write("a b.txt", kSpun);
  Write("clean.txt", "Nothing to change.\n");
  const Result run = Run("--format=sarif 'a b.txt' clean.txt");
  ASSERT_EQ(run.exit_code, 1) << run.err;
  const json log = json::parse(run.out);
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_NE(log["$schema"].get<std::string>().find("sarif-schema-2.1.0"), std::string::npos);
  ASSERT_EQ(log["runs"].size(), 1u);
  const json& sarif_run = log["runs"][0];
  const json& driver = sarif_run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "unspin");
  ASSERT_EQ(driver["rules"].size(), 2u);
  EXPECT_EQ(driver["rules"][0]["id"], "called-for.referred-to-as-for");
  EXPECT_EQ(driver["rules"][1]["id"], "said.mentioned");
  EXPECT_EQ(driver["rules"][1]["properties"]["category"], "reporting-verb");
  const json& results = sarif_run["results"];
  ASSERT_EQ(results.size(), 2u);
  const json& first = results[0];
  EXPECT_EQ(first["ruleId"], "called-for.referred-to-as-for");
  EXPECT_EQ(first["ruleIndex"], 0);
  EXPECT_EQ(first["level"], "warning");
  EXPECT_FALSE(first["message"]["text"].get<std::string>().empty());
  const json& location = first["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"], "a%20b.txt");
  const json& region = location["region"];
  EXPECT_EQ(region["startLine"], 2);
  EXPECT_EQ(region["startColumn"], 5);
  EXPECT_EQ(region["endLine"], 2);
  EXPECT_EQ(region["endColumn"], 23);  // exclusive: 18 code points later
  EXPECT_EQ(region["byteOffset"], 19);  // "Año" is 4 bytes
  EXPECT_EQ(region["byteLength"], 18);
  const json& change = first["fixes"][0]["artifactChanges"][0];
  EXPECT_EQ(change["artifactLocation"]["uri"], "a%20b.txt");
  EXPECT_EQ(change["replacements"][0]["deletedRegion"], region);
  EXPECT_EQ(change["replacements"][0]["insertedContent"]["text"], "called for");
  EXPECT_EQ(results[1]["ruleIndex"], 1);
  EXPECT_EQ(results[1]["locations"][0]["physicalLocation"]["region"]["startLine"], 3);
}

TEST_F(OutputFormatTest, SarifOfCleanTextIsAnEmptyRunAndExitsZero) {
  const Result run = Run("--format=sarif", "Nothing to change.\n");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json log = json::parse(run.out);
  EXPECT_EQ(log["runs"][0]["results"], json::array());
  EXPECT_EQ(log["runs"][0]["tool"]["driver"]["rules"], json::array());
}

TEST_F(OutputFormatTest, DiffExitsOneWhenItPrintsChangesAndZeroWhenNot) {
  Write("a.txt", kSpun);
  Write("clean.txt", "Nothing to change.\n");
  EXPECT_EQ(Run("--diff a.txt").exit_code, 1);
  EXPECT_EQ(Run("--format=diff clean.txt a.txt").exit_code, 1);
  const Result clean = Run("--diff clean.txt");
  EXPECT_EQ(clean.exit_code, 0) << clean.err;
  EXPECT_EQ(clean.out, "");
}

TEST_F(OutputFormatTest, FormatNamesTheSameOutputsAsTheOldFlags) {
  Write("a.txt", kSpun);
  EXPECT_EQ(Run("--format=diff a.txt").out, Run("--diff a.txt").out);
  EXPECT_EQ(Run("--format=json a.txt").out, Run("--json a.txt").out);
  EXPECT_EQ(Run("--format=word-diff a.txt").out, Run("--word-diff a.txt").out);
  EXPECT_EQ(Run("--format=text a.txt").out, Run("a.txt").out);
}

TEST_F(OutputFormatTest, FormatAndAnotherModeFlagAreRefused) {
  const Result run = Run("--format=lint --json", "x\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("excludes"), std::string::npos) << run.err;
  const Result unknown = Run("--format=xml", "x\n");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("xml"), std::string::npos) << unknown.err;
}

TEST_F(OutputFormatTest, WordDiffOverSeveralFilesHeadsEachChangedFileAndSkipsTheOthers) {
  Write("a.txt", kSpun);
  Write("clean.txt", "Nothing to change.\n");
  const Result run = Run("--word-diff --color=never clean.txt a.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "--- a.txt\n+++ a.txt\nNothing here.\n"
            "Año [-referred to as for-]{+called for+} calm.\n"
            "He [-mentioned-]{+said+} so.\n");
}

TEST_F(OutputFormatTest, ExplainNamesTheFileAndLineOfEachCandidate) {
  Write("a.txt", kSpun);
  Write("b.txt", "He mentioned it.\n");
  const Result run = Run("--explain a.txt b.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("a.txt: spin probability:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("a.txt:3:4 (byte 47): 'mentioned' -> 'said'"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("b.txt:1:4 (byte 3): 'mentioned' -> 'said'"), std::string::npos)
      << run.err;
}

TEST_F(OutputFormatTest, BareColorDoesNotTakeTheNextArgument) {
  Write("a.txt", kSpun);
  const Result run = Run("--word-diff --color a.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\x1b["), std::string::npos) << "bare --color is always";
  EXPECT_NE(run.out.find("called for"), std::string::npos) << run.out;
  EXPECT_EQ(Run("--word-diff --color=never a.txt").out.find("\x1b["), std::string::npos);
}

}  // namespace
}  // namespace unspin
