// Restoring a stream chunk by chunk (ChunkReader) so that a line longer
// than a chunk reads as it would whole: the quotation open at a cut stays
// open, and a phrase or a context condition that spans a cut still
// matches.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/restorer.h"
#include "tokenize/tokenizer.h"

namespace unspin {

// Holds back the end of a chunk that ends inside a line and restores it
// with the next one. What it restores at once is the held-back bytes, the
// chunk, and before them a stretch of already written text, so that the
// words on both sides of every written edit were seen. Only the
// document-level evidence (spin score, consistency) is per chunk.
// Not thread-safe; `restorer` must outlive it.
class ChunkedRestorer {
 public:
  explicit ChunkedRestorer(const Restorer& restorer) : restorer_(restorer) {}

  // The input bytes made final by one call, and what they became.
  struct Piece {
    std::string input;
    std::string output;
    std::vector<SpellFinding> spelling;      // spans into `input`
    std::optional<size_t> first_invalid_byte;  // into `input`
  };

  // Restores the next chunk; `ends_stream`: nothing follows it. The piece
  // may cover less than the chunk (the rest comes with a later call) or
  // more (bytes held back before); after the last chunk, all is out.
  Piece Add(std::string_view chunk, bool ends_stream);

  // Bytes kept on each side of a cut inside a line: far more than a phrase
  // and the three words of context around it take.
  static constexpr size_t kMarginBytes = 4096;

 private:
  const Restorer& restorer_;
  std::string pending_;   // text after the last cut: seen-before context, then unwritten bytes
  size_t written_ = 0;    // bytes of pending_ already written
  AnnotationState line_;  // the state at pending_'s first byte
  Tokenizer tokenizer_;   // for line_, as pending_'s front is dropped
  Tokens tokens_;
};

}  // namespace unspin
