#include "cli/chunk_reader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>

namespace unspin {
namespace {

std::vector<std::string> Chunks(const std::string& input, size_t target) {
  std::FILE* stream = fmemopen(const_cast<char*>(input.data()), input.size(), "rb");
  ChunkReader reader(stream, target);
  std::vector<std::string> chunks;
  std::string_view chunk;
  while (reader.Next(chunk)) chunks.emplace_back(chunk);
  std::fclose(stream);
  return chunks;
}

TEST(ChunkReader, ChunksConcatenateToTheInputAndStayBounded) {
  std::mt19937 random(11);
  const std::vector<std::string> pieces = {"word ", "para.\n\n", "line\n", "crlf\r\n\r\n",
                                           "cr\r", "\u2019", "x", std::string(70, 'y')};
  for (int round = 0; round < 200; ++round) {
    std::string input;
    const size_t count = random() % 400;
    for (size_t i = 0; i < count; ++i) input += pieces[random() % pieces.size()];
    std::string joined;
    for (const std::string& chunk : Chunks(input, 64)) {
      EXPECT_LE(chunk.size(), 128u);
      EXPECT_FALSE(chunk.empty());
      joined += chunk;
    }
    ASSERT_EQ(joined, input);
  }
}

TEST(ChunkReader, PrefersParagraphThenLineBoundaries) {
  const std::string input = std::string(20, 'a') + "\n" + std::string(20, 'b') + "\n\n" +
                            std::string(40, 'c');
  const std::vector<std::string> chunks = Chunks(input, 16);
  ASSERT_GE(chunks.size(), 2u);
  EXPECT_TRUE(chunks[0].ends_with("\n")) << chunks[0];
}

// A line longer than a chunk is cut after a sentence, not inside one (where
// it could split a spun phrase), when there is a sentence end to cut at.
TEST(ChunkReader, CutsALongLineAfterASentence) {
  std::string input;
  while (input.size() < 2000) input += "It referred to as for talks. ";
  for (const std::string& chunk : Chunks(input, 100)) {
    EXPECT_TRUE(chunk.ends_with(". ") || chunk.size() < 100) << chunk;
  }
}

TEST(ChunkReader, NeverSplitsAUtf8Character) {
  std::string input;
  for (int i = 0; i < 100; ++i) input += "\u2019";  // no boundaries at all
  for (const std::string& chunk : Chunks(input, 16)) {
    EXPECT_EQ(chunk.size() % 3, 0u);
  }
}

TEST(ChunkReader, ReturnsNothingForEmptyInput) { EXPECT_TRUE(Chunks("", 16).empty()); }

}  // namespace
}  // namespace unspin
