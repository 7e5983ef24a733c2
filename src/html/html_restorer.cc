#include "html/html_restorer.h"

#include <algorithm>
#include <cctype>

#include "pipeline/mapped_restoration.h"

namespace unspin {

StatusOr<HtmlRestoration> RestoreHtml(const Restorer& restorer, std::string_view page,
                                      const HtmlTextOptions& options,
                                      const CollectionEvidence* pool) {
  StatusOr<HtmlText> text = ExtractHtmlText(page, options);
  if (!text.ok()) return text.status();
  HtmlRestoration result;
  result.text = std::move(text.value());
  result.of_text = restorer.Restore(result.text.text, pool);
  result.page = MapRestoration(result.of_text, page, [&](ByteSpan span) {
    return result.text.ToPage(span, page);
  });
  return result;
}

bool IsHtmlFileName(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml");
}

}  // namespace unspin
