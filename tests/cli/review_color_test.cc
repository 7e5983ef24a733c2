// review colours its edits as --word-diff does: --color[=WHEN], and NO_COLOR
// for auto. Through the real binary, under a pseudo-terminal where it
// matters.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

constexpr const char* kSpun = "An official mentioned on Thursday that talks would resume.\n";
constexpr const char* kRed = "\x1b[31m";  // the deleted words' colour

class ReviewColorTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "no script";
    Write("a.txt", kSpun);
  }
  // What review writes to a terminal (`script` gives it one), with the
  // environment `env` and the review options `args`; the answer is q.
  std::string Screen(const std::string& env, const std::string& args) {
    const std::string command = "cd '" + dir_.string() + "' && printf 'q\\n' | " + env +
                                " script -qec \"'" + testing::BinaryPath() + "' review " + args +
                                " --spell=off a.txt -o out.txt\" /dev/null > screen.txt";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return ReadFile(dir_ / "screen.txt");
  }
};

TEST_F(ReviewColorTest, ColoursATerminalUnlessNoColorIsSet) {
  const std::string plain = Screen("env -u NO_COLOR", "");
  EXPECT_NE(plain.find("mentioned"), std::string::npos) << plain;
  EXPECT_NE(plain.find(kRed), std::string::npos) << plain;
  const std::string no_color = Screen("NO_COLOR=1", "");
  EXPECT_NE(no_color.find("mentioned"), std::string::npos) << no_color;
  EXPECT_EQ(no_color.find(kRed), std::string::npos) << no_color;
}

TEST_F(ReviewColorTest, ColorOptionOverridesTheTerminalAndNoColor) {
  const std::string never = Screen("env -u NO_COLOR", "--color=never");
  EXPECT_NE(never.find("mentioned"), std::string::npos) << never;
  EXPECT_EQ(never.find(kRed), std::string::npos) << never;
  const std::string always = Screen("NO_COLOR=1", "--color");
  EXPECT_NE(always.find(kRed), std::string::npos) << always;
}

TEST_F(ReviewColorTest, ColorAlwaysColoursAPipe) {
  const Result piped = Unspin("review --color=always --spell=off a.txt -o out.txt", "q\n");
  EXPECT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_NE(piped.err.find(kRed), std::string::npos) << piped.err;
  const Result plain = Unspin("review --spell=off a.txt -o out.txt", "q\n");
  EXPECT_EQ(plain.err.find(kRed), std::string::npos) << plain.err;
}

}  // namespace
}  // namespace unspin
