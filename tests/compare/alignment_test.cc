#include "compare/alignment.h"

#include <gtest/gtest.h>

#include <sstream>

namespace unspin {
namespace {

using Words = std::vector<std::string_view>;
using Kind = Opcode::Kind;

// "kind a_begin-a_end b_begin-b_end" per opcode, for readable failures.
std::string Show(const std::vector<Opcode>& opcodes) {
  std::ostringstream out;
  for (const Opcode& op : opcodes) {
    const char* kind = op.kind == Kind::kEqual     ? "equal"
                       : op.kind == Kind::kReplace ? "replace"
                       : op.kind == Kind::kDelete  ? "delete"
                                                   : "insert";
    out << kind << ' ' << op.a_begin << '-' << op.a_end << ' ' << op.b_begin << '-' << op.b_end
        << "; ";
  }
  return out.str();
}

TEST(AlignWords, IdenticalSequencesAreOneEqualStretch) {
  const Words words = {"the", "mayor", "said"};
  EXPECT_EQ(Show(AlignWords(words, words)), "equal 0-3 0-3; ");
}

TEST(AlignWords, EmptySequencesHaveNoOpcodes) {
  EXPECT_TRUE(AlignWords({}, {}).empty());
  EXPECT_EQ(Show(AlignWords({}, {"a"})), "insert 0-0 0-1; ");
  EXPECT_EQ(Show(AlignWords({"a"}, {})), "delete 0-1 0-0; ");
}

TEST(AlignWords, ASwapIsOneReplaceBetweenEqualStretches) {
  const Words spun = {"the", "mayor", "mentioned", "it"};
  const Words original = {"the", "mayor", "said", "it"};
  EXPECT_EQ(Show(AlignWords(spun, original)), "equal 0-2 0-2; replace 2-3 2-3; equal 3-4 3-4; ");
}

TEST(AlignWords, AdjacentDeletionsAndAdditionsAreOneHunk) {
  const Words spun = {"a", "referred", "to", "as", "for", "b"};
  const Words original = {"a", "called", "for", "b"};
  EXPECT_EQ(Show(AlignWords(spun, original)), "equal 0-1 0-1; replace 1-4 1-2; equal 4-6 2-4; ");
}

TEST(AlignWords, ExtraWordsAreADeletion) {
  const Words spun = {"a", "satellite", "tv", "for", "pc", "."};
  const Words original = {"a", "satellite", "."};
  EXPECT_EQ(Show(AlignWords(spun, original)), "equal 0-2 0-2; delete 2-5 2-2; equal 5-6 2-3; ");
}

TEST(AlignWords, JoinsADeletionToTheChangeBeforeItWhenWordsRepeat) {
  // "of" could be matched with either "of" of the spun side; matching the
  // second keeps the change in one hunk.
  const Words spun = {"than", "deliberate", "as", "a", "result", "of", "a", "lot", "of", "it"};
  const Words original = {"than", "planned", "because", "much", "of", "it"};
  EXPECT_EQ(Show(AlignWords(spun, original)), "equal 0-1 0-1; replace 1-8 1-4; equal 8-10 4-6; ");
}

TEST(AlignWords, JoinsAnInsertionToTheChangeAfterItWhenWordsRepeat) {
  const Words spun = {"x", "b", "q", "y"};
  const Words original = {"x", "b", "a", "b", "c", "y"};
  const std::vector<Opcode> opcodes = AlignWords(spun, original);
  size_t changes = 0;
  for (const Opcode& op : opcodes) changes += op.kind != Kind::kEqual;
  EXPECT_EQ(changes, 1u) << Show(opcodes);
}

TEST(MapBoundary, MapsInsideEqualStretchesAndToTheEdgesOfChanges) {
  const Words spun = {"the", "mayor", "mentioned", "it"};
  const Words original = {"the", "mayor", "has", "said", "it"};
  const std::vector<Opcode> opcodes = AlignWords(spun, original);
  ASSERT_EQ(Show(opcodes), "equal 0-2 0-2; replace 2-3 2-4; equal 3-4 4-5; ");
  EXPECT_EQ(MapBoundary(opcodes, 0, original.size()), 0u);
  EXPECT_EQ(MapBoundary(opcodes, 1, original.size()), 1u);
  EXPECT_EQ(MapBoundary(opcodes, 2, original.size()), 2u);  // end of an equal stretch
  EXPECT_EQ(MapBoundary(opcodes, 3, original.size()), 4u);  // end of the change
  EXPECT_EQ(MapBoundary(opcodes, 4, original.size()), 5u);
}

}  // namespace
}  // namespace unspin
