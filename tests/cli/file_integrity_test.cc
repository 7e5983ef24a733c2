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
constexpr const char* kAsNobody = "setpriv --reuid=65534 --regid=65534 --clear-groups";

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

  // Whether this machine can run unspin as user nobody: needs root, the
  // user, setpriv, and a build that nobody may read. The scratch directory
  // is opened to that user.
  bool CanActAsNobody(std::string& why) {
    if (::geteuid() != 0) {
      why = "needs root to chown files and switch users";
    } else if (Shell("command -v setpriv >/dev/null && id -u nobody >/dev/null 2>&1") != 0) {
      why = "needs setpriv and a user nobody";
    } else {
      fs::permissions(dir_, fs::perms::all);
      if (UnspinAs(std::string("UNSPIN_CACHE_DIR= ") + kAsNobody, "--spell=off") != 0) {
        why = "user nobody cannot run " + testing::BinaryPath() + " here: " + Err();
      }
    }
    return why.empty();
  }
};

struct stat Stat(const fs::path& path) {
  struct stat info {};
  ::lstat(path.c_str(), &info);
  return info;
}

TEST_F(FileIntegrityTest, InPlaceAsRootKeepsOwnerGroupAndModeSoASetuidFileStaysItsOwners) {
  std::string why;
  if (!CanActAsNobody(why)) GTEST_SKIP() << why;
  // The reproduction: a setuid copy of id(1) owned by nobody, with a
  // spun sentence after it, rewritten by root.
  fs::copy_file("/usr/bin/id", dir_ / "myid");
  std::ofstream(dir_ / "myid", std::ios::binary | std::ios::app) << "\n" << kSpun;
  ASSERT_EQ(::chown((dir_ / "myid").c_str(), kNobody, kNobody), 0);
  ASSERT_EQ(::chmod((dir_ / "myid").c_str(), 04755), 0);
  // --binary=text: id(1) is not text, and would be left alone.
  ASSERT_EQ(UnspinAs("", "--in-place --spell=off --binary=text myid"), 0) << Err();
  const std::string after = ReadFile(dir_ / "myid");
  EXPECT_NE(after.find("The ruling party called for a spy satellite."), std::string::npos)
      << "the file was not restored";
  const struct stat info = Stat(dir_ / "myid");
  EXPECT_EQ(info.st_uid, kNobody);
  EXPECT_EQ(info.st_gid, kNobody);
  EXPECT_EQ(info.st_mode & 07777, 04755u);
  ASSERT_EQ(Shell("cd " + Quoted(dir_.string()) +
                  " && " + kAsNobody + " ./myid >id.txt"),
            0);
  const std::string id = ReadFile(dir_ / "id.txt");
  EXPECT_EQ(id.find("euid=0"), std::string::npos) << id;
  EXPECT_EQ(id.rfind("uid=65534", 0), 0u) << id;
}

TEST_F(FileIntegrityTest, InPlaceByAUserWhoCannotKeepTheOwnerDropsSetuidAndSetgid) {
  std::string why;
  if (!CanActAsNobody(why)) GTEST_SKIP() << why;
  // nobody may replace root's world-writable file in its own directory, but
  // the new file is nobody's: it must not be set-user-ID (to nobody) nor
  // set-group-ID (to a group the old file had).
  fs::create_directory(dir_ / "own");
  ASSERT_EQ(::chown((dir_ / "own").c_str(), kNobody, kNobody), 0);
  Write("own/a.txt", kSpun);
  ASSERT_EQ(::chown((dir_ / "own/a.txt").c_str(), 0, 0), 0);
  ASSERT_EQ(::chmod((dir_ / "own/a.txt").c_str(), 06666), 0);
  ASSERT_EQ(UnspinAs(std::string("UNSPIN_CACHE_DIR= ") + kAsNobody, "--in-place --spell=off own/a.txt"),
            0)
      << Err();
  EXPECT_EQ(ReadFile(dir_ / "own/a.txt"), Restored(kSpun));
  const struct stat info = Stat(dir_ / "own/a.txt");
  EXPECT_EQ(info.st_uid, kNobody);
  EXPECT_EQ(info.st_mode & 07777, 0666u) << std::oct << (info.st_mode & 07777);
}

TEST_F(FileIntegrityTest, InPlaceRefusesASymbolicLinkAndLeavesLinkAndTargetAlone) {
  Write("target.txt", kSpun);
  fs::create_symlink("target.txt", dir_ / "link.txt");
  EXPECT_EQ(UnspinAs("", "--in-place --spell=off link.txt"), 2);
  EXPECT_NE(Err().find("'link.txt' is a symbolic link"), std::string::npos) << Err();
  EXPECT_NE(Err().find("--follow-symlinks"), std::string::npos) << Err();
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.txt"));
  EXPECT_EQ(ReadFile(dir_ / "target.txt"), kSpun);
}

TEST_F(FileIntegrityTest, InPlaceFollowSymlinksRewritesTheTargetAndKeepsTheLink) {
  fs::create_directory(dir_ / "real");
  Write("real/target.txt", kSpun);
  fs::create_symlink("real/target.txt", dir_ / "link.txt");
  ASSERT_EQ(UnspinAs("", "--in-place=.orig --follow-symlinks --spell=off link.txt"), 0) << Err();
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.txt"));
  EXPECT_EQ(fs::read_symlink(dir_ / "link.txt"), "real/target.txt");
  EXPECT_EQ(ReadFile(dir_ / "real/target.txt"), Restored(kSpun));
  EXPECT_EQ(ReadFile(dir_ / "real/target.txt.orig"), kSpun) << "the backup sits by the target";
  EXPECT_FALSE(fs::exists(dir_ / "link.txt.orig"));
  // The link and its target named together are one file, restored once.
  Write("real/target.txt", kSpun);
  fs::remove(dir_ / "real/target.txt.orig");
  ASSERT_EQ(UnspinAs("", "--in-place=.orig --follow-symlinks --spell=off link.txt "
                         "real/target.txt"),
            0)
      << Err();
  EXPECT_EQ(ReadFile(dir_ / "real/target.txt.orig"), kSpun);
}

TEST_F(FileIntegrityTest, InPlaceRefusesFifosDevicesAndDirectoriesWithoutBlocking) {
  ASSERT_EQ(::mkfifo((dir_ / "fifo").c_str(), 0644), 0);
  fs::create_directory(dir_ / "sub");
  const struct {
    const char* name;
    const char* kind;
  } cases[] = {{"fifo", "a FIFO"}, {"/dev/null", "a character device"}, {"sub", "a directory"}};
  for (const auto& c : cases) {
    // timeout: opening a FIFO for reading would wait for a writer for ever.
    EXPECT_EQ(UnspinAs("timeout 20", std::string("--in-place --spell=off ") + c.name), 2)
        << c.name;
    EXPECT_NE(Err().find(std::string("is ") + c.kind + "; --in-place rewrites regular files only"),
              std::string::npos)
        << c.name << ": " << Err();
  }
  EXPECT_EQ(Stat(dir_ / "fifo").st_mode & S_IFMT, static_cast<mode_t>(S_IFIFO));
  EXPECT_EQ(Stat("/dev/null").st_mode & S_IFMT, static_cast<mode_t>(S_IFCHR));
}

TEST_F(FileIntegrityTest, InPlaceWithoutSuffixTakesEveryArgumentAsAFile) {
  Write("a.txt", kSpun);
  Write("b.txt", kSpun);
  ASSERT_EQ(UnspinAs("", "--spell=off --in-place a.txt b.txt"), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / "a.txt"), Restored(kSpun));
  EXPECT_EQ(ReadFile(dir_ / "b.txt"), Restored(kSpun));
  for (const auto& entry : fs::directory_iterator(dir_)) {
    const std::string name = entry.path().filename().string();
    EXPECT_TRUE(name == "a.txt" || name == "b.txt" || name == "out" || name == "err" ||
                name == "stdin.txt")
        << "unexpected file " << name;
  }
  Write("a.txt", kSpun);
  ASSERT_EQ(UnspinAs("", "--spell=off --in-place a.txt"), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / "a.txt"), Restored(kSpun));
  // The suffix attaches with '=' only; '--in-place=' is no backup.
  Write("a.txt", kSpun);
  ASSERT_EQ(UnspinAs("", "--spell=off --in-place= a.txt"), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / "a.txt"), Restored(kSpun));
}

TEST_F(FileIntegrityTest, InPlaceBackupOfAFileNamedTwiceHoldsTheOriginal) {
  // Restoration is idempotent (a second pass over its own output changes
  // nothing), so a file named twice could only lose its original if it were
  // processed twice and the second pass still found edits; it is processed
  // once, and the backup is the original either way.
  const std::string text = "The ruling celebration launched a spy satellite tv for pc tv for pc.\n";
  for (const char* names : {"n.txt n.txt", "n.txt ./n.txt"}) {
    Write("n.txt", text);
    fs::remove(dir_ / "n.txt.orig");
    ASSERT_EQ(UnspinAs("", std::string("--spell=off --in-place=.orig ") + names), 0) << Err();
    EXPECT_EQ(ReadFile(dir_ / "n.txt"), Restored(text)) << names << ": restored once";
    EXPECT_EQ(ReadFile(dir_ / "n.txt.orig"), text) << names;
    EXPECT_EQ(Err().find("kept the existing backup"), std::string::npos) << names << Err();
  }
}

TEST_F(FileIntegrityTest, InPlaceNeverReplacesAnExistingBackup) {
  Write("n.txt", kSpun);
  ASSERT_EQ(UnspinAs("", "--spell=off --in-place=.orig n.txt"), 0) << Err();
  // New spun text appended: the second run finds edits again, and the
  // backup must still be the first original, not the first run's output.
  std::ofstream(dir_ / "n.txt", std::ios::binary | std::ios::app) << kSpun;
  ASSERT_EQ(UnspinAs("", "--spell=off --in-place=.orig n.txt"), 0) << Err();
  const std::string note = Err();
  EXPECT_NE(note.find("kept the existing backup 'n.txt.orig'"), std::string::npos) << note;
  EXPECT_EQ(ReadFile(dir_ / "n.txt"), Restored(std::string(kSpun) + kSpun));
  EXPECT_EQ(ReadFile(dir_ / "n.txt.orig"), kSpun);
  // A backup name taken by a link is not written through.
  Write("m.txt", kSpun);
  Write("elsewhere.txt", "untouched\n");
  fs::create_symlink("elsewhere.txt", dir_ / "m.txt.orig");
  ASSERT_EQ(UnspinAs("", "--spell=off --in-place=.orig m.txt"), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / "elsewhere.txt"), "untouched\n");
  EXPECT_EQ(ReadFile(dir_ / "m.txt"), Restored(kSpun));
}

TEST_F(FileIntegrityTest, InPlaceConcurrentRunsKeepTheOriginalAsBackup) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += kSpun;
  const std::string restored = Restored(text);
  for (int trial = 0; trial < 3; ++trial) {
    Write("n.txt", text);
    fs::remove(dir_ / "n.txt.orig");
    const std::string run = Quoted(testing::BinaryPath()) + " --spell=off --in-place=.orig n.txt";
    ASSERT_EQ(Shell("cd " + Quoted(dir_.string()) + " && (" + run + " & " + run + " & " + run +
                    " & wait)"),
              0);
    EXPECT_EQ(ReadFile(dir_ / "n.txt"), restored) << "trial " << trial;
    EXPECT_EQ(ReadFile(dir_ / "n.txt.orig"), text) << "trial " << trial;
  }
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

TEST_F(FileIntegrityTest, VocabBuildLeavesAMappedOldFileIntact) {
  Write("small.txt", "one two three\n");
  ASSERT_EQ(UnspinAs("", "vocab build -o v.vocab small.txt"), 0) << Err();
  const std::string before = ReadFile(dir_ / "v.vocab");
  // Map the vocabulary as a running unspin does, then rebuild it from a
  // smaller text: touching the old pages must neither crash (SIGBUS past a
  // truncated end) nor show the new bytes.
  const int fd = ::open((dir_ / "v.vocab").c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  void* mapped = ::mmap(nullptr, before.size(), PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  ASSERT_NE(mapped, MAP_FAILED);
  Write("large.txt", "alpha beta gamma delta epsilon zeta eta theta\niota kappa\n");
  ASSERT_EQ(UnspinAs("", "vocab build -o v.vocab large.txt"), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / "v.vocab"), before);
  EXPECT_EQ(std::memcmp(mapped, before.data(), before.size()), 0);
  ::munmap(mapped, before.size());
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
  EXPECT_EQ(UnspinAs(env + " timeout 20", "--spell=off in.txt"), 0)
      << "a link to /dev/zero: " << Err();
  EXPECT_EQ(ReadFile(dir_ / "out"), expected);
  EXPECT_TRUE(fs::is_symlink(cache)) << "the link is left alone";
}

}  // namespace
}  // namespace unspin
