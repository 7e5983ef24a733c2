#include "base/compose_edits.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "base/apply_edits.h"

namespace unspin {
namespace {

Edit Replace(std::string_view text, size_t begin, size_t end, std::string replacement) {
  Edit edit;
  edit.span = {begin, end};
  edit.original = std::string(text.substr(begin, end - begin));
  edit.replacement = std::move(replacement);
  return edit;
}

TEST(ComposeEdits, AChainedRestorationBecomesOneEditOfTheOriginal) {
  const std::string original = "the overseas coverage of it";
  const std::vector<Edit> first = {Replace(original, 13, 21, "policy")};
  const std::string middle = ApplyEdits(original, first);  // "the overseas policy of it"
  std::vector<Edit> second = {Replace(middle, 4, 19, "foreign policy")};
  second[0].rule_index = 7;
  const std::vector<Edit> composed = ComposeEdits(original, first, middle, second);
  ASSERT_EQ(composed.size(), 1u);
  EXPECT_EQ(composed[0].original, "overseas coverage");
  EXPECT_EQ(composed[0].replacement, "foreign policy");
  EXPECT_EQ(composed[0].rule_index, 7u);
  EXPECT_EQ(ApplyEdits(original, composed), "the foreign policy of it");
}

// Random non-overlapping edits of random text, twice over: the composed
// edits give what applying both rounds gives, and are in order.
std::vector<Edit> RandomEdits(std::mt19937& random, std::string_view text) {
  std::vector<Edit> edits;
  size_t at = 0;
  while (true) {
    at += random() % 6;
    const size_t length = 1 + random() % 5;
    if (at + length > text.size()) break;
    edits.push_back(Replace(text, at, at + length, std::string(random() % 7 + 1, 'a' + random() % 26)));
    at += length;
  }
  return edits;
}

TEST(ComposeEdits, GivesWhatApplyingBothRoundsGivesOnRandomEdits) {
  std::mt19937 random(3);
  for (int round = 0; round < 3000; ++round) {
    std::string original;
    for (size_t i = random() % 40; i > 0; --i) original += static_cast<char>('A' + random() % 26);
    const std::vector<Edit> first = RandomEdits(random, original);
    const std::string middle = ApplyEdits(original, first);
    const std::vector<Edit> second = RandomEdits(random, middle);
    const std::vector<Edit> composed = ComposeEdits(original, first, middle, second);
    for (size_t i = 0; i < composed.size(); ++i) {
      EXPECT_EQ(composed[i].original,
                original.substr(composed[i].span.begin, composed[i].span.size()));
      if (i > 0) ASSERT_LE(composed[i - 1].span.end, composed[i].span.begin) << original;
    }
    ASSERT_EQ(ApplyEdits(original, composed), ApplyEdits(middle, second)) << original;
  }
}

}  // namespace
}  // namespace unspin
