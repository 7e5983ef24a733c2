// Addresses (URLs, bare domains with a path, file paths, e-mail addresses,
// @handles, #hashtags) come out byte for byte, while the same words in the
// prose around them are restored: through the real binary.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

constexpr const char* kRules =
    "rule leader.chief\n  spun: chief\n  restore: leader\n"
    "rule war.battle\n  spun: battle\n  restore: war\n"
    "rule party.celebration\n  spun: celebration\n  restore: party\n";
constexpr const char* kFlags = "--no-vocab --spell=off --rules words.rules";

class AddressesTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("words.rules", kRules);
  }
};

TEST_F(AddressesTest, AddressesAreKeptWhileTheProseAroundThemIsRestored) {
  const std::vector<std::string> addresses = {
      "https://e.com/news/x?chief=1", "ftp://army.mil/battle",   "army.mil/battle",
      "www.x.com/chief",              "/home/chief/a.log",       "~/celebration/notes",
      "C:\\Users\\chief\\a.log",      "\\\\server\\battle\\x",   "#celebration",
      "@chief",                       "chief@army.mil"};
  for (size_t i = 0; i < addresses.size(); ++i) {
    const std::string& address = addresses[i];
    const std::string input = "The chief said: see " + address + " (" + address +
                              "), before the battle and the celebration.\n";
    const std::string expected = "The leader said: see " + address + " (" + address +
                                 "), before the war and the party.\n";
    const Result plain = Unspin(kFlags, input);
    EXPECT_EQ(plain.exit_code, 0) << plain.err;
    EXPECT_EQ(plain.out, expected) << address;
    // Whole-document modes read it the same way.
    const std::string name = "doc" + std::to_string(i) + ".txt";
    Write(name, input);
    const Result in_place = Unspin(std::string(kFlags) + " --in-place=.orig " + name);
    EXPECT_EQ(in_place.exit_code, 0) << in_place.err;
    EXPECT_EQ(ReadFile(dir_ / name), expected) << address;
  }
}

TEST_F(AddressesTest, SlashedWordsAndDatesAreStillProse) {
  const Result run = Unspin(kFlags, "the chief/celebration on 1/2/2024 and the battle 24/7\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "the leader/party on 1/2/2024 and the war 24/7\n");
}

TEST_F(AddressesTest, WordsInsideAddressesAreNotReportedAsMisspelled) {
  const Result run = Unspin("--no-vocab --spell=report --rules words.rules",
                            "see /home/qwzxv/a.log and army.mil/qwzxv and x.com/qwzxv\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err.find("qwzxv"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace unspin
