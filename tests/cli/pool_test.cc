// --pool through the real binary: a farm's earlier pages strengthen the
// decision on later ones, deterministically for a given input order.
#include <string>

#include "cli_fixture.h"

namespace unspin {
namespace {

// One ambiguous rule, as a farm's mined dictionary would hold it.
constexpr const char* kFarmRule =
    "rule party.celebration\n"
    "  spun: celebration\n"
    "  restore: party\n"
    "  inflect: noun\n"
    "  confidence: 0.3\n";
constexpr const char* kFlags = "--rules farm.rules --spell=off -q";

// Spun on its own evidence: three supported candidates.
constexpr const char* kSpunPage =
    "The ruling celebration said on Monday that the opposition celebration had lost the "
    "vote. Leaders of the ruling celebration met.";
// Two supported candidates: decided alone, kept.
constexpr const char* kWeakPage =
    "The ruling celebration said it would win. The opposition celebration disagreed.";
constexpr const char* kWeakRestored =
    "The ruling party said it would win. The opposition party disagreed.";
// Genuine uses, which the context opposes.
constexpr const char* kCleanPage =
    "The town held a celebration of the anniversary. The celebration of the holiday drew "
    "crowds to the square.";

std::string Record(const std::string& text) { return "{\"text\": \"" + text + "\"}\n"; }

// The restored text of each output record, in order.
std::vector<std::string> Texts(const std::string& out) {
  std::vector<std::string> texts;
  for (size_t at = 0; at < out.size();) {
    const size_t end = out.find('\n', at);
    const std::string line = out.substr(at, end - at);
    const size_t begin = line.find("\"text\": \"") + 9;
    texts.push_back(line.substr(begin, line.find('"', begin) - begin));
    at = end == std::string::npos ? out.size() : end + 1;
  }
  return texts;
}

class PoolTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("farm.rules", kFarmRule);
  }
  // Three spun pages, then a weak one and a clean one.
  std::string Farm() {
    return Record(kSpunPage) + Record(kSpunPage) + Record(kSpunPage) + Record(kWeakPage) +
           Record(kCleanPage);
  }
};

TEST_F(PoolTest, JsonlRestoresALaterPageWithRulesTheFarmsEarlierPagesSupported) {
  const Result alone = Unspin(std::string(kFlags) + " --jsonl", Farm());
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  EXPECT_EQ(Texts(alone.out)[3], kWeakPage);
  const Result pooled = Unspin(std::string(kFlags) + " --jsonl --pool --pool-batch 1", Farm());
  ASSERT_EQ(pooled.exit_code, 0) << pooled.err;
  const std::vector<std::string> texts = Texts(pooled.out);
  ASSERT_EQ(texts.size(), 5u);
  EXPECT_EQ(texts[3], kWeakRestored);
  EXPECT_EQ(texts[4], kCleanPage);  // a clean page of the farm stays untouched
}

// A batch is decided with the evidence of the batches before it only. The
// collection prior needs three earlier documents: the weak page, fourth,
// sees all three spun pages with batches of 1 and 3, only two with batches
// of 2 (pages 3 and 4 together), and none in a batch of 4.
TEST_F(PoolTest, JsonlDecidesEachBatchWithTheEvidenceOfTheBatchesBeforeIt) {
  for (const char* batch : {"1", "3"}) {
    const Result run = Unspin(std::string(kFlags) + " --jsonl --pool --pool-batch " + batch, Farm());
    EXPECT_EQ(Texts(run.out)[3], kWeakRestored) << "--pool-batch " << batch;
  }
  for (const char* batch : {"2", "4"}) {
    const Result run = Unspin(std::string(kFlags) + " --jsonl --pool --pool-batch " + batch, Farm());
    EXPECT_EQ(Texts(run.out)[3], kWeakPage) << "--pool-batch " << batch;
  }
}

TEST_F(PoolTest, JsonlOutputIsTheSameWithAnyNumberOfThreads) {
  std::string input;
  for (int i = 0; i < 12; ++i) {
    input += Record(i % 4 == 3 ? kWeakPage : i % 5 == 4 ? kCleanPage : kSpunPage);
  }
  for (const char* batch : {"1", "2", "5"}) {
    const std::string flags = std::string(kFlags) + " --jsonl --pool --pool-batch " + batch;
    const Result one = Unspin(flags + " --threads 1", input);
    ASSERT_EQ(one.exit_code, 0) << one.err;
    for (const char* threads : {"2", "4"}) {
      EXPECT_EQ(Unspin(flags + " --threads " + threads, input).out, one.out)
          << "--pool-batch " << batch << " --threads " << threads;
    }
  }
}

TEST_F(PoolTest, SeveralFilesAreEachDecidedWithTheFilesBeforeThem) {
  for (const char* name : {"1.txt", "2.txt", "3.txt"}) Write(name, kSpunPage);
  Write("4.txt", kWeakPage);
  Write("5.txt", kCleanPage);
  const std::string files = " 1.txt 2.txt 3.txt 4.txt 5.txt";
  const Result alone = Unspin(std::string(kFlags) + " -o alone.txt" + files);
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  const Result pooled = Unspin(std::string(kFlags) + " --pool -o pooled.txt" + files);
  ASSERT_EQ(pooled.exit_code, 0) << pooled.err;
  const std::string spun_restored =
      "The ruling party said on Monday that the opposition party had lost the vote. Leaders of "
      "the ruling party met.";
  const std::string spun3 = spun_restored + spun_restored + spun_restored;
  EXPECT_EQ(ReadFile(dir_ / "alone.txt"), spun3 + kWeakPage + kCleanPage);
  EXPECT_EQ(ReadFile(dir_ / "pooled.txt"), spun3 + kWeakRestored + kCleanPage);
  // The weak page first: nothing before it, so nothing changes.
  const Result first = Unspin(std::string(kFlags) + " --pool 4.txt 1.txt 2.txt 3.txt");
  EXPECT_EQ(first.out, std::string(kWeakPage) + spun3);
}

TEST_F(PoolTest, PoolWithOneDocumentChangesNothing) {
  const std::string input = std::string(kWeakPage) + "\n" + kSpunPage + "\n";
  for (const char* mode : {"", " --json", " --diff", " --check"}) {
    const Result plain = Unspin(std::string(kFlags) + mode, input);
    const Result pooled = Unspin(std::string(kFlags) + mode + " --pool", input);
    EXPECT_EQ(pooled.out, plain.out) << mode;
    EXPECT_EQ(pooled.exit_code, plain.exit_code) << mode;
  }
}

TEST_F(PoolTest, PoolBatchNeedsPool) {
  const Result run = Unspin(std::string(kFlags) + " --jsonl --pool-batch 4", Record(kSpunPage));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--pool"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace unspin
