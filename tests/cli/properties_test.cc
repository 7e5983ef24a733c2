// Properties of the command-line modes on generated documents, through the
// real binary: --diff applied with patch gives the restored text, and
// --jsonl restores each record exactly as single-document mode does. (The
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
constexpr const char* kFlags = "--no-vocab --spell=off --rules property.rules";

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
  ASSERT_EQ(diff.exit_code, 0) << diff.err;
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
  const Result records = Unspin(std::string(kFlags) + " --jsonl --threads 2", jsonl);
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

}  // namespace
}  // namespace unspin
