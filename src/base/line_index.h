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

// Positions of non-decreasing byte offsets in one pass: each call costs the
// distance from the previous one, so positioning every edit of a 50 MB
// one-line document stays linear. A smaller offset than the last restarts
// from the beginning.
class PositionCounter {
 public:
  explicit PositionCounter(std::string_view text) : text_(text) {}

  struct Position {
    size_t byte = 0;
    size_t codepoint = 0;  // 0-based code-point offset (invalid bytes count one)
    size_t line = 1;
    size_t column = 1;     // 1-based, in code points
  };

  Position At(size_t byte);

 private:
  std::string_view text_;
  Position current_;
};

}  // namespace unspin
