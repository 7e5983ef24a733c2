#include "base/line_index.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

TEST(LineIndex, GivesLineAndCodePointColumn) {
  const std::string text = "ab\r\nc\u2019d\re\nf";
  const LineIndex lines(text);
  EXPECT_EQ(lines.Position(0).line, 1u);
  EXPECT_EQ(lines.Position(4).line, 2u);
  EXPECT_EQ(lines.Position(8).column, 3u);  // after "c’": one code point each
  EXPECT_EQ(lines.Position(10).line, 3u);   // after a lone CR
  EXPECT_EQ(lines.Position(12).line, 4u);
}

TEST(PositionCounter, AgreesWithLineIndexAndRestartsWhenGoingBack) {
  const std::string text = "ab\r\nc\u2019d\re\nf \xFF g";
  const LineIndex lines(text);
  PositionCounter counter(text);
  for (size_t byte : {0u, 1u, 4u, 8u, 10u, 12u, 14u, 16u, 3u, 9u}) {
    const PositionCounter::Position position = counter.At(byte);
    EXPECT_EQ(position.line, lines.Position(byte).line) << byte;
    EXPECT_EQ(position.column, lines.Position(byte).column) << byte;
  }
  EXPECT_EQ(PositionCounter(text).At(8).codepoint, 6u);
}

}  // namespace
}  // namespace unspin
