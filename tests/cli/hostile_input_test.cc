// Hostile input, one case per test, through the real binary: each gets a
// clear answer, and bytes unspin does not deliberately change come out as
// they went in. (Output to a full disk, an interrupted --in-place, JSONL
// nesting and huge lines are in cli_test.cc and interfaces_test.cc; the
// gigabyte-scale cases in scripts/hostile-input.sh.)
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

constexpr const char* kFlags = "--spell=off --no-vocab --rules said.rules";
constexpr const char* kSaid =
    "rule said.mentioned\n  spun: mentioned\n  restore: said\n  example: x mentioned => x said\n";

class HostileInputTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("said.rules", kSaid);
  }

  // Restores `input` and expects `output`, exit 0 and nothing on stderr.
  void ExpectRestored(const std::string& input, const std::string& output) {
    const Result run = Unspin(kFlags, input);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, output);
    EXPECT_EQ(run.err, "");
  }

  // An error exit with `message` on stderr and nothing on stdout.
  void ExpectRuleFileRefused(const std::string& rules, const std::string& message) {
    Write("hostile.rules", rules);
    const Result run = Unspin("--spell=off --rules hostile.rules", "x mentioned\n");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find(message), std::string::npos) << run.err;
  }
};

TEST_F(HostileInputTest, EmptyInputGivesEmptyOutput) { ExpectRestored("", ""); }

TEST_F(HostileInputTest, NoTrailingNewlineIsNotAdded) {
  ExpectRestored("it mentioned", "it said");
}

TEST_F(HostileInputTest, CrlfAndLoneCrLineEndingsAreKept) {
  ExpectRestored("it mentioned\r\nthey mentioned\rend\r\n", "it said\r\nthey said\rend\r\n");
}

TEST_F(HostileInputTest, AUtf8ByteOrderMarkIsKept) {
  ExpectRestored("\xEF\xBB\xBFit mentioned\n", "\xEF\xBB\xBFit said\n");
}

TEST_F(HostileInputTest, NulBytesPassThrough) {
  // A NUL byte marks input that is not text: it comes out unchanged...
  const std::string input("a\0b mentioned\0\n", 15);
  const Result binary = Unspin(kFlags, input);
  EXPECT_EQ(binary.exit_code, 0) << binary.err;
  EXPECT_EQ(binary.out, input);
  EXPECT_NE(binary.err.find("<stdin>: binary file (a NUL byte at byte 1)"), std::string::npos)
      << binary.err;
  // ... and, restored as text when asked, with its NUL bytes kept.
  const Result text = Unspin(std::string(kFlags) + " --binary=text", input);
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(text.out, std::string("a\0b said\0\n", 10));
  EXPECT_EQ(text.err, "");
}

TEST_F(HostileInputTest, InvalidUtf8IsKeptByteForByteWithTheFirstOffsetReported) {
  struct Case {
    const char* name;
    std::string bytes;
  };
  const Case cases[] = {{"overlong", "\xC0\xAF"},
                        {"surrogate", "\xED\xA0\x80"},
                        {"truncated", "\xE2\x80"},
                        {"stray continuation", "\x80"},
                        {"beyond U+10FFFF", "\xF4\x90\x80\x80"}};
  for (const Case& c : cases) {
    const Result run = Unspin(kFlags, "ok " + c.bytes + " mentioned\n");
    EXPECT_EQ(run.exit_code, 0) << c.name;
    EXPECT_EQ(run.out, "ok " + c.bytes + " said\n") << c.name;
    EXPECT_EQ(run.err,
              "unspin: warning: <stdin>: invalid UTF-8 at byte 3; invalid bytes are passed "
              "through unchanged\n")
        << c.name;
  }
}

TEST_F(HostileInputTest, Latin1MislabelledAsUtf8IsKeptAndTheRestRestored) {
  const Result run = Unspin(kFlags, "Caf\xE9 na\xEFve: the mayor mentioned it\n");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "Caf\xE9 na\xEFve: the mayor said it\n");
  EXPECT_NE(run.err.find("invalid UTF-8 at byte 3"), std::string::npos) << run.err;
}

TEST_F(HostileInputTest, BinaryJunkComesOutUnchanged) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919 + 13) % 256);
  const Result run = Unspin(kFlags, junk);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, junk);
}

TEST_F(HostileInputTest, AMissingFileIsAnErrorNamingIt) {
  const Result run = Unspin(std::string(kFlags) + " missing.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "unspin: error: cannot read 'missing.txt': No such file or directory\n");
}

TEST_F(HostileInputTest, ADirectoryGivenAsInputIsAnErrorNamingIt) {
  fs::create_directories(dir_ / "adir");
  const Result run = Unspin(std::string(kFlags) + " adir");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "unspin: error: cannot read 'adir': Is a directory (-r restores the files in it)\n");
}

TEST_F(HostileInputTest, ARuleWithAnInvalidRegexIsRefusedWithItsLine) {
  ExpectRuleFileRefused("rule a.b\n  spun: b\n  restore: a\n  after: (unclosed\n",
                        "hostile.rules:4: bad pattern in 'after:': missing ): (unclosed");
}

TEST_F(HostileInputTest, ARegexRe2RefusesIsRefusedWithItsLine) {
  // Look-arounds and backreferences need backtracking; RE2 refuses them.
  ExpectRuleFileRefused("rule a.b\n  spun: b\n  restore: a\n  before: (?=x)\n",
                        "hostile.rules:4: bad pattern in 'before:': invalid perl operator: (?=");
  ExpectRuleFileRefused("rule a.b\n  spun: b\n  restore: a\n  after: (a)\\1\n",
                        "hostile.rules:4: bad pattern in 'after:': invalid escape sequence: \\1");
}

TEST_F(HostileInputTest, ADuplicateRuleIdIsRefusedOnce) {
  Write("hostile.rules", "rule a.b\n  spun: b\n  restore: a\nrule a.b\n  spun: c\n  restore: a\n");
  const Result run = Unspin("--spell=off --rules hostile.rules", "x\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "unspin: error: hostile.rules:4: duplicate rule id 'a.b'\n");
}

TEST_F(HostileInputTest, ACircularIncludeIsRefused) {
  Write("one.rules", "include two.rules\n");
  Write("two.rules", "include one.rules\n");
  const Result run = Unspin("--spell=off --rules one.rules", "x\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("two.rules:1: circular include of 'one.rules'"), std::string::npos)
      << run.err;
}

TEST_F(HostileInputTest, AnEmptyRestorationIsRefused) {
  ExpectRuleFileRefused("rule a.b\n  spun: b\n  restore:\n",
                        "hostile.rules:3: 'restore:' needs a value");
  ExpectRuleFileRefused("rule a.b\n  spun: b\n  restore: a |\n",
                        "hostile.rules:3: empty alternative in 'restore:'");
}

TEST_F(HostileInputTest, BinaryJunkAsARuleFileIsRefusedNotCrashedOn) {
  std::string junk = "rule x\n";
  for (int i = 0; i < 2048; ++i) junk += static_cast<char>((i * 31 + 7) % 256);
  Write("hostile.rules", junk);
  const Result run = Unspin("--spell=off --rules hostile.rules", "x\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("hostile.rules:"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace unspin
