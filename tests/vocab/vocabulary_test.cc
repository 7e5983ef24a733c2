#include "vocab/vocabulary.h"

#include <gtest/gtest.h>

#include <filesystem>

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

}  // namespace
}  // namespace unspin
