#include "cli/chunk_reader.h"

#include <algorithm>
#include <cstring>

namespace unspin {

ChunkReader::ChunkReader(std::FILE* stream, size_t target_bytes, std::string_view read_ahead,
                         size_t lines_per_chunk)
    : stream_(stream),
      target_(std::max<size_t>(target_bytes, 16)),
      lines_per_chunk_(lines_per_chunk),
      max_bytes_((lines_per_chunk > 0 ? 8 : 2) * target_),
      buffer_(new char[2 * max_bytes_]),
      capacity_(2 * max_bytes_) {
  read_ahead = read_ahead.substr(0, target_);
  // An empty view may hold a null pointer, which memcpy must not be given.
  if (!read_ahead.empty()) std::memcpy(buffer_.get(), read_ahead.data(), read_ahead.size());
  end_ = read_ahead.size();
}

size_t ChunkReader::FindCut() const {
  const std::string_view all = pending();
  const std::string_view window = all.substr(0, std::min(all.size(), 2 * target_));
  // Look for a boundary at or after the target first, then before it. A
  // paragraph break is worth looking for only near the target: text without
  // one would otherwise be scanned twice over for nothing.
  const size_t near = target_ / 8;
  for (const char* boundary : {"\n\n", "\n", "\r", ". ", " "}) {
    const bool paragraph = boundary[1] == '\n';
    const std::string_view searched =
        paragraph ? window.substr(0, std::min(window.size(), target_ + near)) : window;
    const size_t after = searched.find(boundary, target_);
    if (after != std::string_view::npos) return after + std::string_view(boundary).size();
    const size_t from = paragraph && target_ > near ? target_ - near : 0;
    const size_t before = window.substr(from).rfind(boundary, target_ - from);
    if (before != std::string_view::npos && from + before > 0) {
      return from + before + std::string_view(boundary).size();
    }
  }
  // No boundary at all: cut before a UTF-8 lead byte (the byte after the
  // cut must not be a continuation byte) if one is near.
  const size_t cut = window.size();
  for (size_t back = 0; back < 4 && cut - back > 1; ++back) {
    const size_t at = cut - back;
    const bool at_end = at == all.size();
    if ((at_end && eof_) || (!at_end && (static_cast<unsigned char>(all[at]) & 0xC0) != 0x80)) {
      return at;
    }
  }
  return cut;
}

size_t ChunkReader::FindLineCut() const {
  const std::string_view window = pending().substr(0, max_bytes_);
  size_t wanted = lines_per_chunk_ - lines_ % lines_per_chunk_;
  for (size_t at = 0;; ++at) {
    const void* found = std::memchr(window.data() + at, '\n', window.size() - at);
    if (found == nullptr) return std::string_view::npos;
    at = static_cast<const char*>(found) - window.data();
    if (--wanted == 0) return at + 1;
  }
}

bool ChunkReader::Next(std::string_view& chunk) {
  while (!eof_ && end_ - begin_ < max_bytes_) {
    if (capacity_ - end_ < target_) {
      std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    const size_t got = std::fread(buffer_.get() + end_, 1, target_, stream_);
    end_ += got;
    if (got == 0) {
      eof_ = true;
      read_error_ = std::ferror(stream_) != 0;
    }
  }
  if (begin_ == end_) return false;
  size_t cut = std::string_view::npos;
  if (lines_per_chunk_ > 0) {
    cut = FindLineCut();
    if (cut == std::string_view::npos && eof_ && end_ - begin_ <= max_bytes_) cut = end_ - begin_;
  }
  if (cut == std::string_view::npos) {
    cut = eof_ && end_ - begin_ <= target_ ? end_ - begin_ : FindCut();
  }
  chunk = std::string_view(buffer_.get() + begin_, cut);
  begin_ += cut;
  if (lines_per_chunk_ > 0) lines_ += std::count(chunk.begin(), chunk.end(), '\n');
  return true;
}

}  // namespace unspin
