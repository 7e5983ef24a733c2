// Reading a large input in pieces that end at paragraph or line
// boundaries, so that restoring it needs bounded memory.
#pragma once

#include <cstdio>
#include <memory>
#include <string_view>

namespace unspin {

// Splits a stream into chunks of at most about `target_bytes` (a chunk may
// exceed it only to reach a boundary, and never exceeds 2 * target_bytes).
// A chunk ends, in order of preference, after a blank line ("\n\n" or
// "\r\n\r\n"), after a line break, after a sentence (". "), or after a
// space; only a stretch with none of these is cut blindly (between UTF-8
// characters where possible). Concatenating the chunks gives the input back
// byte for byte. Restoring chunk by chunk matches restoring the whole input
// except for the document-level evidence (spin score, pooling), which is
// then per chunk: rules never match across a line break. Within a line too
// long for a chunk, a cut after a sentence keeps phrases whole (a cut at any
// space could split "referred to | as for").
//
// With `lines_per_chunk`, chunks are cut by lines instead: after every
// lines_per_chunk-th line feed of the stream (counted from its start), so
// that two texts with the same line breaks are cut after the same lines
// whatever their bytes. A stream and its restoration are such a pair (edits
// never add or remove a line break), so restoring the output again sees
// the same chunks, with the same document-level evidence, and changes
// nothing. A run of lines_per_chunk lines longer than 8 * target_bytes is
// cut by bytes as above (then a chunk never exceeds 8 * target_bytes, and
// the counting carries on: the next cut by lines is the same again).
class ChunkReader {
 public:
  // `read_ahead`: the stream's first bytes, already read from it (at most
  // `target_bytes` of them), which the chunks start with.
  ChunkReader(std::FILE* stream, size_t target_bytes, std::string_view read_ahead = {},
              size_t lines_per_chunk = 0);

  // The next chunk in `chunk`, a view of this reader's buffer that stays
  // valid until the next call; false at the end of the input or on a read
  // error (see read_error()).
  bool Next(std::string_view& chunk);
  bool read_error() const { return read_error_; }

 private:
  size_t FindCut() const;
  // The cut after the stream's next multiple of lines_per_chunk_ line
  // feeds, or npos when it is not within max_bytes_.
  size_t FindLineCut() const;
  std::string_view pending() const { return {buffer_.get() + begin_, end_ - begin_}; }

  std::FILE* stream_;
  size_t target_;
  size_t lines_per_chunk_;
  size_t max_bytes_;  // of a chunk
  size_t lines_ = 0;  // line feeds before begin_
  // Read but not yet returned: buffer_[begin_, end_). The buffer holds
  // four chunks' worth and is never zero-filled, and the bytes left over
  // are moved to its front only when a read would not fit behind them:
  // each byte is copied once on its way in, not three times (a string
  // resized, assigned and erased per chunk cost a few percent of a run).
  std::unique_ptr<char[]> buffer_;
  size_t capacity_;
  size_t begin_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  bool read_error_ = false;
};

}  // namespace unspin
