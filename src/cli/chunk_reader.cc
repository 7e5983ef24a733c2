#include "cli/chunk_reader.h"

#include <algorithm>

namespace unspin {

ChunkReader::ChunkReader(std::FILE* stream, size_t target_bytes)
    : stream_(stream), target_(std::max<size_t>(target_bytes, 16)) {}

size_t ChunkReader::FindCut() const {
  const std::string_view window(pending_.data(), std::min(pending_.size(), 2 * target_));
  // Look for a boundary at or after the target first, then before it. A
  // paragraph break is worth looking for only near the target: text without
  // one would otherwise be scanned twice over for nothing.
  const size_t near = target_ / 8;
  for (const char* boundary : {"\n\n", "\n", "\r", " "}) {
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
    const bool at_end = at == pending_.size();
    if ((at_end && eof_) || (!at_end && (static_cast<unsigned char>(pending_[at]) & 0xC0) != 0x80)) {
      return at;
    }
  }
  return cut;
}

bool ChunkReader::Next(std::string& chunk) {
  while (!eof_ && pending_.size() < 2 * target_) {
    const size_t old = pending_.size();
    pending_.resize(old + target_);
    const size_t got = std::fread(pending_.data() + old, 1, target_, stream_);
    pending_.resize(old + got);
    if (got == 0) {
      eof_ = true;
      read_error_ = std::ferror(stream_) != 0;
    }
  }
  if (pending_.empty()) return false;
  if (eof_ && pending_.size() <= target_) {
    chunk.swap(pending_);
    pending_.clear();
    return true;
  }
  const size_t cut = FindCut();
  chunk.assign(pending_, 0, cut);
  pending_.erase(0, cut);
  return true;
}

}  // namespace unspin
