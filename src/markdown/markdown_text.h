// The prose of a Markdown document that unspin may change, with a map back
// to the document's bytes.
//
// A CommonMark parser (md4c, with GitHub's tables, strikethrough and task
// lists) finds the text. md4c hands each run of plain text over as a
// pointer into the document it parses, so a run's place in the document is
// exact: no line and column arithmetic, nothing decoded to align back. A
// run whose pointer is not into the document (a replacement character for
// NUL, a line break) is never edited. Everything else — code, link
// targets, raw HTML, markup characters, backslash escapes, entities, front
// matter, line endings — comes out byte-identical.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/edit.h"
#include "base/status.h"

namespace unspin {

// One stretch of the extracted text.
struct MarkdownSegment {
  size_t text_begin = 0;  // where it starts in MarkdownText::text
  size_t text_end = 0;
  // Where its bytes are in the document (the same bytes), or kNotInDocument
  // for text that stands for other bytes: a decoded entity, a line break.
  size_t document_begin = 0;
  static constexpr size_t kNotInDocument = static_cast<size_t>(-1);
};

struct MarkdownText {
  // The document's prose, in order. Runs split only by emphasis or a link
  // are joined directly, as they read ("the *ruling* celebration"); blocks
  // (paragraphs, headings, list items, table cells), line breaks and
  // skipped content (code spans, raw HTML, images, autolinks) by a line
  // break, which no rule matches across.
  std::string text;
  std::vector<MarkdownSegment> segments;

  // The document bytes that `span` of `text` stands for, when the span lies
  // inside one segment that is in the document; else an empty optional:
  // such an edit is not made.
  std::optional<ByteSpan> ToDocument(ByteSpan span) const;
};

// The restorable text of `document`. Skipped: front matter
// (front_matter.h), fenced and indented code blocks, code spans, raw HTML
// blocks and inline HTML, image descriptions, autolinks and link targets
// and titles (only a link's text is prose). Entities (&amp;, &#8217;) are
// decoded for matching but never edited. Fails only when md4c does (a
// document over its size limit, or out of memory), naming the reason.
StatusOr<MarkdownText> ExtractMarkdownText(std::string_view document);

// True for file names that are Markdown (.md, .markdown, any case).
bool IsMarkdownFileName(std::string_view name);

}  // namespace unspin
