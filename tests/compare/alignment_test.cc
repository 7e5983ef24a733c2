#include "compare/alignment.h"

#include <gtest/gtest.h>

#include <random>
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

// Length of a longest common subsequence, by dynamic programming.
size_t LcsLength(const Words& a, const Words& b) {
  std::vector<std::vector<size_t>> table(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1
                                         : std::max(table[i - 1][j], table[i][j - 1]);
    }
  }
  return table[a.size()][b.size()];
}

TEST(AlignWords, IsAShortestEditScriptOnRandomSequencesOfRepeatedWords) {
  // Joining changes must keep the script valid and as short: opcodes cover
  // both sequences in order, equal stretches hold equal words, changes
  // alternate with equal stretches, and the equal words are a longest
  // common subsequence.
  const std::vector<std::string_view> alphabet = {"the", "of", "a", "said", "x"};
  std::mt19937 random(12345);
  for (int round = 0; round < 2000; ++round) {
    Words a, b;
    const size_t a_size = random() % 12, b_size = random() % 12;
    for (size_t i = 0; i < a_size; ++i) a.push_back(alphabet[random() % alphabet.size()]);
    for (size_t i = 0; i < b_size; ++i) b.push_back(alphabet[random() % alphabet.size()]);
    const std::vector<Opcode> opcodes = AlignWords(a, b);
    size_t i = 0, j = 0, common = 0;
    bool last_was_change = false;
    for (const Opcode& op : opcodes) {
      ASSERT_EQ(op.a_begin, i) << Show(opcodes);
      ASSERT_EQ(op.b_begin, j) << Show(opcodes);
      ASSERT_TRUE(op.a_end > op.a_begin || op.b_end > op.b_begin) << Show(opcodes);
      if (op.kind == Kind::kEqual) {
        ASSERT_EQ(op.a_end - op.a_begin, op.b_end - op.b_begin);
        for (size_t k = 0; k < op.a_end - op.a_begin; ++k) {
          ASSERT_EQ(a[op.a_begin + k], b[op.b_begin + k]) << Show(opcodes);
        }
        common += op.a_end - op.a_begin;
        last_was_change = false;
      } else {
        ASSERT_FALSE(last_was_change) << Show(opcodes);
        const Kind kind = op.a_begin == op.a_end   ? Kind::kInsert
                          : op.b_begin == op.b_end ? Kind::kDelete
                                                   : Kind::kReplace;
        ASSERT_EQ(op.kind, kind) << Show(opcodes);
        last_was_change = true;
      }
      i = op.a_end;
      j = op.b_end;
    }
    ASSERT_EQ(i, a.size());
    ASSERT_EQ(j, b.size());
    ASSERT_EQ(common, LcsLength(a, b)) << Show(opcodes);
  }
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
