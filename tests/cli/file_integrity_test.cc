// What unspin does to the files around it, through the real binary:
// --in-place keeps owner, group, mode and backups, refuses links and special
// files, takes turns with a concurrent run; an input that is the output file
// is refused; `vocab build` and the rules cache are safe against what a file
// system can hold.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

#include "cli/cli_fixture.h"

namespace unspin {
namespace {

constexpr const char* kSpun =
    "The ruling celebration referred to as for a spy satellite tv for pc.\n";
constexpr uid_t kNobody = 65534;

int Shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string Quoted(const std::string& text) { return "'" + text + "'"; }

class FileIntegrityTest : public CliTest {
 protected:
  // `unspin ARGS` run in dir_ by the shell, stdin from /dev/null; returns
  // the exit status (stdout and stderr go to out and err).
  int UnspinAs(const std::string& prefix, const std::string& args) {
    return Shell("cd " + Quoted(dir_.string()) + " && " + prefix + " " +
                 Quoted(testing::BinaryPath()) + " " + args + " </dev/null >out 2>err");
  }
  std::string Err() { return ReadFile(dir_ / "err"); }
  std::string Restored(const std::string& text) { return Unspin("--spell=off", text).out; }

  // Whether this machine can run a program as user nobody: needs root, the
  // user and setpriv. The scratch directory must be open to that user.
  bool CanActAsNobody(std::string& why) {
    if (::geteuid() != 0) why = "needs root to chown files and switch users";
    else if (Shell("command -v setpriv >/dev/null && id -u nobody >/dev/null 2>&1") != 0)
      why = "needs setpriv and a user nobody";
    if (!why.empty()) return false;
    fs::permissions(dir_, fs::perms::all);
    return true;
  }
};

struct stat Stat(const fs::path& path) {
  struct stat info {};
  ::lstat(path.c_str(), &info);
  return info;
}

TEST_F(FileIntegrityTest, InputThatIsTheOutputFileIsRefused) {
  Write("f.txt", kSpun);
  // ulimit and timeout bound the damage where the check is missing.
  EXPECT_EQ(Shell("cd " + Quoted(dir_.string()) + " && ulimit -f 20000 && timeout 20 " +
                  Quoted(testing::BinaryPath()) + " --spell=off f.txt >>f.txt 2>err"),
            2);
  EXPECT_NE(Err().find("'f.txt': input file is output file"), std::string::npos) << Err();
  EXPECT_EQ(ReadFile(dir_ / "f.txt"), kSpun);
  EXPECT_EQ(Shell("cd " + Quoted(dir_.string()) + " && timeout 20 " +
                  Quoted(testing::BinaryPath()) + " --spell=off --json <f.txt >>f.txt 2>err"),
            2);
  EXPECT_NE(Err().find("'<stdin>': input file is output file"), std::string::npos) << Err();
  // Another file appended to is fine.
  Write("g.txt", "");
  EXPECT_EQ(Shell("cd " + Quoted(dir_.string()) + " && " + Quoted(testing::BinaryPath()) +
                  " --spell=off f.txt >>g.txt"),
            0);
  EXPECT_EQ(ReadFile(dir_ / "g.txt"), Restored(kSpun));
}

TEST_F(FileIntegrityTest, RulesCacheThatIsAFifoOrALinkToDevZeroIsIgnored) {
  const std::string expected = Restored(kSpun);
  Write("in.txt", kSpun);
  fs::create_directory(dir_ / "cache");
  const fs::path cache = dir_ / "cache/validated-rules";
  ASSERT_EQ(::mkfifo(cache.c_str(), 0644), 0);
  const std::string env = "UNSPIN_CACHE_DIR=" + Quoted((dir_ / "cache").string());
  // timeout: opening a FIFO would wait for a writer for ever.
  EXPECT_EQ(UnspinAs(env + " timeout 20", "--spell=off in.txt"), 0) << "a FIFO: " << Err();
  EXPECT_EQ(ReadFile(dir_ / "out"), expected);
  fs::remove(cache);
  fs::create_symlink("/dev/zero", cache);
  // ulimit -v: reading /dev/zero as one line would take gigabytes.
  EXPECT_EQ(UnspinAs("ulimit -v 4000000 && " + env + " timeout 20", "--spell=off in.txt"), 0)
      << "a link to /dev/zero: " << Err();
  EXPECT_EQ(ReadFile(dir_ / "out"), expected);
  EXPECT_TRUE(fs::is_symlink(cache)) << "the link is left alone";
}

}  // namespace
}  // namespace unspin
