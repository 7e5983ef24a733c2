// Golden end-to-end cases over corpus/, with the default pack, the shipped
// vocabulary and the backoff model the build makes (when Debian's
// pocketsphinx-en-us is installed; without it the snapshots of spun text,
// made with it, are skipped): one test per file.
//
//   corpus/news/NAME.spun.txt     spun text written by the project
//   corpus/news/NAME.unspin.txt   what unspin made of it, reviewed and kept
//   corpus/clean/*.txt            clean text that must come out unchanged
//   tests/golden/paraphrase-db/   short spun paragraphs in the WordAI /
//                                 paraphrase-database family's style, written
//                                 for rules/news/paraphrase-db.rules (kept out
//                                 of corpus/ so that they do not move its figures)
//
// After an intended change of behaviour, refresh the snapshots with
//   UNSPIN_UPDATE_GOLDEN=1 build/unspin_tests --gtest_filter='Golden*'
// and review the diff (git diff corpus/) before committing it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/defaults.h"
#include "pipeline/restorer.h"
#include "test_paths.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

const Restorer& DefaultRestorer() {
  static const std::unique_ptr<Restorer> restorer = [] {
    RestorerOptions options;
    options.rule_paths = {testing::SourcePath("rules/news")};
    options.inflection_table_path = testing::SourcePath("dictionaries/english-inflections.tsv");
    // The shipped configuration: rules scored in context by the shipped
    // vocabulary and the generated backoff model, with the default
    // thresholds.
    options.vocabulary_path = testing::SourcePath("dictionaries/english.vocab");
    options.backoff_model_path = testing::GeneratedModelPath();
    options.min_confidence = 0.0;
    StatusOr<std::unique_ptr<Restorer>> created = Restorer::Create(options);
    if (!created.ok()) throw std::runtime_error(created.status().message());
    return std::move(created.value());
  }();
  return *restorer;
}

std::vector<std::string> FilesEndingWith(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(testing::SourcePath(dir), error)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(suffix)) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string TestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).filename().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

class GoldenSpun : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenSpun, RestoresAsTheReviewedSnapshot) {
  const fs::path spun = GetParam();
  std::string stem = spun.filename().string();
  stem.resize(stem.size() - std::string(".spun.txt").size());
  const fs::path snapshot = spun.parent_path() / (stem + ".unspin.txt");
  if (testing::GeneratedModelPath().empty()) {
    GTEST_SKIP() << "the snapshots are made with the backoff model, which was not built";
  }
  const std::string output = DefaultRestorer().Restore(ReadFile(spun)).text;
  if (std::getenv("UNSPIN_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(snapshot, std::ios::binary) << output;
    GTEST_SKIP() << "updated " << snapshot;
  }
  ASSERT_TRUE(fs::exists(snapshot)) << snapshot << " is missing; see the comment at the top";
  EXPECT_EQ(output, ReadFile(snapshot)) << "restoring " << spun;
}

INSTANTIATE_TEST_SUITE_P(Corpus, GoldenSpun,
                         ::testing::ValuesIn(FilesEndingWith("corpus/news", ".spun.txt")),
                         TestName);
INSTANTIATE_TEST_SUITE_P(ParaphraseDb, GoldenSpun,
                         ::testing::ValuesIn(FilesEndingWith("tests/golden/paraphrase-db", ".spun.txt")),
                         TestName);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenSpun);

class GoldenClean : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenClean, ComesOutUnchanged) {
  const std::string input = ReadFile(GetParam());
  const Restoration result = DefaultRestorer().Restore(input);
  for (const Edit& edit : result.edits) {
    ADD_FAILURE() << GetParam() << ": byte " << edit.span.begin << ": '" << edit.original
                  << "' -> '" << edit.replacement << "' by rule "
                  << DefaultRestorer().rules().rules()[edit.rule_index].id;
  }
  EXPECT_EQ(result.text, input);
}

INSTANTIATE_TEST_SUITE_P(Corpus, GoldenClean,
                         ::testing::ValuesIn(FilesEndingWith("corpus/clean", ".txt")), TestName);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenClean);

}  // namespace
}  // namespace unspin
