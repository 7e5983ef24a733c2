#include "vocab/vocabulary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>

#include "vocab/language_model.h"
#include "vocab/vocabulary_builder.h"

namespace unspin {
namespace {

std::shared_ptr<const Vocabulary> Build(const std::string& text, uint32_t min_count = 1) {
  VocabularyBuilder builder;
  builder.AddText(text);
  StatusOr<std::shared_ptr<const Vocabulary>> vocabulary =
      Vocabulary::FromBytes(builder.Serialize(min_count), "test");
  EXPECT_TRUE(vocabulary.ok()) << vocabulary.status().message();
  return vocabulary.value();
}

uint64_t Count(const Vocabulary& v, std::vector<std::string_view> words) { return v.Count(words); }

// A vocabulary file (format version 1) holding exactly `tables[order - 1]`
// (hash -> count), to place n-grams where the lookup index puts them.
std::string VocabularyBytes(const std::array<std::map<uint64_t, uint32_t>, 3>& tables) {
  std::string bytes("UNSPINV1", 8);
  auto put = [&bytes](auto value) {
    bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
  };
  put(uint32_t{1});
  put(uint32_t{3});
  put(uint64_t{1000});  // total tokens
  put(static_cast<uint64_t>(tables[0].size()));
  for (const auto& table : tables) put(static_cast<uint64_t>(table.size()));
  for (const auto& table : tables) {
    for (const auto& [hash, count] : table) put(hash);
    for (const auto& [hash, count] : table) put(count);
    if (table.size() % 2 == 1) put(uint32_t{0});  // pad the counts to 8 bytes
  }
  return bytes;
}

TEST(Vocabulary, CountsFoldedNgramsWithinLines) {
  const auto v = Build("The party said.\nthe PARTY met\n");
  EXPECT_EQ(Count(*v, {"the"}), 2u);
  EXPECT_EQ(Count(*v, {"the", "party"}), 2u);
  EXPECT_EQ(Count(*v, {"the", "party", "said"}), 1u);
  EXPECT_EQ(Count(*v, {"said", "."}), 1u);
  EXPECT_EQ(Count(*v, {".", "</s>"}), 1u);
  EXPECT_EQ(Count(*v, {"<s>", "the"}), 2u);
  EXPECT_EQ(Count(*v, {"said", ".", "the"}), 0u) << "n-grams do not cross lines";
  EXPECT_EQ(Count(*v, {"absent"}), 0u);
}

TEST(Vocabulary, CountsNumbersAsOneKey) {
  const auto v = Build("in 2024 and 1999\n");
  EXPECT_EQ(Count(*v, {"<num>"}), 2u);
  EXPECT_EQ(Count(*v, {"in", "<num>", "and"}), 1u);
}

TEST(Vocabulary, PrunesRareHigherOrderNgramsButKeepsUnigrams) {
  const auto v = Build("a b c\na b d\n", 2);
  EXPECT_EQ(Count(*v, {"a", "b"}), 2u);
  EXPECT_EQ(Count(*v, {"b", "c"}), 0u);
  EXPECT_EQ(Count(*v, {"c"}), 1u);
}

TEST(Vocabulary, OpensAFileWrittenByTheBuilder) {
  VocabularyBuilder builder;
  builder.AddText("one two three\n");
  const std::string path =
      (std::filesystem::temp_directory_path() / "unspin_vocabulary_test.vocab").string();
  ASSERT_TRUE(builder.Write(path, 1).ok());
  StatusOr<std::shared_ptr<const Vocabulary>> v = Vocabulary::Open(path);
  ASSERT_TRUE(v.ok()) << v.status().message();
  EXPECT_EQ(Count(**v, {"one", "two", "three"}), 1u);
  EXPECT_EQ((*v)->total_tokens(), 4u);  // three words and </s>
  std::filesystem::remove(path);
}

// The in-memory index answers exactly what a search of the file would,
// including for buckets that overflow or hold n-grams whose fingerprints
// (low 32 bits) are equal, and for n-grams the file counts 0.
TEST(Vocabulary, IndexAgreesWithTheFileForCrowdedBucketsAndClashingFingerprints) {
  std::mt19937_64 random(7);
  std::array<std::map<uint64_t, uint32_t>, 3> tables;
  for (auto& table : tables) {
    for (int i = 0; i < 5000; ++i) table[random()] = static_cast<uint32_t>(random() % 1000 + 1);
  }
  // Twenty n-grams in the bucket of hash 0x5555... (same top bits), and
  // pairs with equal low 32 bits.
  const uint64_t crowded = 0x5555555555555555ULL;
  for (uint64_t i = 0; i < 20; ++i) tables[1][crowded + (i << 32) + i] = 100 + i;
  const uint64_t clash = 0x9999999900000042ULL;
  tables[2][clash] = 5;
  tables[2][clash + (uint64_t{1} << 32)] = 6;
  tables[0][0x1234] = 0;
  StatusOr<std::shared_ptr<const Vocabulary>> vocabulary =
      Vocabulary::FromBytes(VocabularyBytes(tables), "crafted");
  ASSERT_TRUE(vocabulary.ok()) << vocabulary.status().message();
  for (int order = 1; order <= 3; ++order) {
    for (const auto& [hash, count] : tables[order - 1]) {
      ASSERT_EQ((*vocabulary)->CountOfHashUncached(order, hash), count) << order << " " << hash;
    }
  }
  for (int i = 0; i < 20000; ++i) {
    const uint64_t absent = random();
    const int order = 1 + i % 3;
    if (tables[order - 1].count(absent) == 0) {
      ASSERT_EQ((*vocabulary)->CountOfHashUncached(order, absent), 0u) << absent;
    }
  }
  EXPECT_EQ((*vocabulary)->CountOfHashUncached(3, clash + (uint64_t{2} << 32)), 0u);
  EXPECT_EQ((*vocabulary)->CountOfHashUncached(2, crowded + (uint64_t{21} << 32) + 21), 0u);
}

TEST(Vocabulary, RejectsFilesThatAreNotVocabulariesOrAreTruncated) {
  StatusOr<std::shared_ptr<const Vocabulary>> garbage = Vocabulary::FromBytes("hello", "x.vocab");
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.status().message(),
            "vocabulary 'x.vocab': not an unspin vocabulary file (build one with 'unspin vocab "
            "build')");
  VocabularyBuilder builder;
  builder.AddText("one two three four five\n");
  std::string bytes = builder.Serialize(1);
  bytes.resize(bytes.size() - 8);
  StatusOr<std::shared_ptr<const Vocabulary>> truncated = Vocabulary::FromBytes(bytes, "t.vocab");
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find("truncated"), std::string::npos);
  StatusOr<std::shared_ptr<const Vocabulary>> missing = Vocabulary::Open("/nonexistent.vocab");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("cannot open vocabulary '/nonexistent.vocab'"),
            std::string::npos);
}

TEST(LanguageModel, PrefersSequencesSeenInTheVocabulary) {
  const auto v = Build("the ruling party met\nthe ruling party said\na birthday celebration\n");
  const LanguageModel model(v);
  const std::vector<std::string_view> history = {"the", "ruling"};
  const std::vector<std::string_view> party = {"party"};
  const std::vector<std::string_view> celebration = {"celebration"};
  EXPECT_GT(model.SequenceLogScore(history, party), model.SequenceLogScore(history, celebration));
  EXPECT_LE(model.SequenceLogScore(history, party), 0.0);
}

// A user's vocabulary beside the shipped one: counts summed at lookup, as if
// both texts had been counted into one vocabulary.
TEST(LanguageModel, SeveralVocabulariesScoreAsTheirTextsCountedTogether) {
  const std::string shipped = "the ruling party met\nthe ruling party said\na party met\n";
  const std::string users = "the ruling party met again\nthe ruling junta said\n";
  const LanguageModel together(Build(shipped + users));
  const LanguageModel summed({Build(shipped), Build(users)});
  const LanguageModel alone(Build(shipped));
  const std::vector<std::array<std::string_view, 3>> seen = {
      {"the", "ruling", "party"}, {"the", "ruling", "junta"}, {"ruling", "party", "met"},
      {"", "party", "met"},       {"party", "met", "again"}, {"<s>", "the", "ruling"}};
  for (const auto& [b2, b1, w] : seen) {
    EXPECT_DOUBLE_EQ(summed.LogScore(b2, b1, w), together.LogScore(b2, b1, w))
        << b2 << " " << b1 << " " << w;
  }
  EXPECT_NE(summed.LogScore("the", "ruling", "party"), alone.LogScore("the", "ruling", "party"));
  // Unigram scores divide by tokens plus distinct words, and a word both
  // texts have is distinct in each: close (for texts this small, within a
  // fifth of a decade), not equal.
  EXPECT_NEAR(summed.LogScore("", "", "junta"), together.LogScore("", "", "junta"), 0.1);
}

// WindowLogScore hashes a window's n-grams incrementally and looks them up
// by hash; it must give exactly the sum of LogScore (which hashes each
// n-gram from its words), history and empty words included.
TEST(LanguageModel, WindowScoreIsTheSumOfWordScores) {
  const auto v = Build(
      "the ruling party met on monday\nthe ruling party said it would meet\n"
      "a birthday celebration was held\nthe party said the meeting was held on monday\n"
      "state media said the party met\n");
  const LanguageModel model(v);
  const std::vector<std::string_view> words = {"the", "ruling", "party", "met", "said", "on",
                                               "monday", "state", "media", "unseen", "", "<s>"};
  std::mt19937 random(5);
  for (int round = 0; round < 3000; ++round) {
    std::vector<std::string_view> window(random() % 22);
    for (std::string_view& word : window) word = words[random() % words.size()];
    const size_t first_scored = window.empty() ? 0 : random() % (window.size() + 1);
    double expected = 0;
    for (size_t i = first_scored; i < window.size(); ++i) {
      expected += model.LogScore(i >= 2 ? window[i - 2] : std::string_view(),
                                 i >= 1 ? window[i - 1] : std::string_view(), window[i]);
    }
    ASSERT_DOUBLE_EQ(model.WindowLogScore(window, first_scored), expected)
        << ::testing::PrintToString(window) << " from " << first_scored;
  }
}

}  // namespace
}  // namespace unspin
