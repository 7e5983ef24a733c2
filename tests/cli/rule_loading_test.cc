// Hostile rule sets through the real binary: includes of devices, FIFOs,
// directories and endless chains; patterns that are broken on their own;
// a validation cache with a forged line. Each gets a clear error naming
// the place, promptly, and nothing is restored.
#include <sys/stat.h>

#include <cstdlib>

#include "cli/cli_fixture.h"

namespace unspin {
namespace {

constexpr const char* kRule = "rule said.mentioned\n  spun: mentioned\n  restore: said\n";

class RuleLoadingTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    // Every run here validates afresh unless a test sets up a cache.
    ::setenv("UNSPIN_CACHE_DIR", "", 1);
  }
  void TearDown() override {
    ::unsetenv("UNSPIN_CACHE_DIR");
    CliTest::TearDown();
  }

  // `unspin --rules FILE` on one line of text, stopped after 60 s so that
  // a hang fails the test instead of stalling the suite.
  Result Load(const std::string& rules, const std::string& extra = "") {
    return Unspin("--spell=off --no-vocab " + extra + " --rules " + rules, "it mentioned that\n");
  }

  void ExpectRefused(const Result& run, const std::string& message) {
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find(message), std::string::npos) << run.err;
  }
};

TEST_F(RuleLoadingTest, AnIncludeOfADeviceIsRefused) {
  Write("main.rules", std::string("include /dev/zero\n") + kRule);
  ExpectRefused(Load("main.rules"),
                "main.rules:1: cannot include '/dev/zero': not a regular file");
}

TEST_F(RuleLoadingTest, ADeviceGivenAsTheRuleFileStopsAtTheSizeLimit) {
  ExpectRefused(Load("/dev/zero", "--max-rule-file-bytes 100000"),
                "rule file '/dev/zero' is more than 100000 bytes, over the limit of 100000 bytes");
}

TEST_F(RuleLoadingTest, AnIncludeOfAFifoIsRefusedWithoutWaitingForAWriter) {
  ASSERT_EQ(::mkfifo((dir_ / "pipe.rules").c_str(), 0600), 0);
  Write("main.rules", std::string("include pipe.rules\n") + kRule);
  // A hang here would stall the suite: the whole run gets 60 seconds.
  const std::string command = "cd '" + dir_.string() + "' && timeout 60 '" +
                              testing::BinaryPath() +
                              "' --spell=off --no-vocab --rules main.rules </dev/null >out "
                              "2>err";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
  const std::string err = ReadFile(dir_ / "err");
  EXPECT_NE(err.find("main.rules:1: cannot include"), std::string::npos) << err;
  EXPECT_NE(err.find("not a regular file"), std::string::npos) << err;
}

TEST_F(RuleLoadingTest, AnIncludeOfADirectoryIsRefused) {
  fs::create_directories(dir_ / "more");
  Write("more/extra.rules", "rule x.y\n  spun: y\n  restore: x\n");
  Write("main.rules", std::string("include more\n") + kRule);
  ExpectRefused(Load("main.rules"), "main.rules:1: cannot include '");
  ExpectRefused(Load("main.rules"), "more': it is a directory");
}

TEST_F(RuleLoadingTest, AnEndlessIncludeChainIsRefusedAtTheDepthLimit) {
  constexpr int kFiles = 6000;
  for (int i = 0; i < kFiles; ++i) {
    Write("r" + std::to_string(i) + ".rules", "include r" + std::to_string(i + 1) + ".rules\n");
  }
  Write("r" + std::to_string(kFiles) + ".rules", kRule);
  ExpectRefused(Load("r0.rules"), "r63.rules:1: includes nested more than 64 files deep");
}

TEST_F(RuleLoadingTest, AChainWithinTheDepthLimitLoads) {
  for (int i = 0; i < 63; ++i) {
    Write("r" + std::to_string(i) + ".rules", "include r" + std::to_string(i + 1) + ".rules\n");
  }
  Write("r63.rules", kRule);
  const Result run = Load("r0.rules");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "it said that\n");
}

TEST_F(RuleLoadingTest, APatternBrokenOnItsOwnIsRefusedThoughItsWrappingBalancesIt) {
  // "(?:^| )(?:x)|(?:.*)$" compiles, and would match everywhere.
  Write("main.rules", std::string(kRule) + "  after: x)|(?:.*\n");
  ExpectRefused(Load("main.rules"), "main.rules:4: bad pattern in 'after:': unexpected ): x)|(?:.*");
  Write("main.rules", std::string(kRule) + "  before: .*)|(?:x\n");
  ExpectRefused(Load("main.rules"), "main.rules:4: bad pattern in 'before:': unexpected )");
}

// What the validation cache held before it was keyed: FNV-1a over the
// format, the version and each file, which anyone can compute.
uint64_t PublicFingerprint(const std::string& version, const std::string& file,
                           const std::string& contents) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  auto mix = [&](const std::string& bytes) {
    for (unsigned char c : bytes) hash = (hash ^ c) * 0x100000001b3ULL;
    hash = (hash ^ 0xff) * 0x100000001b3ULL;
  };
  for (const std::string& piece : {std::string("unspin-validated-rules/1"), version, file,
                                   std::to_string(contents.size()), contents}) {
    mix(piece);
  }
  return hash;
}

TEST_F(RuleLoadingTest, AForgedLineInTheValidationCacheDoesNotLetABrokenPatternLoad) {
  const std::string rules = std::string(kRule) + "  after: (?=that)\n";
  const std::string file = Write("main.rules", rules);
  const Result version = Unspin("--version");
  ASSERT_EQ(version.exit_code, 0);
  ASSERT_EQ(version.out.rfind("unspin ", 0), 0u) << version.out;
  const std::string number = version.out.substr(7, version.out.find('\n') - 7);
  fs::create_directories(dir_ / "cache");
  char line[32];
  std::snprintf(line, sizeof line, "%016llx\n",
                static_cast<unsigned long long>(PublicFingerprint(
                    number, fs::weakly_canonical(file).string(), rules)));
  Write("cache/validated-rules", line);
  ::setenv("UNSPIN_CACHE_DIR", (dir_ / "cache").c_str(), 1);
  ExpectRefused(Load("main.rules"), "main.rules:4: bad pattern in 'after:': invalid perl operator");
  // The key the cache now uses is its owner's alone.
  struct stat info {};
  ASSERT_EQ(::stat((dir_ / "cache" / "key").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
}

}  // namespace
}  // namespace unspin
