// Reading a stream line by line with a cap on line length, so that one
// enormous line cannot exhaust memory.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace unspin {

class LineReader {
 public:
  // Reads from `stream` (not owned). Lines longer than `max_line_bytes` are
  // consumed, and only their first `kept_prefix_bytes` (at most
  // `max_line_bytes`) kept.
  LineReader(std::FILE* stream, size_t max_line_bytes, size_t kept_prefix_bytes = 0);

  // The next line without its LF in `line`; false at end of input.
  // `too_long` is set when the line exceeded the cap (then `line` holds
  // only its kept prefix). `read_error` is set when the stream failed.
  bool Next(std::string& line, bool& too_long);
  bool read_error() const { return read_error_; }

 private:
  bool Fill();

  std::FILE* stream_;
  size_t max_line_bytes_;
  size_t kept_prefix_bytes_;
  std::vector<char> buffer_;
  size_t begin_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  bool read_error_ = false;
};

}  // namespace unspin
