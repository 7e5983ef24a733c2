#include "base/line_index.h"

#include <algorithm>

namespace unspin {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) {
      line_starts_.push_back(i + 1);
    }
  }
}

TextPosition LineIndex::Position(size_t byte_offset) const {
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
  const size_t line = static_cast<size_t>(after - line_starts_.begin());
  size_t column = 1;
  for (size_t i = line_starts_[line - 1]; i < byte_offset && i < text_.size(); ++i) {
    // Count lead bytes and invalid bytes, not UTF-8 continuation bytes.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {line, column};
}

PositionCounter::Position PositionCounter::At(size_t byte) {
  if (byte < current_.byte) current_ = Position();
  byte = std::min(byte, text_.size());
  for (size_t& i = current_.byte; i < byte; ++i) {
    const char c = text_[i];
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // continuation byte
    ++current_.codepoint;
    const bool line_end =
        c == '\n' || (c == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n'));
    if (line_end) {
      ++current_.line;
      current_.column = 1;
    } else {
      ++current_.column;
    }
  }
  return current_;
}

}  // namespace unspin
