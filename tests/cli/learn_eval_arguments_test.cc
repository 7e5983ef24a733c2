// learn and eval name their texts the same way (--original, --spun); the
// old positional forms still work with a note; learn warns of rules that
// run from common words to rare ones. Through the real binary.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

class LearnEvalArgumentsTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("o.txt", "The mayor said the vote passed.\nThe governor said the talks failed.\n");
    Write("s.txt",
          "The mayor mentioned the vote passed.\nThe governor mentioned the talks failed.\n");
  }
};

TEST_F(LearnEvalArgumentsTest, LearnTakesOriginalAndSpunByName) {
  const Result named = Unspin("learn --spun s.txt --original o.txt");
  ASSERT_EQ(named.exit_code, 0) << named.err;
  EXPECT_NE(named.out.find("rule said.mentioned\n"), std::string::npos) << named.out;
  EXPECT_EQ(named.err.find("deprecated"), std::string::npos) << named.err;
  EXPECT_EQ(named.err.find("swapped"), std::string::npos) << named.err;
}

TEST_F(LearnEvalArgumentsTest, PositionalFormsStillWorkWithADeprecationNote) {
  const Result learn = Unspin("learn o.txt s.txt");
  ASSERT_EQ(learn.exit_code, 0) << learn.err;
  EXPECT_NE(learn.out.find("rule said.mentioned\n"), std::string::npos) << learn.out;
  EXPECT_NE(learn.err.find("unspin: note: 'learn ORIGINAL SPUN' is deprecated"),
            std::string::npos)
      << learn.err;
  EXPECT_NE(learn.err.find("use 'learn --original o.txt --spun s.txt'"), std::string::npos);
  const Result eval = Unspin("eval --no-vocab --spell=off s.txt o.txt");
  ASSERT_EQ(eval.exit_code, 0) << eval.err;
  EXPECT_NE(eval.err.find("use 'eval --spun s.txt --original o.txt'"), std::string::npos)
      << eval.err;
}

TEST_F(LearnEvalArgumentsTest, EvalTakesTheSameNamesAsLearn) {
  const Result positional = Unspin("eval --json --no-vocab --spell=off s.txt o.txt");
  const Result named = Unspin("eval --json --no-vocab --spell=off --original o.txt --spun s.txt");
  ASSERT_EQ(named.exit_code, 0) << named.err;
  EXPECT_EQ(named.out, positional.out);
  EXPECT_EQ(named.err.find("deprecated"), std::string::npos) << named.err;
}

TEST_F(LearnEvalArgumentsTest, MissingSidesAndMixedFormsAreUsageErrors) {
  const Result missing = Unspin("learn --original o.txt");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("learn needs --original PATH and --spun PATH"), std::string::npos)
      << missing.err;
  const Result mixed = Unspin("learn --original o.txt s.txt");
  EXPECT_EQ(mixed.exit_code, 2) << mixed.err;
}

TEST_F(LearnEvalArgumentsTest, LearnWarnsWhenTheTextsLookSwapped) {
  // Learned the wrong way round: 'said' -> 'mentioned', common to rare.
  const Result run = Unspin("learn --original s.txt --spun o.txt");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("unspin: warning: 1 of 1 learned rules restore a wording much rarer in "
                         "the reference vocabulary than the spun one ('said' -> 'mentioned'); "
                         "spinners do the opposite: are --original and --spun swapped?"),
            std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace unspin
