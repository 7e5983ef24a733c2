// `unspin lexicon build` and `unspin lexicon lookup` through the real binary,
// on the hand-written thesauri of tests/lexicon/lexicon_fixtures.h.
#include <cstdlib>

#include "cli/cli_fixture.h"
#include "lexicon/lexicon_fixtures.h"

namespace unspin {
namespace {

class LexiconCliTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    fs::create_directories(dir_ / "wordnet");
    for (const auto& [name, text] : testing::WordNetFiles()) Write("wordnet/" + name, text);
    Write("th.dat", testing::kMythes);
    fs::create_directories(dir_ / "moby");
    Write("moby/words.dat", testing::MobyWordsDat());
    Write("moby/meanings.dat", testing::MobyMeaningsDat());
  }

  // Builds lx.bin from the fixtures, Moby's from `moby`.
  Result Build(const std::string& moby = "moby") {
    return Unspin("lexicon build --wordnet wordnet --mythes th.dat --moby " + moby + " -o lx.bin");
  }
};

TEST_F(LexiconCliTest, BuildsALexiconAndPrintsReinflectedCandidatesWithTheirSources) {
  const Result build = Build();
  ASSERT_EQ(build.exit_code, 0) << build.err;
  EXPECT_NE(build.err.find("sources wordnet+mythes+moby"), std::string::npos) << build.err;
  const Result lookup = Unspin("lexicon lookup --lexicon lx.bin Mentioned 'took part'");
  ASSERT_EQ(lookup.exit_code, 0) << lookup.err;
  EXPECT_NE(lookup.out.find("mentioned: "), std::string::npos) << lookup.out;
  EXPECT_NE(lookup.out.find("  said                     verb past        wordnet+mythes       "
                            "direct  wordnet#1 mythes#1     via mention\n"),
            std::string::npos)
      << lookup.out;
  EXPECT_NE(lookup.out.find("stated"), std::string::npos) << lookup.out;
  EXPECT_NE(lookup.out.find("took part: "), std::string::npos) << lookup.out;
  EXPECT_NE(lookup.out.find("  participated "), std::string::npos) << lookup.out;
}

TEST_F(LexiconCliTest, ExcludedSourcesProposeNothing) {
  ASSERT_EQ(Build().exit_code, 0);
  const Result lookup = Unspin("lexicon lookup --lexicon lx.bin --exclude mythes,moby stated bash");
  ASSERT_EQ(lookup.exit_code, 0) << lookup.err;
  EXPECT_EQ(lookup.out, "stated: 0 candidates\nbash: 0 candidates\n");
}

TEST_F(LexiconCliTest, LimitCapsTheCandidatesPrinted) {
  ASSERT_EQ(Build().exit_code, 0);
  const Result lookup = Unspin("lexicon lookup --lexicon lx.bin --limit 1 party");
  ASSERT_EQ(lookup.exit_code, 0) << lookup.err;
  EXPECT_TRUE(lookup.out.starts_with("party: ")) << lookup.out;
  EXPECT_EQ(std::count(lookup.out.begin(), lookup.out.end(), '\n'), 2) << lookup.out;
}

TEST_F(LexiconCliTest, AThesaurusThatIsNotInstalledIsLeftOutWithAWarning) {
  const Result build = Build("no-such-dir");
  ASSERT_EQ(build.exit_code, 0) << build.err;
  EXPECT_NE(build.err.find("unspin: warning: Moby not found (no-such-dir; Debian package "
                           "libaiksaurus-1.2-data): the lexicon leaves it out"),
            std::string::npos)
      << build.err;
  EXPECT_NE(build.err.find("sources wordnet+mythes;"), std::string::npos) << build.err;
  EXPECT_EQ(Unspin("lexicon lookup --lexicon lx.bin bash").out, "bash: 0 candidates\n");
}

TEST_F(LexiconCliTest, BuildsAnEmptyLexiconWhenNoThesaurusIsInstalled) {
  const Result build = Unspin("lexicon build --wordnet none --mythes none --moby none -o lx.bin");
  ASSERT_EQ(build.exit_code, 0) << build.err;
  EXPECT_NE(build.err.find("sources -;"), std::string::npos) << build.err;
  EXPECT_EQ(Unspin("lexicon lookup --lexicon lx.bin party").out, "party: 0 candidates\n");
}

TEST_F(LexiconCliTest, AMalformedThesaurusIsAnErrorNamingItsLine) {
  Write("th.dat", "UTF-8\nmention|2\n(verb)|say\n");
  const Result build = Build();
  EXPECT_EQ(build.exit_code, 2);
  EXPECT_EQ(build.err,
            "unspin: error: th.dat:2: entry 'mention' promises 2 sense lines but the file ends "
            "after 1\n");
  EXPECT_FALSE(fs::exists(dir_ / "lx.bin"));
}

TEST_F(LexiconCliTest, AnUnknownSourceNameIsAnError) {
  ASSERT_EQ(Build().exit_code, 0);
  const Result lookup = Unspin("lexicon lookup --lexicon lx.bin --exclude moby,roget party");
  EXPECT_EQ(lookup.exit_code, 2);
  EXPECT_EQ(lookup.err,
            "unspin: error: --exclude: unknown lexicon source 'roget' (expected wordnet, mythes "
            "or moby)\n");
}

TEST_F(LexiconCliTest, ALexiconThatIsNotOneIsAnErrorNamingIt) {
  Write("words.txt", std::string(300, 'x'));
  const Result lookup = Unspin("lexicon lookup --lexicon words.txt party");
  EXPECT_EQ(lookup.exit_code, 2);
  EXPECT_EQ(lookup.err,
            "unspin: error: lexicon 'words.txt': not an unspin lexicon file (build one with "
            "'unspin lexicon build')\n");
}

TEST_F(LexiconCliTest, FindsTheLexiconUnderTheDataDirectory) {
  fs::create_directories(dir_ / "dictionaries");
  fs::copy(testing::SourcePath("rules"), dir_ / "rules", fs::copy_options::recursive);
  ASSERT_EQ(Unspin("lexicon build --wordnet wordnet --mythes th.dat --moby moby "
                   "-o dictionaries/lexicon.bin")
                .exit_code,
            0);
  setenv("UNSPIN_DATA_DIR", dir_.c_str(), 1);
  const Result lookup = Unspin("lexicon lookup --limit 1 stated");
  unsetenv("UNSPIN_DATA_DIR");
  ASSERT_EQ(lookup.exit_code, 0) << lookup.err;
  EXPECT_TRUE(lookup.out.starts_with("stated: 1 candidates\n  mentioned ")) << lookup.out;
}

}  // namespace
}  // namespace unspin
