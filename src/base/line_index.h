// Line and column of a byte offset, for messages and structured output.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace unspin {

struct TextPosition {
  size_t line = 1;    // 1-based; LF, CRLF and lone CR each end a line
  size_t column = 1;  // 1-based, in code points (each invalid byte counts one)
};

// Built once per document; Position() is O(log lines + line length).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  TextPosition Position(size_t byte_offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
};

}  // namespace unspin
