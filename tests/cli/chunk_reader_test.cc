#include "cli/chunk_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <random>

namespace unspin {
namespace {

std::vector<std::string> Chunks(const std::string& input, size_t target,
                                size_t lines_per_chunk = 0) {
  std::FILE* stream = fmemopen(const_cast<char*>(input.data()), input.size(), "rb");
  ChunkReader reader(stream, target, {}, lines_per_chunk);
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

size_t LineFeeds(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

// A stream and its restoration have the same line breaks but not the same
// bytes: cut by lines, both are cut after the same lines (the restoration
// of the output then sees the chunks the input's did).
TEST(ChunkReader, CutsTextsWithTheSameLineBreaksAfterTheSameLines) {
  std::mt19937 random(5);
  std::string longer, shorter;
  for (int i = 0; i < 3000; ++i) {
    const size_t words = 1 + random() % 12;
    for (size_t w = 0; w < words; ++w) {
      longer += "referred to as for ";
      shorter += "called for ";
    }
    longer += '\n';
    shorter += '\n';
  }
  const std::vector<std::string> a = Chunks(longer, 4096, 64);
  const std::vector<std::string> b = Chunks(shorter, 4096, 64);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(LineFeeds(a[i]), LineFeeds(b[i])) << "chunk " << i;
    EXPECT_LE(a[i].size(), 8u * 4096) << "chunk " << i;
  }
}

// Lines too long for lines_per_chunk of them to fit 8 * target are cut by
// bytes; the next cut by lines falls where it would have anyway.
TEST(ChunkReader, CutsByBytesWhereLinesRunLongAndResumesCountingLines) {
  std::string input;
  for (int i = 0; i < 40; ++i) input += std::string(i == 7 ? 2000 : 20, 'a') + "\n";
  size_t lines = 0;
  for (const std::string& chunk : Chunks(input, 64, 10)) {
    EXPECT_LE(chunk.size(), 8u * 64) << chunk;
    lines += LineFeeds(chunk);
    if (chunk.ends_with("\n") && chunk.size() < 8 * 64 && lines > 10) {
      EXPECT_EQ(lines % 10, 0u) << "after line " << lines;
    }
  }
  EXPECT_EQ(lines, 40u);
}

TEST(ChunkReader, ReturnsNothingForEmptyInput) { EXPECT_TRUE(Chunks("", 16).empty()); }

}  // namespace
}  // namespace unspin
