// The spell stage's findings on the project's corpus, through the real
// binary, against those recorded before the stage was made faster
// (tests/data/corpus_spell_findings.txt): speed work must not change what
// is reported or suggested.
#include <algorithm>
#include <string>
#include <vector>

#include "cli/cli_fixture.h"

namespace unspin {
namespace {

TEST_F(CliTest, SpellReportOnTheCorpusIsAsRecorded) {
  std::vector<std::string> files;
  for (const char* folder : {"corpus/news", "corpus/clean", "corpus/science"}) {
    for (const auto& entry : fs::directory_iterator(testing::SourcePath(folder))) {
      if (entry.path().extension() == ".txt") {
        files.push_back(std::string(folder) + "/" + entry.path().filename().string());
      }
    }
  }
  std::sort(files.begin(), files.end());  // as the shell's glob gave them
  std::string args = "--spell=report";
  for (const std::string& file : files) args += " '" + testing::SourcePath(file) + "'";
  const Result run = Unspin(args);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string findings = run.err;
  const std::string root = testing::SourcePath("");
  for (size_t at; (at = findings.find(root)) != std::string::npos;) findings.erase(at, root.size());
  EXPECT_EQ(findings, ReadFile(testing::SourcePath("tests/data/corpus_spell_findings.txt")));
}

}  // namespace
}  // namespace unspin
