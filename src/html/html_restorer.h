// Restoring an HTML page: only its text changes (html_text.h).
#pragma once

#include <string>
#include <string_view>

#include "html/html_text.h"
#include "pipeline/restorer.h"

namespace unspin {

struct HtmlRestoration {
  // Edits, spelling findings and the restored page, in the page's bytes;
  // the spin score and decisions of the page's text.
  Restoration page;
  // The extracted text and its restoration, for --explain.
  HtmlText text;
  Restoration of_text;
};

// Restores the text of `page` as one document. Edits that would change an
// entity or span two text nodes ("referred to <b>as</b> for") are not made.
// `pool`: decide with a collection's evidence (Restorer::Restore).
StatusOr<HtmlRestoration> RestoreHtml(const Restorer& restorer, std::string_view page,
                                      const HtmlTextOptions& options = {},
                                      const CollectionEvidence* pool = nullptr);

// True for file names that are HTML pages (.html, .htm, .xhtml, any case).
bool IsHtmlFileName(std::string_view name);

}  // namespace unspin
