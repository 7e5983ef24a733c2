// Restoring a Markdown document: only its prose changes (markdown_text.h).
#pragma once

#include <string_view>

#include "markdown/markdown_text.h"
#include "pipeline/restorer.h"

namespace unspin {

struct MarkdownRestoration {
  // Edits, spelling findings and the restored document, in the document's
  // bytes; the spin score and decisions of its prose.
  Restoration document;
  // The extracted prose and its restoration, for --explain.
  MarkdownText text;
  Restoration of_text;
};

// Restores the prose of `document` as one text. Edits that would change an
// entity or span two runs of text ("referred to *as* for") are not made.
// `pool`: decide with a collection's evidence (Restorer::Restore).
StatusOr<MarkdownRestoration> RestoreMarkdown(const Restorer& restorer,
                                              std::string_view document,
                                              const CollectionEvidence* pool = nullptr);

}  // namespace unspin
