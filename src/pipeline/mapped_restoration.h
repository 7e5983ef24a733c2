// A restoration of the text extracted from a structured document (an HTML
// page, a Markdown file) moved back to the document's own bytes.
#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include "base/edit.h"
#include "pipeline/restorer.h"

namespace unspin {

// The document bytes that a span of the extracted text stands for, or an
// empty optional when they are not exactly those bytes.
using TextToDocument = std::function<std::optional<ByteSpan>(ByteSpan)>;

// `of_text` (the restoration of the extracted text) in `document`'s bytes:
// each edit and spelling finding whose span `to_document` maps, moved
// there (the others are dropped: no edit is made that would change
// anything but the text); the text's spin score and decisions; the
// document's first invalid UTF-8 byte; and the document with the edits
// applied.
Restoration MapRestoration(const Restoration& of_text, std::string_view document,
                           const TextToDocument& to_document);

}  // namespace unspin
