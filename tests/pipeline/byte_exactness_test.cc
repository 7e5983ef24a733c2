// Property: every byte that no edit covers comes out exactly as it went in,
// on random and adversarial documents.
#include <gtest/gtest.h>

#include <random>

#include "base/apply_edits.h"
#include "restorer_fixture.h"

namespace unspin {
namespace {

constexpr const char* kRules = R"(
rule said.mentioned
  spun: mention
  restore: say
  inflect: verb
  after: that|thursday|,|\.
rule satellite.satellite-tv-for-pc
  spun: satellite tv for pc
  restore: satellite
  certain: yes
rule high.excessive
  spun: excessive
  restore: high
rule party.celebration
  spun: celebration
  restore: party
  inflect: noun
rule key.the-important-thing
  spun: the important thing
  restore: key
  certain: yes
)";

// Pieces that exercise the tokenizer and the rules: spun phrases, quotes,
// apostrophes, dashes, line endings, non-ASCII, invalid bytes, NUL.
const std::vector<std::string>& Pieces() {
  static const std::vector<std::string> pieces = {
      "mentioned", "Mentioned", "MENTIONED", "that", "Thursday", "satellite", "tv", "for", "pc",
      "excessive", "a", "an", "An", "celebration", "celebration\u2019s", "celebrations", "the",
      "important", "thing", ",", ".", "\u201C", "\u201D", "\"", "'", "\u2019", "-", "\u2014",
      " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00A0", "\u2028", "\xEF\xBB\xBF", "\xFF",
      "\xC0\xAF", "\xED\xA0\x80", "\xE2\x80", std::string(1, '\0'), "caf\u00E9", "\u00C9COLE",
      "\U0001F600", "e\u0301", "U.S.", "2024", "Kim", "x"};
  return pieces;
}

std::string RandomDocument(std::mt19937& random) {
  std::uniform_int_distribution<size_t> length(0, 60);
  std::uniform_int_distribution<size_t> pick(0, Pieces().size() - 1);
  std::string document;
  for (size_t n = length(random); n > 0; --n) document += Pieces()[pick(random)];
  return document;
}

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
  const auto restorer = testing::RestorerFor(kRules);
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

TEST(ByteExactness, TextWithoutSpunWordsIsReturnedUnchanged) {
  const auto restorer = testing::RestorerFor(kRules);
  const std::string inputs[] = {
      "", "\n", "\r\n\r\n", "\xEF\xBB\xBF", "no trailing newline", std::string(5000, 'a'),
      std::string("\0\0\0", 3), "\xFF\xFE\xFD", "tabs\tand  spaces \n\n\nend",
      "\u201CQuoted mentioned that\u201D", "\u0000\u00A0\u2028\u2029"};
  for (const std::string& input : inputs) {
    EXPECT_EQ(restorer->Restore(input).text, input) << ::testing::PrintToString(input);
  }
}

TEST(ByteExactness, RandomBytesNeverCrashAndSurviveUntouched) {
  const auto restorer = testing::RestorerFor(kRules);
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
