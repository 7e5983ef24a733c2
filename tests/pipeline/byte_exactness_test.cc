// Property: every byte that no edit covers comes out exactly as it went in,
// on random and adversarial documents.
#include <gtest/gtest.h>

#include <random>

#include "base/apply_edits.h"
#include "random_documents.h"
#include "restorer_fixture.h"

namespace unspin {
namespace {

using testing::kPropertyRules;
using testing::RandomDocument;

void ExpectOnlyEditsChanged(const std::string& input, const Restoration& result) {
  size_t position = 0;
  for (const Edit& edit : result.edits) {
    ASSERT_GE(edit.span.begin, position) << "edits overlap or are out of order";
    ASSERT_LE(edit.span.end, input.size());
    ASSERT_EQ(input.substr(edit.span.begin, edit.span.size()), edit.original);
    ASSERT_FALSE(edit.replacement.empty());
    position = edit.span.end;
  }
  ASSERT_EQ(ApplyEdits(input, result.edits), result.text);
  if (result.edits.empty()) {
    ASSERT_EQ(result.text, input);
  }
}

TEST(ByteExactness, OutputEqualsInputOutsideEditsOnRandomDocuments) {
  const auto restorer = testing::RestorerFor(kPropertyRules);
  std::mt19937 random(20261128);
  size_t documents_with_edits = 0;
  for (int i = 0; i < 3000; ++i) {
    const std::string input = RandomDocument(random);
    const Restoration result = restorer->Restore(input);
    ExpectOnlyEditsChanged(input, result);
    if (::testing::Test::HasFatalFailure()) {
      ADD_FAILURE() << "input: " << ::testing::PrintToString(input);
      return;
    }
    documents_with_edits += !result.edits.empty();
  }
  EXPECT_GT(documents_with_edits, 100u) << "the generator must exercise the rules";
}

TEST(ByteExactness, RestoringTheRestoredTextChangesNothingMore) {
  const auto restorer = testing::RestorerFor(kPropertyRules);
  std::mt19937 random(20261205);
  for (int i = 0; i < 3000; ++i) {
    const std::string input = RandomDocument(random);
    const Restoration once = restorer->Restore(input);
    const Restoration twice = restorer->Restore(once.text);
    ASSERT_TRUE(twice.edits.empty())
        << "input: " << ::testing::PrintToString(input)
        << "\nonce: " << ::testing::PrintToString(once.text)
        << "\nthen edited: " << ::testing::PrintToString(twice.edits.front().original);
  }
}

TEST(ByteExactness, TextWithoutSpunWordsIsReturnedUnchanged) {
  const auto restorer = testing::RestorerFor(kPropertyRules);
  const std::string inputs[] = {
      "", "\n", "\r\n\r\n", "\xEF\xBB\xBF", "no trailing newline", std::string(5000, 'a'),
      std::string("\0\0\0", 3), "\xFF\xFE\xFD", "tabs\tand  spaces \n\n\nend",
      "\u201CQuoted mentioned that\u201D", "\u0000\u00A0\u2028\u2029"};
  for (const std::string& input : inputs) {
    EXPECT_EQ(restorer->Restore(input).text, input) << ::testing::PrintToString(input);
  }
}

TEST(ByteExactness, RandomBytesNeverCrashAndSurviveUntouched) {
  const auto restorer = testing::RestorerFor(kPropertyRules);
  std::mt19937 random(7);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int i = 0; i < 500; ++i) {
    std::string input(static_cast<size_t>(i * 3), '\0');
    for (char& c : input) c = static_cast<char>(byte(random));
    const Restoration result = restorer->Restore(input);
    ExpectOnlyEditsChanged(input, result);
  }
}

}  // namespace
}  // namespace unspin
