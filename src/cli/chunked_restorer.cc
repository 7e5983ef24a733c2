#include "cli/chunked_restorer.h"

#include "base/apply_edits.h"
#include "tokenize/tokenizer.h"

namespace unspin {
namespace {

// The offset just after the last space at or before `limit`, or npos.
size_t AfterSpaceBefore(std::string_view text, size_t limit) {
  const size_t space = text.find_last_of(" \t", limit);
  return space == std::string_view::npos ? space : space + 1;
}

}  // namespace

ChunkedRestorer::Piece ChunkedRestorer::Add(std::string_view chunk, bool ends_stream) {
  pending_.append(chunk);
  const std::string_view text = pending_;
  const bool ends_line =
      ends_stream || (!text.empty() && (text.back() == '\n' || text.back() == '\r'));
  Restoration restoration = restorer_.Restore(text, line_);
  // Write up to `cut`: all of a finished line; else up to a space well
  // before the end, so that what follows the cut cannot change an edit
  // before it, and never through an edit.
  size_t cut = text.size();
  if (!ends_line) {
    cut = text.size() > kMarginBytes ? AfterSpaceBefore(text, text.size() - kMarginBytes)
                                     : std::string_view::npos;
    if (cut == std::string_view::npos && text.size() > kMarginBytes) {
      // No space at all (a blob): cut blind, as the chunk reader did, so
      // that what is held back stays bounded; before a UTF-8 lead byte.
      cut = text.size() - kMarginBytes;
      while (cut > written_ && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    if (cut == std::string_view::npos || cut < written_) cut = written_;
    for (const Edit& edit : restoration.edits) {
      if (edit.span.begin < cut && edit.span.end > cut) cut = std::max(edit.span.begin, written_);
    }
  }
  Piece piece;
  piece.input = std::string(text.substr(written_, cut - written_));
  if (written_ == 0 && cut == text.size()) {  // the usual case: a chunk of whole lines
    piece.output = std::move(restoration.text);
    piece.spelling = std::move(restoration.spelling);
    piece.first_invalid_byte = restoration.first_invalid_byte;
    pending_.clear();
    line_ = AnnotationState();
    return piece;
  }
  std::vector<Edit> edits;
  for (const Edit& edit : restoration.edits) {
    // An edit reaching into written bytes was decided when they were
    // written (with as much context after it as now): it stands as it was.
    if (edit.span.begin < written_ || edit.span.end > cut) continue;
    edits.push_back(edit);
    edits.back().span.begin -= written_;
    edits.back().span.end -= written_;
  }
  piece.output = ApplyEdits(piece.input, edits);
  for (const SpellFinding& finding : restoration.spelling) {
    if (finding.span.begin < written_ || finding.span.end > cut) continue;
    piece.spelling.push_back(finding);
    piece.spelling.back().span.begin -= written_;
    piece.spelling.back().span.end -= written_;
  }
  if (restoration.first_invalid_byte && *restoration.first_invalid_byte >= written_ &&
      *restoration.first_invalid_byte < cut) {
    piece.first_invalid_byte = *restoration.first_invalid_byte - written_;
  }
  if (ends_line) {
    pending_.clear();
    written_ = 0;
    line_ = AnnotationState();
    return piece;
  }
  // Keep the text from a space well before the cut as context for what
  // follows; with no space there (a blob), keep only what is unwritten.
  size_t keep = cut > kMarginBytes ? AfterSpaceBefore(text, cut - kMarginBytes)
                                   : std::string_view::npos;
  if (keep == std::string_view::npos || keep > cut) keep = cut;
  if (keep > 0) {
    // How the line reads at `keep`: annotate what is dropped.
    tokenizer_.TokenizeInto(text.substr(0, keep), tokens_, Tokenizer::KeyStorage::kMayViewText);
    Annotate(text.substr(0, keep), tokens_, line_);
    pending_.erase(0, keep);
  }
  written_ = cut - keep;
  return piece;
}

}  // namespace unspin
