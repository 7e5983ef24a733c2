// Restoring one input document as the command line asked: plain text, or
// the text of an HTML page.
#pragma once

#include <optional>
#include <string_view>

#include "cli/options.h"
#include "html/html_restorer.h"
#include "pipeline/restorer.h"

namespace unspin {

struct DocumentRestoration {
  // Edits, findings and restored bytes in the input's own bytes.
  Restoration restoration;
  // For a page: its extracted text and the restoration of that.
  std::optional<HtmlRestoration> html;
};

// Fails only for a page past the HTML limits (html/html_limits.h).
inline StatusOr<DocumentRestoration> RestoreDocument(const Restorer& restorer,
                                                     std::string_view input, bool html,
                                                     bool html_attributes) {
  DocumentRestoration result;
  if (!html) {
    result.restoration = restorer.Restore(input);
    return result;
  }
  HtmlTextOptions options;
  options.attributes = html_attributes;
  StatusOr<HtmlRestoration> page = RestoreHtml(restorer, input, options);
  if (!page.ok()) return page.status();
  result.html = std::move(page.value());
  result.restoration = result.html->page;
  return result;
}

inline bool CommonOptions::IsHtml(const std::string& file_name) const {
  if (html || no_html) return html;
  return IsHtmlFileName(file_name);
}

}  // namespace unspin
