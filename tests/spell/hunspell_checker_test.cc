#include "spell/hunspell_checker.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_paths.h"

namespace unspin {
namespace {

std::unique_ptr<HunspellChecker> EnglishChecker(std::vector<std::string> word_lists = {}) {
  StatusOr<DictionaryFiles> files = FindHunspellDictionary("en_US");
  EXPECT_TRUE(files.ok()) << files.status().message();
  files->word_lists = std::move(word_lists);
  StatusOr<std::unique_ptr<HunspellChecker>> checker = HunspellChecker::Open(files.value());
  EXPECT_TRUE(checker.ok()) << checker.status().message();
  return std::move(checker.value());
}

TEST(HunspellChecker, AcceptsEnglishAndRejectsMisspellings) {
  auto checker = EnglishChecker();
  EXPECT_TRUE(checker->Check("restoration"));
  EXPECT_TRUE(checker->Check("didn\u2019t")) << "curly apostrophes are folded by the .aff";
  EXPECT_FALSE(checker->Check("restoraton"));
  EXPECT_FALSE(checker->Check("restoraton")) << "cached answers stay the same";
}

TEST(HunspellChecker, SuggestsSomethingForAMisspelling) {
  auto checker = EnglishChecker();
  // No exact list: Hunspell's suggestion search is time-limited.
  EXPECT_FALSE(checker->Suggest("goverment").empty());
}

TEST(HunspellChecker, SkipsOverlongTokens) {
  auto checker = EnglishChecker();
  EXPECT_TRUE(checker->Check(std::string(300, 'x')));
}

TEST(HunspellChecker, AddsPersonalWordLists) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "unspin_personal_words.txt").string();
  std::ofstream(path) << "# my words\nunspinnable\n\n";
  auto checker = EnglishChecker({path});
  EXPECT_TRUE(checker->Check("unspinnable"));
  std::filesystem::remove(path);
}

TEST(HunspellChecker, ConvertsToALatin1DictionarysEncoding) {
  DictionaryFiles files{testing::SourcePath("tests/data/latin1.aff"),
                        testing::SourcePath("tests/data/latin1.dic"), {}};
  StatusOr<std::unique_ptr<HunspellChecker>> checker = HunspellChecker::Open(files);
  ASSERT_TRUE(checker.ok()) << checker.status().message();
  EXPECT_EQ((*checker)->encoding(), "ISO8859-1");
  EXPECT_TRUE((*checker)->Check("caf\u00E9"));
  EXPECT_TRUE((*checker)->Check("na\u00EFve"));
  EXPECT_FALSE((*checker)->Check("cafe"));
  // A character Latin-1 cannot encode can never be in the dictionary.
  EXPECT_FALSE((*checker)->Check("caf\u0113"));
  for (const std::string& suggestion : (*checker)->Suggest("cafe")) {
    EXPECT_EQ(suggestion, "caf\u00E9") << "suggestions come back as UTF-8";
  }
}

TEST(HunspellChecker, ReportsMissingFilesAndLanguages) {
  StatusOr<std::unique_ptr<HunspellChecker>> checker =
      HunspellChecker::Open({"/nonexistent.aff", "/nonexistent.dic", {}});
  ASSERT_FALSE(checker.ok());
  EXPECT_EQ(checker.status().message(), "cannot read spelling dictionary '/nonexistent.aff'");
  StatusOr<DictionaryFiles> missing = FindHunspellDictionary("xx_XX");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no Hunspell dictionary for 'xx_XX'"),
            std::string::npos);
}

}  // namespace
}  // namespace unspin
