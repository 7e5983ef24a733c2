#include "cli/line_reader.h"

#include <algorithm>
#include <cstring>

namespace unspin {

LineReader::LineReader(std::FILE* stream, size_t max_line_bytes, size_t kept_prefix_bytes)
    : stream_(stream),
      max_line_bytes_(max_line_bytes),
      kept_prefix_bytes_(std::min(kept_prefix_bytes, max_line_bytes)),
      buffer_(1 << 20) {}

bool LineReader::Fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  const size_t got = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, stream_);
  if (got == 0) {
    eof_ = true;
    read_error_ = std::ferror(stream_) != 0;
    return false;
  }
  end_ += got;
  return true;
}

bool LineReader::Next(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;
  while (true) {
    const char* start = buffer_.data() + begin_;
    const void* newline = std::memchr(start, '\n', end_ - begin_);
    const size_t chunk = newline ? static_cast<const char*>(newline) - start : end_ - begin_;
    if (chunk > 0) any = true;
    if (!too_long) {
      if (line.size() + chunk > max_line_bytes_) {
        too_long = true;
        if (line.size() < kept_prefix_bytes_) {
          line.append(start, std::min(chunk, kept_prefix_bytes_ - line.size()));
        }
        line.resize(std::min(line.size(), kept_prefix_bytes_));
        line.shrink_to_fit();
      } else {
        line.append(start, chunk);
      }
    }
    if (newline) {
      begin_ += chunk + 1;
      return true;
    }
    begin_ = end_;
    if (!Fill()) return any;  // a last line without LF
  }
}

}  // namespace unspin
