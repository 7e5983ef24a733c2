// What --help shows and what a mistyped option gets, through the real
// binary.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

const char* const kCommands[] = {"",           "review",     "rules test",    "rules import",
                                 "rules list", "vocab build", "lm build",     "lm score", "lexicon build",
                                 "lexicon lookup", "learn",   "eval"};

TEST_F(CliTest, HelpShowsNoParserInternals) {
  for (const char* command : kCommands) {
    const Result run = Unspin(std::string(command) + " --help");
    ASSERT_EQ(run.exit_code, 0) << command << ": " << run.err;
    // A negated flag's value, and C++ types before a check's description.
    for (const char* noise : {"{false}", "{true}", "FLOAT:", "UINT:", "INT:", "TEXT:"}) {
      EXPECT_EQ(run.out.find(noise), std::string::npos)
          << "unspin " << command << " --help shows " << noise << ":\n" << run.out;
    }
  }
}

TEST_F(CliTest, HelpShowsRangesAndChoicesAndTheRealColorDefault) {
  const Result run = Unspin("--help");
  EXPECT_NE(run.out.find("--min-confidence NUMBER in [0, 1]\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("--spell {report,fix,off}=report"), std::string::npos) << run.out;
  // --progress and --no-progress are two flags, with no {false} default.
  EXPECT_NE(run.out.find("--progress  "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("--no-progress  "), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("{false}"), std::string::npos) << run.out;
  // A bare --color means always, but the default is auto.
  EXPECT_NE(run.out.find("--color [=WHEN]  "), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("=always"), std::string::npos) << run.out;
}

TEST_F(CliTest, HelpNamesEveryExtensionTakenForHtml) {
  const Result run = Unspin("--help");
  EXPECT_NE(run.out.find(".html/.htm/.xhtml"), std::string::npos) << run.out;
}

TEST_F(CliTest, AMisspelledOptionGetsADidYouMean) {
  const Result run = Unspin("--dif", "x\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--dif (did you mean '--diff'?)"), std::string::npos) << run.err;
  const Result value = Unspin("--fromat=lint", "x\n");
  EXPECT_EQ(value.exit_code, 2);
  EXPECT_NE(value.err.find("(did you mean '--format'?)"), std::string::npos) << value.err;
  const Result learn = Unspin("learn --orignal a.txt --spun b.txt");
  EXPECT_EQ(learn.exit_code, 2);
  EXPECT_NE(learn.err.find("(did you mean '--original'?)"), std::string::npos) << learn.err;
}

TEST_F(CliTest, AnOptionFarFromEveryNameGetsNoGuess) {
  const Result run = Unspin("--zzzzzzzz", "x\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err.find("did you mean"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace unspin
