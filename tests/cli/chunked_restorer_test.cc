#include "cli/chunked_restorer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "random_documents.h"
#include "restorer_fixture.h"

namespace unspin {
namespace {

// Feeds `text` in slices of random sizes, as a stream would come.
ChunkedRestorer::Piece Stream(const Restorer& restorer, const std::string& text,
                              std::mt19937& random, size_t max_slice) {
  ChunkedRestorer chunks(restorer);
  ChunkedRestorer::Piece all;
  for (size_t at = 0; at <= text.size();) {
    const size_t size = std::min(text.size() - at, 1 + random() % max_slice);
    const ChunkedRestorer::Piece piece =
        chunks.Add(std::string_view(text).substr(at, size), at + size == text.size());
    all.input += piece.input;
    all.output += piece.output;
    at += size;
    if (size == 0) break;
  }
  return all;
}

TEST(ChunkedRestorer, LongLinesCutAnywhereComeOutAsRestoredWhole) {
  const std::unique_ptr<Restorer> restorer = testing::RestorerFor(testing::kPropertyRules);
  ASSERT_NE(restorer, nullptr);
  std::mt19937 random(31);
  for (int round = 0; round < 6; ++round) {
    std::string text = testing::RandomLongLine(random, 60000);
    text += testing::RandomLongLine(random, 30000);  // and a second line
    const ChunkedRestorer::Piece streamed = Stream(*restorer, text, random, 20000);
    EXPECT_EQ(streamed.input, text);
    EXPECT_TRUE(streamed.output == restorer->Restore(text).text) << "round " << round;
  }
}

TEST(ChunkedRestorer, HoldsBackABoundedTailEvenWithoutSpaces) {
  const std::unique_ptr<Restorer> restorer = testing::RestorerFor(testing::kPropertyRules);
  ASSERT_NE(restorer, nullptr);
  ChunkedRestorer chunks(*restorer);
  const std::string blob(1 << 16, 'x');
  size_t fed = 0, written = 0;
  for (int i = 0; i < 20; ++i) {
    fed += blob.size();
    written += chunks.Add(blob, /*ends_stream=*/false).input.size();
    EXPECT_LE(fed - written, 2 * ChunkedRestorer::kMarginBytes) << "chunk " << i;
  }
  written += chunks.Add("", /*ends_stream=*/true).input.size();
  EXPECT_EQ(written, fed);
}

}  // namespace
}  // namespace unspin
