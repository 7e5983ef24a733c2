// Numeric options are checked (finite, in range, the option named), file
// errors say what is wrong, --check prints names whole, and the guard
// against misspelled restorations holds whatever --spell says: through the
// real binary.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

// Certain: each match counts towards the spin score, so --check says "spun".
constexpr const char* kRules =
    "rule said.mentioned\n  spun: mentioned\n  restore: said\n  certain: yes\n";

class OptionChecksTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("said.rules", kRules);
  }

  void ExpectUsageError(const std::string& args, const std::string& option) {
    const Result run = Unspin("--no-vocab --rules said.rules " + args, "it mentioned that\n");
    EXPECT_EQ(run.exit_code, 2) << args << ": " << run.err;
    EXPECT_EQ(run.out, "") << args;
    EXPECT_NE(run.err.find(option), std::string::npos) << args << ": " << run.err;
  }
};

TEST_F(OptionChecksTest, NumbersThatAreNotFiniteOrOutOfRangeAreRefusedNamingTheOption) {
  for (const std::string value : {"nan", "NaN", "inf", "-inf", "1e999", "x", ""}) {
    ExpectUsageError("--threshold '" + value + "' --check", "--threshold");
    ExpectUsageError("--min-confidence '" + value + "'", "--min-confidence");
    ExpectUsageError("--min-score '" + value + "'", "--min-score");
  }
  ExpectUsageError("--min-confidence 1.5", "--min-confidence");
  ExpectUsageError("--min-confidence -0.1", "--min-confidence");
  ExpectUsageError("--threshold -1 --check", "--threshold");
  for (const std::string value : {"-1", "0", "1.5", "1e3", "nan", "99999999999999999999999"}) {
    ExpectUsageError("--max-doc-bytes '" + value + "'", "--max-doc-bytes");
    ExpectUsageError("--max-rule-file-bytes '" + value + "'", "--max-rule-file-bytes");
    ExpectUsageError("--jsonl --threads '" + value + "'", "--threads");
  }
}

TEST_F(OptionChecksTest, NumbersInRangeAreAccepted) {
  const Result run = Unspin(
      "--no-vocab --rules said.rules --spell=off --min-confidence 0.2 --min-score -1.5 "
      "--max-doc-bytes 1000 --max-rule-file-bytes 100000 --threshold 0 --check",
      "it mentioned that\n");
  EXPECT_EQ(run.exit_code, 1) << run.err;  // spun: a score above 0
  EXPECT_EQ(run.err, "");
}

TEST_F(OptionChecksTest, AMissingVocabularyIsCalledAMissingFile) {
  const Result run = Unspin("--vocab /nonexistent/x.vocab --rules said.rules", "x\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("/nonexistent/x.vocab"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("No such file or directory"), std::string::npos) << run.err;
}

TEST_F(OptionChecksTest, AVocabularyThatIsNotAFileIsCalledThat) {
  fs::create_directories(dir_ / "vocab.d");
  const Result dir = Unspin("--vocab vocab.d --rules said.rules", "x\n");
  EXPECT_EQ(dir.exit_code, 2);
  EXPECT_NE(dir.err.find("cannot open vocabulary 'vocab.d': it is a directory"), std::string::npos)
      << dir.err;
  const Result device = Unspin("--vocab /dev/null --rules said.rules", "x\n");
  EXPECT_EQ(device.exit_code, 2);
  EXPECT_NE(device.err.find("'/dev/null': not a regular file"), std::string::npos) << device.err;
}

TEST_F(OptionChecksTest, CheckPrintsLongFileNamesWhole) {
  // A name is at most 255 bytes; a path of several is longer than 511.
  const std::string dir = std::string(200, 'd');
  fs::create_directories(dir_ / dir / dir / dir);
  const std::string name = dir + "/" + dir + "/" + dir + "/a.txt";
  Write(name, "it mentioned that\n");
  const Result run = Unspin("--no-vocab --spell=off --rules said.rules --check " + name);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.out.rfind(name + ": spin probability ", 0), 0u) << run.out;
  EXPECT_EQ(run.out.back(), '\n');
  EXPECT_NE(run.out.find(", 1 edits"), std::string::npos) << run.out;
}

TEST_F(OptionChecksTest, MisspelledRestorationsAreNeverAppliedWhateverTheSpellMode) {
  Write("bad.rules", "rule bad\n  spun: obtain\n  restore: recieve\n" + std::string(kRules));
  for (const std::string mode : {"off", "report", "fix"}) {
    const Result run =
        Unspin("--no-vocab --rules bad.rules --spell=" + mode, "we obtain it as mentioned\n");
    EXPECT_EQ(run.exit_code, 0) << mode << ": " << run.err;
    EXPECT_EQ(run.out, "we obtain it as said\n") << mode;
  }
}

}  // namespace
}  // namespace unspin
