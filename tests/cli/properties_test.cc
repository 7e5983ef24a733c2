// Properties of the command-line modes on generated documents, through the
// real binary: --diff applied with patch gives the restored text, --jsonl
// restores each record exactly as single-document mode does, restoring is
// idempotent, addresses come out whole, and a line longer than a streaming
// chunk is restored as whole-document mode restores it. (The
// other properties, on many more documents, are library tests:
// tests/pipeline/byte_exactness_test.cc.)
#include <nlohmann/json.hpp>

#include <random>
#include <sstream>

#include "cli/cli_fixture.h"
#include "random_documents.h"

namespace unspin {
namespace {

constexpr int kDocuments = 400;
constexpr const char* kJsonlFlags = "--no-vocab --spell=off --rules property.rules";
// The generated documents hold NUL bytes: restored as text all the same, to
// test the restoration of every byte (binary files are inputs_test.cc's).
constexpr const char* kFlags = "--no-vocab --spell=off --rules property.rules --binary=text";

TEST_F(CliTest, PatchingWithTheDiffGivesTheRestoredTextOnGeneratedDocuments) {
  if (std::system("command -v patch >/dev/null 2>&1") != 0) GTEST_SKIP() << "no patch";
  Write("property.rules", testing::kPropertyRules);
  std::mt19937 random(5);
  std::string names;
  for (int i = 0; i < kDocuments; ++i) {
    // patch works on lines: keep CR and NUL out, the rest is fair game.
    std::string document = testing::RandomDocument(random);
    std::erase(document, '\r');
    std::erase(document, '\0');
    const std::string name = "doc" + std::to_string(i) + ".txt";
    Write(name, document);
    names += " " + name;
  }
  const Result restored = Unspin(std::string(kFlags) + names);
  ASSERT_EQ(restored.exit_code, 0) << restored.err;
  const Result diff = Unspin(std::string(kFlags) + " --diff" + names);
  ASSERT_LE(diff.exit_code, 1) << diff.err;  // 1 when there are changes
  Write("all.diff", diff.out);
  ASSERT_EQ(std::system(("cd '" + dir_.string() + "' && patch -s -p0 < all.diff").c_str()), 0);
  std::string patched;
  for (int i = 0; i < kDocuments; ++i) {
    patched += ReadFile(dir_ / ("doc" + std::to_string(i) + ".txt"));
  }
  EXPECT_EQ(patched, restored.out);
}

TEST_F(CliTest, JsonlAndSingleDocumentModesAgreeOnGeneratedDocuments) {
  Write("property.rules", testing::kPropertyRules);
  std::mt19937 random(11);
  std::vector<std::string> documents;
  std::string jsonl;
  for (int i = 0; i < kDocuments; ++i) {
    documents.push_back(testing::RandomDocument(random, 60, /*valid_utf8=*/true));
    jsonl += nlohmann::json{{"id", i}, {"text", documents.back()}}.dump() + "\n";
  }
  const Result records = Unspin(std::string(kJsonlFlags) + " --jsonl --threads 2", jsonl);
  ASSERT_EQ(records.exit_code, 0) << records.err;
  // Single-document mode, all files in one run: --in-place restores each
  // file on its own, exactly as plain-text mode does.
  std::string names;
  for (int i = 0; i < kDocuments; ++i) {
    const std::string name = "one" + std::to_string(i) + ".txt";
    Write(name, documents[i]);
    names += " " + name;
  }
  const Result single = Unspin(std::string(kFlags) + " --in-place=.orig" + names);
  ASSERT_EQ(single.exit_code, 0) << single.err;
  std::istringstream lines(records.out);
  std::string line;
  int checked = 0;
  for (int i = 0; i < kDocuments; ++i) {
    ASSERT_TRUE(std::getline(lines, line)) << "record " << i << " missing";
    const nlohmann::json record = nlohmann::json::parse(line);
    ASSERT_EQ(record["id"], i);
    ASSERT_EQ(record["text"].get<std::string>(),
              ReadFile(dir_ / ("one" + std::to_string(i) + ".txt")))
        << "document: " << ::testing::PrintToString(documents[i]);
    ++checked;
  }
  EXPECT_EQ(checked, kDocuments);
}

TEST_F(CliTest, RestoringTheRestoredTextChangesNothingOnGeneratedDocuments) {
  Write("property.rules", testing::kPropertyRules);
  std::mt19937 random(17);
  std::string names;
  for (int i = 0; i < kDocuments; ++i) {
    const std::string name = "doc" + std::to_string(i) + ".txt";
    Write(name, testing::RandomDocument(random));
    names += " " + name;
  }
  const Result first = Unspin(std::string(kFlags) + " --in-place=.bak" + names);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  std::vector<std::string> restored;
  for (int i = 0; i < kDocuments; ++i) {
    restored.push_back(ReadFile(dir_ / ("doc" + std::to_string(i) + ".txt")));
  }
  const Result second = Unspin(std::string(kFlags) + " --in-place=.bak" + names);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  int chained = 0;
  for (int i = 0; i < kDocuments; ++i) {
    EXPECT_EQ(ReadFile(dir_ / ("doc" + std::to_string(i) + ".txt")), restored[i])
        << "restored once: " << ::testing::PrintToString(restored[i]);
    if (restored[i].find("foreign policy") != std::string::npos) ++chained;
  }
  EXPECT_GT(chained, 0) << "no document chained two restorations";
}

TEST_F(CliTest, AddressesComeOutWholeOnGeneratedDocuments) {
  Write("property.rules", testing::kPropertyRules);
  std::mt19937 random(23);
  for (int i = 0; i < 40; ++i) {
    std::string document;
    for (int d = 0; d < 10; ++d) document += testing::RandomDocument(random);
    const Result run = Unspin(kFlags, document);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    for (const std::string& address : testing::AddressPieces()) {
      size_t in = 0, out = 0;
      for (size_t at = document.find(address); at != std::string::npos;
           at = document.find(address, at + 1)) {
        ++in;
      }
      for (size_t at = run.out.find(address); at != std::string::npos;
           at = run.out.find(address, at + 1)) {
        ++out;
      }
      EXPECT_EQ(out, in) << address << " in " << ::testing::PrintToString(document);
    }
  }
}

TEST_F(CliTest, LinesLongerThanAChunkAreRestoredAsWholeDocumentModeRestoresThem) {
  Write("property.rules", testing::kPropertyRules);
  std::mt19937 random(29);
  for (int i = 0; i < 4; ++i) {
    // Over two 128 KiB chunks on one line, quotes opening and closing
    // across the cuts.
    const std::string line = testing::RandomLongLine(random, 300u << 10);
    Write("long.txt", line);
    const Result streamed = Unspin(std::string(kFlags) + " long.txt");
    ASSERT_EQ(streamed.exit_code, 0) << streamed.err;
    ASSERT_NE(streamed.out, line) << "nothing restored";
    const Result whole = Unspin(std::string(kFlags) + " --in-place=.bak long.txt");
    ASSERT_EQ(whole.exit_code, 0) << whole.err;
    const std::string expected = ReadFile(dir_ / "long.txt");
    size_t differ = 0;
    while (differ < expected.size() && differ < streamed.out.size() &&
           streamed.out[differ] == expected[differ]) {
      ++differ;
    }
    EXPECT_TRUE(streamed.out == expected)
        << "line " << i << " differs at byte " << differ << ": streamed "
        << ::testing::PrintToString(streamed.out.substr(differ > 60 ? differ - 60 : 0, 120))
        << " whole " << ::testing::PrintToString(expected.substr(differ > 60 ? differ - 60 : 0, 120));
  }
}

}  // namespace
}  // namespace unspin
