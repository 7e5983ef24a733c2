#include "html/html_restorer.h"

#include <algorithm>
#include <cctype>

#include "base/apply_edits.h"
#include "decode/utf8.h"

namespace unspin {

StatusOr<HtmlRestoration> RestoreHtml(const Restorer& restorer, std::string_view page,
                                      const HtmlTextOptions& options) {
  StatusOr<HtmlText> text = ExtractHtmlText(page, options);
  if (!text.ok()) return text.status();
  HtmlRestoration result;
  result.text = std::move(text.value());
  result.of_text = restorer.Restore(result.text.text);
  Restoration& out = result.page;
  out.spin_score = result.of_text.spin_score;
  out.decisions = result.of_text.decisions;
  out.first_invalid_byte = FindInvalidUtf8(page);
  for (const Edit& edit : result.of_text.edits) {
    const std::optional<ByteSpan> span = result.text.ToPage(edit.span, page);
    if (!span) continue;
    Edit moved = edit;
    moved.span = *span;
    out.edits.push_back(std::move(moved));
  }
  for (const SpellFinding& finding : result.of_text.spelling) {
    const std::optional<ByteSpan> span = result.text.ToPage(finding.span, page);
    if (!span) continue;
    SpellFinding moved = finding;
    moved.span = *span;
    out.spelling.push_back(std::move(moved));
  }
  out.text = ApplyEdits(page, out.edits);
  return result;
}

bool IsHtmlFileName(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml");
}

}  // namespace unspin
