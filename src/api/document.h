// Restoring one document of a known format: plain text, the text of an HTML
// page, or the prose of a Markdown document (the command line, the library).
#pragma once

#include <optional>
#include <string_view>

#include "html/html_restorer.h"
#include "markdown/markdown_restorer.h"
#include "pipeline/restorer.h"

namespace unspin {

enum class DocumentFormat { kText, kHtml, kMarkdown };

struct DocumentRestoration {
  // Edits, findings and restored bytes in the input's own bytes.
  Restoration restoration;
  // For a page: its extracted text and the restoration of that.
  std::optional<HtmlRestoration> html;
  // For Markdown: its prose and the restoration of that.
  std::optional<MarkdownRestoration> markdown;
};

// Fails only for a page past the HTML limits (html/html_limits.h). `pool`:
// decide with a collection's evidence (Restorer::Restore).
inline StatusOr<DocumentRestoration> RestoreDocument(const Restorer& restorer,
                                                     std::string_view input, bool html,
                                                     bool html_attributes,
                                                     const CollectionEvidence* pool = nullptr) {
  DocumentRestoration result;
  if (!html) {
    result.restoration = restorer.Restore(input, pool);
    return result;
  }
  HtmlTextOptions options;
  options.attributes = html_attributes;
  StatusOr<HtmlRestoration> page = RestoreHtml(restorer, input, options, pool);
  if (!page.ok()) return page.status();
  result.html = std::move(page.value());
  result.restoration = result.html->page;
  return result;
}

// As above for any format; fails also when the Markdown parser does.
inline StatusOr<DocumentRestoration> RestoreDocument(const Restorer& restorer,
                                                     std::string_view input,
                                                     DocumentFormat format, bool html_attributes,
                                                     const CollectionEvidence* pool = nullptr) {
  if (format != DocumentFormat::kMarkdown) {
    return RestoreDocument(restorer, input, format == DocumentFormat::kHtml, html_attributes,
                           pool);
  }
  StatusOr<MarkdownRestoration> markdown = RestoreMarkdown(restorer, input, pool);
  if (!markdown.ok()) return markdown.status();
  DocumentRestoration result;
  result.markdown = std::move(markdown.value());
  result.restoration = result.markdown->document;
  return result;
}

}  // namespace unspin
